import { css } from 'lit';

/**
 * `<ticket-list>` on top of `baseStyles`, `dataGridStyles`, `listChromeStyles` and `listViewStyles`.
 * (Comments about single rules are here, outside the CSS, which ships as written.)
 *
 * - `.status-bar`, `.status-text`: the status as a coloured bar at the row's start and in words.
 * - `.new-ticket`: the refused button stays readable (muted, not faded), next to its reason.
 * - `.total`: its place is kept for up to six digits (tabular), so the toolbar does not move
 *   as the count changes.
 * - `.primary:only-child`: a long title takes a second line, then ends in an ellipsis (the
 *   whole title is its tooltip and the cell's text); alone in its cell, as in compact rows the
 *   client is below it.
 */
export const ticketListStyles = css`
  .search-field {
    flex: 1 1 14rem;
  }
  .new-ticket {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
  }
  .new-ticket .button {
    white-space: nowrap;
  }
  .new-ticket .button[aria-disabled='true'] {
    border-color: var(--_color-border);
    background: var(--_color-surface-sunken);
    color: var(--_color-text-muted);
    opacity: 1;
  }
  .hint {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .filters-pending {
    min-inline-size: 18rem;
    min-block-size: var(--_control-size);
  }
  .total {
    display: flex;
    align-items: center;
    justify-content: end;
    min-inline-size: 7.5rem;
    min-block-size: var(--_control-size);
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
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

  .primary:only-child {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    white-space: normal;
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
