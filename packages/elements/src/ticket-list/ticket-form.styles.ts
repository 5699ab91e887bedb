import { css } from 'lit';

/**
 * The "open a ticket" form (its client picker brings `searchPickerStyles`), on top of `<ticket-list>`'s styles and the
 * dialog's: adopted by the list when the form first loads (`TicketCreateForm.styles`).
 */
export const ticketFormStyles = css`
  .form-fields {
    display: grid;
    gap: var(--_space-m);
  }
  .form-row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: var(--_space-m);
  }
  /* A message under one field of a row does not stretch its neighbour's label away. */
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
`;
