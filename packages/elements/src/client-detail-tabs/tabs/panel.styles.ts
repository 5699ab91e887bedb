import { css } from 'lit';

/**
 * What the client page's table panels share (Users, Services, Domains, Cloud resources): the
 * count in the toolbar, notes, a table that takes the width it is given (`.panel-table` in a
 * `.table-wrap`, the container its queries measure: a tab never scrolls sideways), links that
 * open a record, status badges, row actions and the empty view. A `.panel-table.stacked`
 * table's rows stack below 40rem of that width (header hidden, one cell a line; a tab shows
 * `.cell-label`s there if its cells need naming). Every selector is of zero specificity
 * (`:where`), so a tab's own rules, listed after these, always win.
 */
export const panelStyles = css`
  :host {
    display: block;
  }
  :where(.total) {
    margin-inline-start: auto;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
    font-variant-numeric: tabular-nums;
  }
  :where(.note) {
    margin: 0 0 var(--_space-s);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  :where(.table-wrap) {
    container-type: inline-size;
  }
  :where(.panel-table) {
    inline-size: 100%;
    border-collapse: collapse;
  }
  :where(.panel-table) :where(th, td) {
    padding-block: var(--_space-s);
    padding-inline: var(--_space-s);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  :where(.panel-table thead th) {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
  }
  /* A cell's column name, shown only where the rows are stacked (the header row hidden). */
  :where(.cell-label) {
    display: none;
  }
  :where(.link) {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-accent);
    font: inherit;
    font-weight: var(--_font-weight-strong);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  :where(.link:hover) {
    text-decoration-thickness: 2px;
  }
  :where(.badge) {
    display: inline-block;
    border: 1px solid color-mix(in srgb, currentColor 70%, transparent);
    padding-block: var(--_space-2xs);
    padding-inline: var(--_space-s);
    border-radius: var(--_radius-pill);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
    white-space: nowrap;
  }
  /* The row's buttons keep one line; the other columns share what is left. */
  :where(.actions) {
    inline-size: 1%;
    white-space: nowrap;
  }
  :where(.action-buttons) {
    display: flex;
    justify-content: end;
    gap: var(--_space-xs);
  }
  :where(.danger-text) {
    color: var(--_color-danger);
  }
  :where(.empty) {
    display: grid;
    justify-items: center;
    gap: var(--_space-s);
  }
  :where(.empty p) {
    margin: 0;
  }
  :where(.empty-title) {
    font-size: var(--_font-size-l);
    font-weight: var(--_font-weight-strong);
  }
  :where(.empty-message) {
    color: var(--_color-text-muted);
  }
  @container (inline-size < 40rem) {
    :where(.panel-table.stacked thead) {
      display: none;
    }
    :where(.panel-table.stacked, .panel-table.stacked :is(tbody, tr, th, td)) {
      display: block;
    }
    :where(.panel-table.stacked tr) {
      padding-block: var(--_space-xs);
      border-block-end: 1px solid var(--_color-border);
    }
    :where(.panel-table.stacked) :where(th, td) {
      padding-block: var(--_space-2xs);
      border: 0;
    }
    :where(.panel-table.stacked .actions) {
      inline-size: auto;
      white-space: normal;
    }
    :where(.panel-table.stacked .action-buttons) {
      flex-wrap: wrap;
      justify-content: start;
    }
  }
`;
