import { css } from 'lit';

/**
 * `<client-authentication-tab>` on top of `baseStyles` and `uiStyles`. The status blocks sit
 * side by side while they fit and wrap below; the tables turn into stacked rows below 40rem
 * of their own width (a container query on their wrapper: the tab never scrolls sideways);
 * the records' grid drops columns instead (`authentication-records.ts`).
 */
export const authTabStyles = css`
  :host {
    display: block;
  }
  p {
    margin: 0;
  }
  .note,
  .secondary,
  .none,
  .count {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .note {
    margin-block-end: var(--_space-s);
  }
  .status {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--_space-s);
    margin-block-end: var(--_space-l);
  }
  .fact {
    display: grid;
    align-content: start;
    gap: var(--_space-2xs);
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-s);
  }
  .fact-title,
  .section-title {
    margin: 0;
    font-size: var(--_font-size-m);
    font-weight: var(--_font-weight-strong);
  }
  .fact-title {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .fact-value {
    font-weight: var(--_font-weight-strong);
  }
  .fact-value[data-state='on'] {
    color: var(--_color-status-green-text);
  }
  .fact-value[data-state='blocked'] {
    color: var(--_color-status-red-text);
  }
  .reason {
    overflow-wrap: anywhere;
  }
  .fact-actions {
    margin-block-start: var(--_space-xs);
  }
  .danger-text {
    color: var(--_color-danger);
  }
  .section {
    display: grid;
    gap: var(--_space-s);
    margin-block-end: var(--_space-l);
  }
  .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  .section-head .count {
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
  }
  .table-wrap {
    container-type: inline-size;
  }
  .table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  .table th,
  .table td {
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: break-word;
  }
  .table thead th {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
  }
  .table tbody th {
    font-weight: normal;
  }
  .table tbody th.strong {
    font-weight: var(--_font-weight-strong);
  }
  .time,
  .address {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .browser {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .actions {
    inline-size: 1%;
    white-space: nowrap;
    text-align: end;
  }
  .result {
    display: inline-block;
    white-space: nowrap;
    padding-inline: var(--_space-xs);
    border-radius: var(--_radius-s);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
  }
  .result[data-result='passed'] {
    background: var(--_color-status-green);
    color: var(--_color-status-green-text);
  }
  .result[data-result='failed'] {
    background: var(--_color-status-red);
    color: var(--_color-status-red-text);
  }
  .empty {
    display: grid;
    justify-items: center;
    gap: var(--_space-s);
  }
  .empty-title {
    font-size: var(--_font-size-l);
    font-weight: var(--_font-weight-strong);
  }
  .empty-message {
    color: var(--_color-text-muted);
  }
  @container (inline-size < 40rem) {
    .table thead {
      display: none;
    }
    .table,
    .table tbody,
    .table tr,
    .table th,
    .table td {
      display: block;
    }
    .table tr {
      padding-block: var(--_space-xs);
      border-block-end: 1px solid var(--_color-border);
    }
    .table th,
    .table td {
      padding-block: var(--_space-2xs);
      border: 0;
    }
    .actions {
      inline-size: auto;
      text-align: start;
    }
    .time,
    .address {
      white-space: normal;
    }
    /* Without the header, a session's two times say which is which. */
    .sessions td[data-label]::before {
      content: attr(data-label) ': ';
      color: var(--_color-text-muted);
    }
  }
`;
