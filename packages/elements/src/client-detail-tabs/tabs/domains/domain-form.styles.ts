import { css } from 'lit';

/** The Domains tab's register form, on top of the dialog's styles. */
export const domainFormStyles = css`
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
  .form-fields .field > label {
    color: var(--_color-text);
    font-weight: var(--_font-weight-strong);
  }
  .hint {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .ascii {
    font-family: var(--_font-family-mono);
    overflow-wrap: anywhere;
  }
`;
