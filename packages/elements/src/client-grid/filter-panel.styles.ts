import { css } from 'lit';

/** The filter panel's styles, adopted when the panel loads (`.check` as the cards' own). */
export const filterPanelStyles = css`
  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
  }
  .filter-panel {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: var(--_space-m);
    margin-block-end: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
    background: var(--_color-surface-sunken);
  }
  .statuses {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .statuses legend {
    padding: 0;
    margin-block-end: var(--_space-xs);
    font-size: var(--_font-size-s);
    color: var(--_color-text-muted);
  }
`;
