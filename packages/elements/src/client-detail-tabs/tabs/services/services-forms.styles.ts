import { css } from 'lit';

/** The Services tab's forms (loaded with them): the plan choice and the price change. */
export const servicesFormStyles = css`
  .form-fields {
    display: grid;
    gap: var(--_space-m);
  }
  .hint,
  .plans-loading {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .plans {
    display: grid;
    gap: var(--_space-xs);
    margin: 0;
    padding: var(--_space-s);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-s);
  }
  .plans legend {
    padding-inline: var(--_space-2xs);
    font-weight: var(--_font-weight-strong);
  }
  .plan-option {
    display: flex;
    align-items: start;
    gap: var(--_space-s);
    cursor: pointer;
  }
  .plan-option input {
    margin-block-start: 0.2em;
  }
  .plan-text,
  .plan-price {
    display: block;
  }
  .plan-name {
    font-weight: var(--_font-weight-strong);
  }
  .plan-price,
  .current,
  .price-change .secondary {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
    font-weight: normal;
  }
  .price-change {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--_space-2xs) var(--_space-m);
    margin: 0;
    padding: var(--_space-s);
    border-radius: var(--_radius-s);
    background: var(--_color-surface-sunken);
  }
  .price-change dt {
    color: var(--_color-text-muted);
  }
  .price-change dd {
    margin: 0;
  }
  /* Inline here (the table's cells stack them), so a price reads as one line with its cycle. */
  .price-change .amount,
  .price-change .secondary {
    display: inline;
  }
  .price-change .amount {
    font-variant-numeric: tabular-nums;
    font-weight: var(--_font-weight-strong);
  }
  .price-change .no-difference {
    grid-column: 1 / -1;
  }
`;
