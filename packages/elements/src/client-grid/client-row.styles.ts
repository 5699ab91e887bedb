import { css } from 'lit';

/**
 * What the list's rows and the cards both show, adopted by whichever view loads first (before
 * the view's own styles): the status counts, a status badge and its reason, amounts, the
 * credit and actions cells, the actions button, the select boxes, and the bulk bar (only there
 * once a view selected clients).
 * (No comments inside the CSS: they would ship.)
 *
 * - A badge's edge keeps it apart from any row background (hovered, selected, focused) at 3:1.
 *   A status count is a badge of its own (the status's tone, its name and its number, one
 *   element), pressed when it filters.
 * - The credit column ends where the page's direction ends; the amount isolates itself (dir=auto).
 * - The row actions button is always there, quietly (muted, no edge) until its row is hovered
 *   or focused; its cell fits it (no clipping, no ellipsis).
 */
export const clientRowStyles = css`
  .status-counts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    margin-block-end: var(--_space-s);
  }
  .status-count {
    padding-block: var(--_space-2xs);
    padding-inline: var(--_space-s);
    border: 1px solid color-mix(in srgb, currentColor 70%, transparent);
    border-radius: var(--_radius-pill);
    font: inherit;
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
    font-variant-numeric: tabular-nums;
    cursor: pointer;
  }
  .count-pending {
    display: inline-block;
    inline-size: 3ch;
    block-size: 0.8em;
    border-radius: var(--_radius-pill);
    background: currentColor;
    opacity: 0.25;
  }
  .status-count[aria-pressed='true'] {
    border-color: var(--_color-accent);
    box-shadow: 0 0 0 2px var(--_color-accent);
  }
  .badge {
    display: inline-block;
    border: 1px solid color-mix(in srgb, currentColor 70%, transparent);
    max-inline-size: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    vertical-align: middle;
    padding-block: var(--_space-2xs);
    padding-inline: var(--_space-s);
    border-radius: var(--_radius-pill);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
    white-space: nowrap;
  }
  .bulk-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    margin-block-end: var(--_space-s);
    padding: var(--_space-s);
    border-radius: var(--_radius-m);
    background: color-mix(in srgb, var(--_color-accent) 10%, var(--_color-surface));
  }
  .status-reason {
    font-size: var(--_font-size-s);
    color: var(--_color-text-muted);
  }
  /* In a list cell, the reason is the line under the badge. */
  .cell > .status-reason {
    display: block;
    margin-block-start: 2px;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .money {
    font-variant-numeric: tabular-nums;
  }
  .cell[data-column='credit'] {
    unicode-bidi: normal;
    text-align: end;
  }
  .negative {
    color: var(--_color-danger);
  }
  .cell[data-column='actions'] {
    display: flex;
    justify-content: center;
    padding-inline: var(--_space-xs);
  }
  .actions-button {
    flex: none;
    inline-size: 2rem;
    block-size: 2rem;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_radius-s);
    background: none;
    color: var(--_color-text-muted);
    font: inherit;
    font-size: var(--_font-size-l);
    line-height: 1;
    cursor: pointer;
  }
  .data-row:hover .actions-button,
  .data-row:focus-within .actions-button,
  .actions-button[aria-expanded='true'] {
    color: var(--_color-text);
  }
  .actions-button:hover,
  .actions-button[aria-expanded='true'] {
    border-color: var(--_color-border);
    background: var(--_color-surface);
  }
  .select-box {
    inline-size: 1rem;
    block-size: 1rem;
    margin: 0;
  }
`;
