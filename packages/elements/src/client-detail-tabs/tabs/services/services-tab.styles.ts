import { css } from 'lit';

/**
 * `<client-services-tab>` on top of `baseStyles`, `uiStyles` and the status tones. The table
 * turns into stacked rows below 48rem of its own width (a container query on its wrapper,
 * which takes the width it is given: the tab never scrolls sideways).
 */
export const servicesTabStyles = css`
  :host {
    display: block;
  }
  .services-toolbar {
    align-items: center;
  }
  .total {
    margin-inline-start: auto;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
    font-variant-numeric: tabular-nums;
  }
  .note {
    margin: 0 0 var(--_space-s);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .table-wrap {
    container-type: inline-size;
  }
  .services {
    inline-size: 100%;
    border-collapse: collapse;
  }
  .services th,
  .services td {
    padding-block: var(--_space-s);
    padding-inline: var(--_space-s);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: top;
  }
  .services thead th {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
  }
  .services .numeric {
    text-align: end;
  }
  /* A cell's column name, shown only when the rows are stacked (the header row is hidden). */
  .cell-label {
    display: none;
  }
  .service {
    font-weight: normal;
  }
  .name,
  .plan-name {
    font-weight: var(--_font-weight-strong);
  }
  .name {
    text-align: start;
    overflow-wrap: anywhere;
  }
  .secondary,
  .plan-name,
  .amount {
    display: block;
  }
  .secondary {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .amount,
  .due {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .badge {
    display: inline-block;
    border: 1px solid color-mix(in srgb, currentColor 70%, transparent);
    padding-block: var(--_space-2xs);
    padding-inline: var(--_space-s);
    border-radius: var(--_radius-pill);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
    white-space: nowrap;
  }
  .cloud-panel {
    margin-block-start: var(--_space-xs);
    font-size: var(--_font-size-s);
  }
  .cloud-panel summary {
    cursor: pointer;
    color: var(--_color-accent);
    inline-size: fit-content;
  }
  .cloud-panel summary:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus-ring);
    outline-offset: var(--_focus-ring-offset);
  }
  .cloud-facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--_space-2xs) var(--_space-s);
    margin: var(--_space-xs) 0 0;
  }
  .cloud-facts dt {
    color: var(--_color-text-muted);
  }
  .cloud-facts dd {
    margin: 0;
    min-inline-size: 0;
  }
  /* An id is one selection: a click selects it whole, ready to copy. */
  .copyable {
    font-family: var(--_font-family-mono);
    overflow-wrap: anywhere;
    user-select: all;
    -webkit-user-select: all;
  }
  /* The buttons keep one line; the other columns share what is left. */
  .actions {
    inline-size: 1%;
    white-space: nowrap;
  }
  .action-buttons {
    display: flex;
    justify-content: end;
    gap: var(--_space-xs);
  }
  .danger-text {
    color: var(--_color-danger);
  }
  .empty {
    display: grid;
    justify-items: center;
    gap: var(--_space-s);
  }
  .empty p {
    margin: 0;
  }
  .empty-title {
    font-size: var(--_font-size-l);
    font-weight: var(--_font-weight-strong);
  }
  .empty-message {
    color: var(--_color-text-muted);
  }
  @container (inline-size < 48rem) {
    .services thead {
      display: none;
    }
    .services,
    .services tbody,
    .services tr,
    .services th,
    .services td {
      display: block;
    }
    .services tr {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
      gap: var(--_space-2xs) var(--_space-s);
      padding-block: var(--_space-s);
      border-block-end: 1px solid var(--_color-border);
    }
    .services th,
    .services td {
      padding: 0;
      border: 0;
    }
    .services .service,
    .services .actions {
      grid-column: 1 / -1;
    }
    .services .numeric {
      text-align: start;
    }
    .cell-label {
      display: block;
      color: var(--_color-text-muted);
      font-size: var(--_font-size-s);
    }
    .actions {
      inline-size: auto;
      white-space: normal;
    }
    .action-buttons {
      flex-wrap: wrap;
      justify-content: start;
    }
  }
`;
