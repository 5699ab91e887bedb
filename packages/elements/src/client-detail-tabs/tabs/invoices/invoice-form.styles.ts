import { css } from 'lit';

/** The form's layout, on top of the dialog's. */
export const invoiceFormStyles = css`
  .dialog:has(.invoice-form) {
    inline-size: min(46rem, calc(100vw - 2 * var(--_space-m)));
  }
  .form-fields {
    display: grid;
    gap: var(--_space-m);
  }
  .form-fields .field > label,
  .form-fields legend {
    color: var(--_color-text);
    font-weight: var(--_font-weight-strong);
  }
  .due {
    max-inline-size: 12rem;
  }
  .lines {
    display: grid;
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .line {
    display: grid;
    grid-template-columns: minmax(10rem, 3fr) minmax(5rem, 1fr) minmax(6rem, 1.3fr) minmax(6rem, 1.3fr) auto;
    align-items: end;
    gap: var(--_space-s);
    margin: 0;
    padding: 0 0 var(--_space-s);
    border: 0;
    border-block-end: 1px solid var(--_color-border);
    min-inline-size: 0;
  }
  .line .input {
    inline-size: 100%;
  }
  .line-amount output {
    display: block;
    min-block-size: var(--_control-size);
    line-height: var(--_control-size);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .add-line {
    justify-self: start;
  }
  .hint {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .preview {
    padding: var(--_space-s) var(--_space-m);
    border-radius: var(--_radius-m);
    background: var(--_color-surface-sunken);
  }
  .preview-title {
    margin: 0 0 var(--_space-xs);
    font-size: var(--_font-size-m);
  }
  .preview dl {
    display: grid;
    gap: var(--_space-2xs);
    margin: 0 0 var(--_space-xs);
  }
  .preview dl > div {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-m);
  }
  .preview dd {
    margin: 0;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .preview .grand {
    font-weight: var(--_font-weight-strong);
  }
  @media (max-width: 40rem) {
    .line {
      grid-template-columns: 1fr 1fr;
    }
    .line-description {
      grid-column: 1 / -1;
    }
  }
`;
