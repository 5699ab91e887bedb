import { css } from 'lit';

/**
 * The tone classes of a client's status badge (`STATUS_TONES` in status-labels.ts): the text
 * says the status, colour only repeats it. Shared by the grid and the client page.
 */
export const statusToneStyles = css`
  .tone-green {
    background: var(--_color-status-green);
    color: var(--_color-status-green-text);
  }
  .tone-amber {
    background: var(--_color-status-amber);
    color: var(--_color-status-amber-text);
  }
  .tone-grey {
    background: var(--_color-status-grey);
    color: var(--_color-status-grey-text);
  }
  .tone-red {
    background: var(--_color-status-red);
    color: var(--_color-status-red-text);
  }
  .tone-blue {
    background: var(--_color-status-blue);
    color: var(--_color-status-blue-text);
  }
`;
