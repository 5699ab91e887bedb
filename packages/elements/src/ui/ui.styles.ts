import { css } from 'lit';

/**
 * Styles of the generic UI pieces a list shows at once: toolbar fields, inputs, link buttons,
 * the chips' row, a part's spinner and its load error. The chips' own, the menu's and the
 * dialog's are beside them (`filter-chips.styles.ts`, `action-menu.styles.ts`,
 * `confirm-dialog.styles.ts`), for widgets that load those on first use.
 */
export const uiStyles = css`
  .toolbar,
  .chips,
  .load-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    margin-block-end: var(--_space-s);
  }
  .toolbar {
    align-items: end;
  }
  .field {
    display: grid;
    gap: var(--_space-2xs);
    font-size: var(--_font-size-s);
  }
  .field > span,
  .field > label {
    color: var(--_color-text-muted);
  }
  .input {
    min-block-size: var(--_control-size);
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-s);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    font-size: var(--_font-size-m);
  }
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  /* A part loaded on first use: its trigger says it is on its way, a failed load says so. */
  [aria-busy='true'] > .spinner,
  .button[aria-busy='true']::after {
    content: '';
    display: inline-block;
    inline-size: 0.8em;
    block-size: 0.8em;
    margin-inline-start: var(--_space-xs);
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    vertical-align: -0.1em;
    animation: clientele-spin 0.8s linear infinite;
  }
  @keyframes clientele-spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    [aria-busy='true'] > .spinner,
    .button[aria-busy='true']::after {
      animation-duration: 3s;
    }
  }
  .load-error {
    padding: var(--_space-s);
    border-inline-start: 3px solid var(--_color-danger);
    background: var(--_color-status-red);
    color: var(--_color-status-red-text);
  }
`;
