import type { UnitEntry } from '@clientele/sdk';
import { css, html } from 'lit';
import { messageCatalog } from '../base/i18n/localize.ts';
import { dialogStyles } from '../ui/confirm-dialog.styles.ts';
import { fieldErrorStyles } from '../ui/form-errors.ts';
import type { ActionsHost, UnitsActionsOptions, UnitsActionsText } from './actions-context.ts';
import { unitsActionsEn } from './actions-messages.en.ts';
import { EntryForm } from './entry-form.ts';
import { LimitsEditor } from './limits-editor.ts';
import { OfferDialog } from './offer-dialog.ts';
import { ReverseDialog } from './reverse-dialog.ts';

export type { UnitsActionsOptions } from './actions-context.ts';

/** The forms' own messages, in English and, loaded when first used, German. */
export const unitsActionsText = messageCatalog({
  en: unitsActionsEn,
  de: () => import('./actions-messages.de.ts').then((m) => m.unitsActionsDe),
});

const actionsStyles = css`
  .form-fields {
    display: grid;
    gap: var(--_space-m);
  }
  .form-row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: var(--_space-m);
  }
  .form-fields .field {
    align-content: start;
  }
  .form-fields .input {
    inline-size: 100%;
  }
  .form-fields .field > label,
  .choices legend {
    color: var(--_color-text);
    font-weight: var(--_font-weight-strong);
  }
  .choices {
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    gap: var(--_space-xs);
  }
  .choice {
    display: flex;
    gap: var(--_space-s);
    align-items: baseline;
  }
  .offer .hint {
    display: block;
  }
  .preview,
  .result,
  .entry-summary {
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    border-radius: var(--_radius-s);
    background: var(--_color-surface-sunken);
    font-variant-numeric: tabular-nums;
  }
  .preview-note {
    display: block;
  }
  .preview[data-below='cutoff'],
  .preview[data-below='floor'] {
    color: var(--_color-danger);
  }
  .conflict {
    display: grid;
    gap: var(--_space-s);
    justify-items: start;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_color-danger);
    border-radius: var(--_radius-s);
  }
  .conflict p {
    margin: 0;
  }
  .conflict-table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .conflict-table th,
  .conflict-table td {
    padding: var(--_space-2xs) var(--_space-m) var(--_space-2xs) 0;
    text-align: start;
  }
`;

/**
 * Everything of `<units-ledger>` that changes the ledger, loaded on first use: the
 * credit/debit form, the reversal dialog, the offer picker and the limits editor. Only one
 * is open at a time.
 */
export class UnitsActions {
  /** What the actions add to the ledger's styles. */
  static readonly styles = [dialogStyles, fieldErrorStyles, actionsStyles];

  readonly #entry: EntryForm;
  readonly #reverse: ReverseDialog;
  readonly #offers: OfferDialog;
  readonly #limits: LimitsEditor;

  constructor(host: ActionsHost, options: UnitsActionsOptions) {
    const text = (): UnitsActionsText => ({
      ...options.messages(),
      ...unitsActionsText(options.locale()),
    });
    this.#entry = new EntryForm(host, options, text);
    this.#reverse = new ReverseDialog(host, options, text);
    this.#offers = new OfferDialog(host, options, text);
    this.#limits = new LimitsEditor(host, options, text);
  }

  openEntryForm(): void {
    this.#entry.open();
  }

  openReverse(entry: UnitEntry): void {
    this.#reverse.open(entry);
  }

  openOffers(): void {
    this.#offers.open();
  }

  openLimits(): void {
    this.#limits.open();
  }

  /** Renders the open one again (the locale or the balance changed); values stay. */
  refresh(): void {
    this.#entry.refresh();
    this.#reverse.refresh();
    this.#offers.refresh();
    this.#limits.refresh();
  }

  render() {
    return html`${this.#entry.render()}${this.#reverse.render()}${this.#offers.render()}${this.#limits.render()}`;
  }
}
