import { css } from 'lit';

/** The Users tab's forms, on top of the dialog's and the picker's styles. */
export const usersFormStyles = css`
  .form-fields {
    display: grid;
    gap: var(--_space-m);
  }
  .form-fields .field {
    align-content: start;
  }
  .form-fields .input {
    inline-size: 100%;
  }
  .form-fields textarea.input {
    resize: vertical;
  }
  .form-fields .field > label {
    color: var(--_color-text);
    font-weight: var(--_font-weight-strong);
  }
  .hint {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .role-grants {
    margin: 0;
    padding-inline-start: var(--_space-l);
  }
  .role-grants:empty {
    display: none;
  }
`;
