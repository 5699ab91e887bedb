import type { UnitEntryCreate } from '@clientele/sdk';
import { NetworkError } from '@clientele/sdk';
import { html, nothing } from 'lit';
import { formatDecimal } from '../base/format/decimal.ts';
import { addDecimal, compareDecimal, negateDecimal } from '../base/format/decimal-math.ts';
import { parseLocaleAmount } from '../base/format/locale-amount.ts';
import { formatUnits } from '../base/format/units.ts';
import { SubmissionKey } from '../base/idempotency.ts';
import { ConfirmDialog } from '../ui/confirm-dialog.ts';
import {
  ariaInvalid,
  describedBy,
  type FormProblem,
  focusFirstInvalid,
  formErrors,
  renderFieldError,
} from '../ui/form-errors.ts';
import type { ActionsHost, UnitsActionsOptions, UnitsActionsText } from './actions-context.ts';
import { floorOf } from './balance-panel.ts';
import { createEntry } from './units-actions-api.ts';
import { UNIT_SCALE } from './units-decimal.ts';

export const ENTRY_FIELDS = ['kind', 'amount', 'description'] as const;
type EntryField = (typeof ENTRY_FIELDS)[number];
const IDS: Record<EntryField, string> = {
  kind: 'entry-kind-credit',
  amount: 'entry-amount',
  description: 'entry-description',
};

/**
 * The credit/debit form. The amount is parsed in the user's locale on its digits (never a
 * float), checked (> 0, at most the ledger's scale), and the dialog shows the balance after the
 * entry as it is typed (the confirmation), then sends it with one Idempotency-Key per
 * submission: a double click sends once (the confirm button is `aria-disabled` while it runs),
 * and a retry after a failure sends the same key, so the server makes the entry once. A refused
 * entry (past the cutoff or the credit limit) shows the API's problem; the form keeps what was
 * typed (the dialog never re-renders values). Staff with `units.allow_below_cutoff` may tick a
 * box that lets a debit go below the cutoff (never below the floor).
 */
export class EntryForm {
  readonly #host: ActionsHost;
  readonly #options: UnitsActionsOptions;
  readonly #text: () => UnitsActionsText;
  readonly #dialog: ConfirmDialog;
  readonly #key = new SubmissionKey();
  #errors = new Map<EntryField, string>();
  #failure: FormProblem | undefined;
  #busy = false;
  #retry = false;
  #focusInvalid = false;
  #controller: AbortController | undefined;
  #values = { kind: 'credit', amount: '', allow: false };

  constructor(host: ActionsHost, options: UnitsActionsOptions, text: () => UnitsActionsText) {
    this.#host = host;
    this.#options = options;
    this.#text = text;
    this.#dialog = new ConfirmDialog(host, 'units-entry-dialog');
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.#dialog.isOpen;
  }

  hostUpdated(): void {
    if (!this.#focusInvalid) return;
    this.#focusInvalid = false;
    focusFirstInvalid(this.#host.renderRoot, ENTRY_FIELDS, this.#errors, (f) => IDS[f]);
  }

  open(): void {
    if (this.#dialog.isOpen) return;
    this.#errors.clear();
    this.#failure = undefined;
    this.#busy = false;
    this.#retry = false;
    this.#values = { kind: 'credit', amount: '', allow: false };
    this.#key.done();
    const t = this.#text();
    this.#dialog.open(
      {
        ...this.#view(t),
        title: t.unitsEntryTitle,
        message: t.unitsEntryMessage,
        cancelLabel: t.cancel,
      },
      (data) => void this.#submit(data),
      () => {
        this.#controller?.abort();
        this.#key.done();
      },
    );
  }

  /** Renders again in the current language, values kept. */
  refresh(): void {
    if (this.#dialog.isOpen) this.#dialog.update(this.#view(this.#text()));
  }

  render() {
    return this.#dialog.render();
  }

  #view(t: UnitsActionsText) {
    const amount = this.#parsed().value;
    const label = amount
      ? (this.#values.kind === 'debit' ? t.unitsEntrySubmitDebit : t.unitsEntrySubmitCredit)({
          amount: this.#units(amount),
        })
      : t.unitsEntrySubmit;
    return {
      fields: this.#fields(t),
      confirmLabel: this.#retry ? t.unitsRetrySubmit : label,
      busy: this.#busy,
      error: this.#failure,
    };
  }

  #units(amount: string): string {
    const unit = this.#options.balance()?.unit ?? '';
    return formatUnits(this.#options.locale(), amount, unit, { label: this.#text().unitsAmount });
  }

  #parsed() {
    return parseLocaleAmount(this.#values.amount, this.#options.locale(), { scale: UNIT_SCALE });
  }

  /** "1,234.50" in English, "1.234,50" in German: how an amount is typed here. */
  #example(): string {
    return formatDecimal(this.#options.locale(), '1234.50');
  }

  /** What typing changes: the preview and the button's words; a field's error goes. */
  #onInput = (event: Event): void => {
    const control = event.target as HTMLInputElement;
    if (control.name === 'kind') this.#values.kind = control.value;
    if (control.name === 'amount') this.#values.amount = control.value;
    if (control.name === 'allow_below_cutoff') this.#values.allow = control.checked;
    const field = control.name as EntryField;
    this.#errors.delete(field);
    this.#retry = false;
    this.refresh();
  };

  #preview(t: UnitsActionsText) {
    const balance = this.#options.balance();
    const amount = this.#parsed().value;
    if (!balance || !amount) return nothing;
    const signed = this.#values.kind === 'debit' ? negateDecimal(amount) : amount;
    const after = addDecimal(balance.balance, signed);
    const belowFloor = compareDecimal(after, floorOf(balance)) < 0;
    const belowCutoff = compareDecimal(after, balance.cutoff) < 0;
    return html`<p class="preview" data-below=${belowFloor ? 'floor' : belowCutoff ? 'cutoff' : 'no'}>
      <strong>${t.unitsBalanceAfter({ balance: this.#units(after) })}</strong>
      ${
        belowFloor || belowCutoff
          ? html`<span class="preview-note"
              >${belowFloor ? t.unitsBalanceAfterBelowFloor : t.unitsBalanceAfterBelowCutoff}</span
            >`
          : nothing
      }
    </p>`;
  }

  #fields(t: UnitsActionsText) {
    const amountError = this.#errors.get('amount');
    const descriptionError = this.#errors.get('description');
    const balance = this.#options.balance();
    const radio = (value: 'credit' | 'debit', label: string) =>
      html`<label class="choice">
        <input
          id=${value === 'credit' ? IDS.kind : 'entry-kind-debit'}
          type="radio"
          name="kind"
          value=${value}
          ?checked=${value === 'credit'}
        />
        ${label}
      </label>`;
    return html`<div class="form-fields" @input=${this.#onInput} @change=${this.#onInput}>
      <fieldset class="field choices">
        <legend>${t.unitsEntryKind}</legend>
        ${radio('credit', t.unitsEntryKindCredit)} ${radio('debit', t.unitsEntryKindDebit)}
      </fieldset>
      <div class="field">
        <label for=${IDS.amount}>${t.unitsEntryAmount}</label>
        <input
          id=${IDS.amount}
          class="input"
          name="amount"
          inputmode="decimal"
          autocomplete="off"
          aria-required="true"
          aria-invalid=${ariaInvalid(amountError)}
          aria-describedby=${describedBy(IDS.amount, amountError, 'entry-amount-hint')}
        />
        ${renderFieldError(IDS.amount, amountError)}
        <p id="entry-amount-hint" class="hint">
          ${t.unitsEntryAmountHint({ example: this.#example(), scale: UNIT_SCALE })}
        </p>
      </div>
      <div class="field">
        <label for=${IDS.description}>${t.unitsEntryDescription}</label>
        <input
          id=${IDS.description}
          class="input"
          name="description"
          maxlength="500"
          autocomplete="off"
          aria-required="true"
          aria-invalid=${ariaInvalid(descriptionError)}
          aria-describedby=${describedBy(IDS.description, descriptionError, 'entry-description-hint')}
        />
        ${renderFieldError(IDS.description, descriptionError)}
        <p id="entry-description-hint" class="hint">${t.unitsEntryDescriptionHint}</p>
      </div>
      ${
        this.#options.canAllowBelowCutoff() && this.#values.kind === 'debit'
          ? html`<div class="field">
              <label class="choice">
                <input
                  type="checkbox"
                  name="allow_below_cutoff"
                  aria-describedby="entry-allow-hint"
                  .checked=${this.#values.allow}
                />
                ${t.unitsAllowBelowCutoff}
              </label>
              <p id="entry-allow-hint" class="hint">
                ${t.unitsAllowBelowCutoffHint({ floor: balance ? this.#units(floorOf(balance)) : '' })}
              </p>
            </div>`
          : nothing
      }
      <div aria-live="polite">${this.#preview(t)}</div>
      ${this.#retry ? html`<p class="hint">${t.unitsRetryNote}</p>` : nothing}
    </div>`;
  }

  #validate(t: UnitsActionsText, description: string): string | undefined {
    this.#errors.clear();
    const parsed = this.#parsed();
    if (parsed.problem) {
      const example = this.#example();
      this.#errors.set(
        'amount',
        parsed.problem === 'scale'
          ? t.unitsAmountScale({ scale: UNIT_SCALE })
          : parsed.problem === 'notPositive'
            ? t.unitsAmountNotPositive
            : parsed.problem === 'negative'
              ? t.unitsAmountNegative
              : this.#values.amount.trim()
                ? t.unitsAmountInvalid({ example })
                : t.fieldRequired,
      );
    }
    if (!description) this.#errors.set('description', t.fieldRequired);
    return parsed.value;
  }

  async #submit(data: FormData): Promise<void> {
    const api = this.#options.client();
    if (!api || this.#busy) return;
    const t = this.#text();
    const description = String(data.get('description') ?? '').trim();
    const amount = this.#validate(t, description);
    this.#failure = undefined;
    if (!amount || this.#errors.size > 0) {
      this.#focusInvalid = true;
      this.refresh();
      return;
    }
    const body: UnitEntryCreate = {
      kind: data.get('kind') === 'debit' ? 'debit' : 'credit',
      amount,
      description,
      ...(allowsBelowCutoff(data) ? { allow_below_cutoff: true } : {}),
    };
    const key = this.#key.for(body);
    this.#controller = new AbortController();
    const { signal } = this.#controller;
    this.#busy = true;
    this.refresh();
    try {
      const entry = await createEntry(api, this.#options.clientId(), body, key, signal);
      if (signal.aborted) return;
      this.#busy = false;
      this.#key.done();
      this.#dialog.close();
      this.#options.onEntry(entry);
    } catch (error) {
      if (signal.aborted) return;
      this.#busy = false;
      const result = formErrors(error, ENTRY_FIELDS, t, { failedTitle: t.unitsEntryFailed });
      for (const [field, message] of result.fields) this.#errors.set(field, message);
      this.#failure = result.form;
      // A failure that may not have reached the server: the same key goes again on Retry.
      this.#retry = error instanceof NetworkError || (error as { status?: number }).status! >= 500;
      this.#focusInvalid = this.#errors.size > 0;
      this.refresh();
    }
  }
}

function allowsBelowCutoff(data: FormData): boolean {
  return data.get('kind') === 'debit' && data.get('allow_below_cutoff') === 'on';
}
