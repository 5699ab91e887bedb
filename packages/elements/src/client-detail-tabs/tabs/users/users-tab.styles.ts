import { css } from 'lit';

/**
 * `<client-users-tab>` on top of `baseStyles` and `uiStyles`. The table turns into stacked
 * rows below 40rem of its own width (a container query on its wrapper, which takes the
 * width it is given: the tab never scrolls sideways).
 */
export const usersTabStyles = css`
  :host {
    display: block;
  }
  .users-toolbar {
    align-items: center;
  }
  .total {
    margin-inline-start: auto;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
    font-variant-numeric: tabular-nums;
  }
  .note,
  .hint {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .note {
    margin-block-end: var(--_space-s);
  }
  .table-wrap {
    container-type: inline-size;
  }
  .users {
    inline-size: 100%;
    border-collapse: collapse;
  }
  .users th,
  .users td {
    padding-block: var(--_space-s);
    padding-inline: var(--_space-s);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: top;
  }
  .users thead th {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
  }
  .user,
  .role {
    font-weight: normal;
  }
  .name,
  .secondary {
    display: block;
    overflow-wrap: break-word;
  }
  .name,
  .role-name {
    font-weight: var(--_font-weight-strong);
  }
  .secondary {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .associated {
    white-space: nowrap;
  }
  .role .hint {
    max-inline-size: 22rem;
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
  @container (inline-size < 40rem) {
    .users thead {
      display: none;
    }
    .users,
    .users tbody,
    .users tr,
    .users th,
    .users td {
      display: block;
    }
    .users tr {
      padding-block: var(--_space-xs);
      border-block-end: 1px solid var(--_color-border);
    }
    .users th,
    .users td {
      padding-block: var(--_space-2xs);
      border: 0;
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
