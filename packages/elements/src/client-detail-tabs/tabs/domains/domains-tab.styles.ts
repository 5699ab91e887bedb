import { css } from 'lit';

/**
 * `<client-domains-tab>` on top of `baseStyles`, `uiStyles` and the status tones. The table's
 * rows stack below 40rem of its own width, each cell then labelled.
 */
export const domainsTabStyles = css`
  :host {
    display: block;
  }
  .domains-toolbar {
    align-items: center;
  }
  .total {
    margin-inline-start: auto;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
    font-variant-numeric: tabular-nums;
  }
  .note {
    margin: 0;
    margin-block-end: var(--_space-s);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .table-wrap {
    container-type: inline-size;
  }
  .domains {
    inline-size: 100%;
    border-collapse: collapse;
  }
  .domains th,
  .domains td {
    padding-block: var(--_space-s);
    padding-inline: var(--_space-s);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  .domains thead th {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
  }
  .name {
    font-weight: normal;
  }
  .link {
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
  .link:hover {
    text-decoration-thickness: 2px;
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
  code {
    font-family: var(--_font-family-mono);
    font-size: var(--_font-size-s);
  }
  .date {
    white-space: nowrap;
  }
  .cell-label {
    display: none;
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
  @container (inline-size < 40rem) {
    .domains thead {
      display: none;
    }
    .domains,
    .domains tbody,
    .domains tr,
    .domains th,
    .domains td {
      display: block;
    }
    .domains tr {
      padding-block: var(--_space-xs);
      border-block-end: 1px solid var(--_color-border);
    }
    .domains th,
    .domains td {
      padding-block: var(--_space-2xs);
      border: 0;
    }
    .domains td {
      display: flex;
      gap: var(--_space-s);
    }
    .cell-label {
      display: block;
      flex: none;
      inline-size: 6rem;
      color: var(--_color-text-muted);
      font-size: var(--_font-size-s);
    }
    .date {
      white-space: normal;
    }
  }
`;
