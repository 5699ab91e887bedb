import { css } from 'lit';

/**
 * `<client-services-tab>` on top of `baseStyles`, `uiStyles`, the status tones and the panels'
 * shared styles (`panelStyles`). Its rows turn into labelled grids below 48rem of the table's
 * own width (a container query on its wrapper: the tab never scrolls sideways).
 */
export const servicesTabStyles = css`
  .services-toolbar {
    align-items: center;
  }
  .services th,
  .services td {
    overflow-wrap: normal;
  }
  .services .numeric {
    text-align: end;
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
