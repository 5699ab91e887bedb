import { css } from 'lit';

/**
 * `<client-configuration-tab>` on top of `baseStyles` and `uiStyles`. Below 36rem of its own
 * width each setting stacks its label, the client's value and the default's.
 */
export const configurationTabStyles = css`
  :host {
    display: block;
  }
  .configuration-toolbar {
    align-items: center;
  }
  .note,
  .summary {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .summary {
    margin-block-end: var(--_space-s);
  }
  .table-wrap {
    container-type: inline-size;
  }
  .profile {
    inline-size: 100%;
    border-collapse: collapse;
  }
  .profile th,
  .profile td {
    padding-block: var(--_space-s);
    padding-inline: var(--_space-s);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: top;
  }
  .profile thead th {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
  }
  .profile tbody th {
    font-weight: normal;
  }
  .value {
    font-variant-numeric: tabular-nums;
  }
  .cell-label {
    display: none;
  }
  .value.override .value-text {
    font-weight: var(--_font-weight-strong);
  }
  .default,
  .muted {
    color: var(--_color-text-muted);
  }
  .override-mark {
    display: inline-block;
    margin-inline-start: var(--_space-xs);
    padding-inline: var(--_space-xs);
    border: 1px solid color-mix(in srgb, currentColor 70%, transparent);
    border-radius: var(--_radius-s);
    background: var(--_color-status-amber);
    color: var(--_color-status-amber-text);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
  }
  @container (inline-size < 36rem) {
    .profile thead {
      display: none;
    }
    .profile,
    .profile tbody,
    .profile tr,
    .profile th,
    .profile td {
      display: block;
    }
    .profile tr {
      padding-block: var(--_space-xs);
      border-block-end: 1px solid var(--_color-border);
    }
    .profile th,
    .profile td {
      padding-block: var(--_space-2xs);
      border: 0;
    }
    .profile tbody th {
      font-weight: var(--_font-weight-strong);
    }
    .cell-label {
      display: block;
      color: var(--_color-text-muted);
      font-size: var(--_font-size-s);
    }
  }
`;
