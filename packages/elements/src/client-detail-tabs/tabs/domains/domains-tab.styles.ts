import { css } from 'lit';

/**
 * `<client-domains-tab>` on top of `baseStyles`, `uiStyles`, the status tones and the panels'
 * shared styles (`panelStyles`). The table's rows stack below 40rem of its own width, each
 * cell then labelled.
 */
export const domainsTabStyles = css`
  .domains-toolbar {
    align-items: center;
  }
  .name {
    font-weight: normal;
  }
  code {
    font-family: var(--_font-family-mono);
    font-size: var(--_font-size-s);
  }
  .date {
    white-space: nowrap;
  }
  @container (inline-size < 40rem) {
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
