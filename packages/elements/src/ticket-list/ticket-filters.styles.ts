import { css } from 'lit';

/** The quick filters (waiting on, status counts): adopted by the list when they first load. */
export const ticketFilterStyles = css`
  .quick-filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs);
    margin-block-end: var(--_space-s);
  }
  .groups {
    column-gap: var(--_space-xl);
  }
  .groups > .quick-filters {
    margin: 0;
  }
  .pill {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: 2rem;
    padding-block: var(--_space-2xs);
    padding-inline: var(--_space-s);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-pill);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    font-size: var(--_font-size-s);
    cursor: pointer;
  }
  .pill:hover {
    background: var(--_color-surface-sunken);
  }
  .pill[aria-pressed='true'] {
    border-color: var(--_color-accent);
    box-shadow: inset 0 0 0 1px var(--_color-accent);
    background: color-mix(in srgb, var(--_color-accent) 10%, var(--_color-surface));
  }
  .pill .count {
    font-variant-numeric: tabular-nums;
    font-weight: var(--_font-weight-strong);
  }
  .dot {
    display: inline-block;
    inline-size: 0.25rem;
    block-size: 1rem;
    border-radius: var(--_radius-s);
    background: var(--_tone-bar);
  }
`;
