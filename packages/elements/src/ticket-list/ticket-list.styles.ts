import { css } from 'lit';

/** `<ticket-list>` on top of `baseStyles`, `dataGridStyles`, `listChromeStyles` and `listViewStyles`. */
export const ticketListStyles = css`
  .search-field {
    flex: 1 1 14rem;
  }
  .new-ticket {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
  }
  .new-ticket .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .hint {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .form-failed {
    color: var(--_color-danger);
  }
  .total {
    display: flex;
    align-items: center;
    min-block-size: var(--_control-size);
    margin-inline-start: auto;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .quick-filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs);
    margin-block-end: var(--_space-s);
  }
  .quick-filters .group-label {
    margin-inline-end: var(--_space-2xs);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
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
  .divider {
    inline-size: 1px;
    block-size: 1.5rem;
    margin-inline: var(--_space-xs);
    background: var(--_color-border);
  }
  .dot {
    display: inline-block;
    inline-size: 0.25rem;
    block-size: 1rem;
    border-radius: var(--_radius-s);
    background: var(--_tone-bar);
  }

  /* Status: a coloured bar at the row's start and the status in words. */
  .cell[data-column='status'] {
    position: relative;
    padding-inline-start: calc(var(--_space-s) + 0.375rem);
  }
  .status-bar {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    inline-size: 0.3rem;
    background: var(--_tone-bar);
  }
  .status-text {
    display: inline-block;
    padding-block: var(--_space-2xs);
    padding-inline: var(--_space-s);
    border-radius: var(--_radius-pill);
    background: var(--_tone-bg);
    color: var(--_tone-text);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
    white-space: nowrap;
  }
  .tone-red {
    --_tone-bg: var(--_color-status-red);
    --_tone-text: var(--_color-status-red-text);
    --_tone-bar: var(--_color-status-red-text);
  }
  .tone-amber {
    --_tone-bg: var(--_color-status-amber);
    --_tone-text: var(--_color-status-amber-text);
    --_tone-bar: var(--_color-status-amber-text);
  }
  .tone-blue {
    --_tone-bg: var(--_color-status-blue);
    --_tone-text: var(--_color-status-blue-text);
    --_tone-bar: var(--_color-status-blue-text);
  }
  .tone-green {
    --_tone-bg: var(--_color-status-green);
    --_tone-text: var(--_color-status-green-text);
    --_tone-bar: var(--_color-status-green-text);
  }
  .tone-grey {
    --_tone-bg: var(--_color-status-grey);
    --_tone-text: var(--_color-status-grey-text);
    --_tone-bar: var(--_color-status-grey-text);
  }

  .cell .relative {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .ticket-id {
    font-family: var(--_font-family-mono);
    font-size: var(--_font-size-s);
  }
  .priority-high {
    color: var(--_color-danger);
    font-weight: var(--_font-weight-strong);
  }
  .priority-low {
    color: var(--_color-text-muted);
  }
  .data-row {
    cursor: pointer;
  }
  .data-row.placeholder {
    cursor: default;
  }
`;
