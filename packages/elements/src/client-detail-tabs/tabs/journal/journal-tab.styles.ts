import { css } from 'lit';

/**
 * `<client-journal-tab>` on top of the list chrome (`listChromeStyles`).
 *
 * - `.total`: its place is kept (tabular digits), so the toolbar does not move as it counts.
 * - `.amount`: money and rates line up on their digits; the credit column ends at its edge.
 */
export const journalTabStyles = css`
  :host {
    display: block;
  }
  .journal-toolbar {
    justify-content: end;
  }
  .total {
    display: flex;
    align-items: center;
    justify-content: end;
    min-inline-size: 7.5rem;
    min-block-size: var(--_control-size);
    font-variant-numeric: tabular-nums;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .amount {
    font-variant-numeric: tabular-nums;
  }
  [data-column='credit'] {
    text-align: end;
  }
  .cell .secondary {
    white-space: nowrap;
  }
`;
