import { css } from 'lit';

/** Styles of the generic UI pieces: toolbar fields, chips, menu and dialog. */
export const uiStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s);
    margin-block-end: var(--_space-s);
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
  .input,
  select.input {
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
  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    margin-block-end: var(--_space-s);
  }
  .chip-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2xs);
    padding-block: var(--_space-2xs);
    padding-inline: var(--_space-s) var(--_space-2xs);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-pill);
    background: var(--_color-surface-sunken);
    font-size: var(--_font-size-s);
  }
  .chip-remove {
    display: inline-grid;
    place-items: center;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    padding: 0;
    border: 0;
    border-radius: var(--_radius-pill);
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .chip-remove:hover {
    background: var(--_color-border);
  }
  .menu {
    position: fixed;
    inset: auto;
    margin: 0;
    min-inline-size: 12rem;
    padding: var(--_space-xs);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
    background: var(--_color-surface);
    color: var(--_color-text);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  }
  .menu-item {
    display: block;
    inline-size: 100%;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    border: 0;
    border-radius: var(--_radius-s);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .menu-item:hover,
  .menu-item:focus-visible {
    background: var(--_color-surface-sunken);
    outline: var(--_focus-ring-width) solid var(--_color-focus-ring);
    outline-offset: calc(-1 * var(--_focus-ring-width));
  }
  .menu-item[aria-disabled='true'] {
    color: var(--_color-text-muted);
    cursor: not-allowed;
  }
  .danger {
    color: var(--_color-danger);
  }
  .dialog {
    inline-size: min(32rem, calc(100vw - 2rem));
    padding: var(--_space-xl);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .dialog-form {
    display: grid;
    gap: var(--_space-m);
  }
  .dialog-title {
    margin: 0;
    font-size: var(--_font-size-xl);
  }
  .dialog-message {
    margin: 0;
    color: var(--_color-text-muted);
  }
  .dialog-error {
    display: grid;
    gap: var(--_space-2xs);
    padding: var(--_space-s);
    border-inline-start: 3px solid var(--_color-danger);
    background: var(--_color-status-red);
    color: var(--_color-status-red-text);
  }
  .dialog-progress {
    display: grid;
    gap: var(--_space-2xs);
    color: var(--_color-text-muted);
  }
  .dialog-progress progress {
    inline-size: 100%;
    accent-color: var(--_color-accent);
  }
  .dialog-buttons {
    display: flex;
    justify-content: end;
    gap: var(--_space-s);
  }
  .button.primary.danger {
    border-color: var(--_color-danger);
    background: var(--_color-danger);
    color: var(--_color-on-accent);
  }
`;
