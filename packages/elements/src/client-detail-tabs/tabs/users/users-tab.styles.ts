import { css } from 'lit';

/**
 * `<client-users-tab>` on top of `baseStyles`, `uiStyles` and the panels' shared styles
 * (`panelStyles`: the table, its stacked rows below 40rem of its own width, the row actions,
 * the empty view).
 */
export const usersTabStyles = css`
  .users-toolbar {
    align-items: center;
  }
  .hint {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .users th,
  .users td {
    overflow-wrap: normal;
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
`;
