import { css } from 'lit';

/**
 * `<client-invoices-tab>` on top of the list chrome (`listChromeStyles`) and the status tones
 * (`statusToneStyles`); the form's own come with it.
 *
 * - `.total`: its place is kept (tabular digits), so the toolbar does not move as it counts.
 * - `.pill[aria-pressed]`: a status filter; pressed is said by the attribute, shown by the border.
 * - `.amount`: totals line up on their digits, at the column's end.
 */
export const invoicesTabStyles = css`
  :host {
    display: block;
  }
  .invoices-toolbar {
    align-items: center;
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
  .note {
    margin: 0 0 var(--_space-s);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .statuses {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs);
    margin-block-end: var(--_space-s);
  }
  .pill {
    display: inline-flex;
    align-items: center;
    min-block-size: 2rem;
    padding-inline: var(--_space-s);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-pill);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    font-size: var(--_font-size-s);
    cursor: pointer;
  }
  .pill[aria-pressed='true'] {
    border-color: var(--_color-accent);
    box-shadow: inset 0 0 0 1px var(--_color-accent);
    background: color-mix(in srgb, var(--_color-accent) 10%, var(--_color-surface));
  }
  .number {
    display: block;
    max-inline-size: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    font-weight: var(--_font-weight-strong);
    text-align: start;
  }
  .badge {
    display: inline-block;
    padding-block: var(--_space-2xs);
    padding-inline: var(--_space-s);
    border-radius: var(--_radius-pill);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
    white-space: nowrap;
  }
  .cell .secondary {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [data-column='total'] {
    text-align: end;
  }
  .amount {
    font-variant-numeric: tabular-nums;
  }
`;
