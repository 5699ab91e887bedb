import { css } from 'lit';

/** Styles of `ConfirmDialog`: the modal, its form, error, progress and buttons. */
export const dialogStyles = css`
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
  /*
   * A form taller than the window scrolls inside the dialog (the UA's modal max size), with
   * its buttons kept in view at the dialog's lower edge.
   */
  .dialog-buttons {
    position: sticky;
    inset-block-end: calc(-1 * var(--_space-xl));
    display: flex;
    flex-wrap: wrap;
    justify-content: end;
    gap: var(--_space-s);
    margin-block-end: calc(-1 * var(--_space-xl));
    padding-block: var(--_space-s) var(--_space-xl);
    background: var(--_color-surface);
  }
  .button.primary.danger {
    border-color: var(--_color-danger);
    background: var(--_color-danger);
    color: var(--_color-on-accent);
  }
`;
