import { css } from 'lit';

/**
 * `<client-grid>`'s first paint, on top of `listShellStyles`: the toolbar. What the rows and
 * cards show (badges, cells, boxes, actions buttons, the bulk bar, the status counts) comes
 * with either view (`client-row.styles.ts`). The card view and the filter panel bring their own (`client-cards.styles.ts`, `filter-panel.styles.ts`), and the actions the menu's and
 * dialog's, when they load. (No comments inside the CSS: they would ship.)
 *
 * - The toolbar follows its own width (a size container): the search takes a line of its own
 *   when the rest would cut its placeholder short.
 * - The total stacks the count and, invisible in the same cell (no text in the DOM:
 *   `data-room`), the widest count so far, so the toolbar holds still while the count changes.
 */
export const clientGridStyles = css`
  .toolbar {
    container-type: inline-size;
  }
  .search-field {
    flex: 1 1 22rem;
  }
  @container (inline-size < 62rem) {
    .search-field {
      flex-basis: 100%;
    }
  }
  .view-toggle {
    display: inline-flex;
  }
  .view-toggle .button:first-child {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .view-toggle .button:last-child {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    margin-inline-start: -1px;
  }
  .toggle[aria-pressed='true'] {
    border-color: var(--_color-accent);
    background: var(--_color-accent);
    color: var(--_color-on-accent);
  }
  .total {
    display: inline-grid;
    justify-items: end;
    min-inline-size: 6rem;
    margin-inline-start: auto;
    align-self: end;
    line-height: var(--_control-size);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
    white-space: nowrap;
  }
  .total > *,
  .total::after {
    grid-area: 1 / 1;
  }
  .total::after {
    content: attr(data-room) / '';
    visibility: hidden;
  }
  .filter-panel-loading {
    margin-block-end: var(--_space-s);
    color: var(--_color-text-muted);
  }
`;
