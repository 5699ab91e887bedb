import { css } from 'lit';

/**
 * The active filters' chips (`filter-chips.ts`), on top of `uiStyles` (which lays out their
 * `.chips` row): adopted by the part that draws them, when it loads.
 */
export const chipStyles = css`
  .chip-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2xs);
    padding-block: var(--_space-2xs);
    padding-inline: var(--_space-s) var(--_space-2xs);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-pill);
    background: var(--_color-surface-sunken);
    font-size: var(--_font-size-s);
  }
  .chip-remove {
    display: inline-grid;
    place-items: center;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    padding: 0;
    border: 0;
    border-radius: var(--_radius-pill);
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .chip-remove:hover {
    background: var(--_color-border);
  }
`;
