import type { UnitEntry } from '@clientele/sdk';
import { NetworkError } from '@clientele/sdk';
import { html } from 'lit';
import { addDecimal, negateDecimal } from '../base/format/decimal-math.ts';
import { formatUnits } from '../base/format/units.ts';
import { SubmissionKey } from '../base/idempotency.ts';
import { ConfirmDialog } from '../ui/confirm-dialog.ts';
import {
  ariaInvalid,
  describedBy,
  type FormProblem,
  formErrors,
  renderFieldError,
} from '../ui/form-errors.ts';
import type { ActionsHost, UnitsActionsOptions, UnitsActionsText } from './actions-context.ts';
import { reverseEntry } from './units-actions-api.ts';

const REASON_ID = 'reverse-reason';

/**
 * Reverse an entry: a confirmation that says what the reversal does (a new entry of the
 * opposite amount; the original stays, marked reversed) and the balance after, with a required
 * reason. One Idempotency-Key per submission, kept across retries, as for the entry form.
 */
export class ReverseDialog {
  readonly #options: UnitsActionsOptions;
  readonly #text: () => UnitsActionsText;
  readonly #dialog: ConfirmDialog;
  readonly #key = new SubmissionKey();
  #entry: UnitEntry | undefined;
  #error: string | undefined;
  #failure: FormProblem | undefined;
  #busy = false;
  #retry = false;
  #controller: AbortController | undefined;

  constructor(host: ActionsHost, options: UnitsActionsOptions, text: () => UnitsActionsText) {
    this.#options = options;
    this.#text = text;
    this.#dialog = new ConfirmDialog(host, 'units-reverse-dialog');
  }

  open(entry: UnitEntry): void {
    if (this.#dialog.isOpen) return;
    this.#entry = entry;
    this.#error = undefined;
    this.#failure = undefined;
    this.#busy = false;
    this.#retry = false;
    this.#key.done();
    const t = this.#text();
    this.#dialog.open(
      { ...this.#view(t), cancelLabel: t.cancel, danger: true },
      (data) => void this.#submit(data),
      () => {
        this.#controller?.abort();
        this.#key.done();
      },
    );
  }

  refresh(): void {
    if (this.#dialog.isOpen) this.#dialog.update(this.#view(this.#text()));
  }

  render() {
    return this.#dialog.render();
  }

  #view(t: UnitsActionsText) {
    const entry = this.#entry!;
    const balance = this.#options.balance();
    const locale = this.#options.locale();
    const unit = balance?.unit ?? '';
    const amount = negateDecimal(entry.amount);
    return {
      title: t.unitsReverseTitle({ id: entry.id }),
      message: t.unitsReverseMessage({
        amount: formatUnits(locale, amount, unit, {
          signDisplay: 'exceptZero',
          label: t.unitsAmount,
        }),
        balance: balance
          ? formatUnits(locale, addDecimal(balance.balance, amount), unit, { label: t.unitsAmount })
          : '—',
      }),
      confirmLabel: this.#retry ? t.unitsRetrySubmit : t.unitsReverseSubmit,
      busy: this.#busy,
      error: this.#failure,
      fields: html`<div class="form-fields" @input=${this.#onInput}>
        <p class="entry-summary">${entry.description}</p>
        <div class="field">
          <label for=${REASON_ID}>${t.unitsReverseReason}</label>
          <input
            id=${REASON_ID}
            class="input"
            name="reason"
            maxlength="500"
            autocomplete="off"
            aria-required="true"
            aria-invalid=${ariaInvalid(this.#error)}
            aria-describedby=${describedBy(REASON_ID, this.#error, 'reverse-reason-hint')}
          />
          ${renderFieldError(REASON_ID, this.#error)}
          <p id="reverse-reason-hint" class="hint">${t.unitsReverseReasonHint}</p>
        </div>
        ${this.#retry ? html`<p class="hint">${t.unitsRetryNote}</p>` : ''}
      </div>`,
    };
  }

  #onInput = (): void => {
    if (this.#error === undefined && !this.#retry) return;
    this.#error = undefined;
    this.#retry = false;
    this.refresh();
  };

  async #submit(data: FormData): Promise<void> {
    const api = this.#options.client();
    const entry = this.#entry;
    if (!api || !entry || this.#busy) return;
    const t = this.#text();
    const reason = String(data.get('reason') ?? '').trim();
    this.#failure = undefined;
    if (!reason) {
      this.#error = t.fieldRequired;
      this.refresh();
      this.#dialog.element?.querySelector<HTMLInputElement>(`#${REASON_ID}`)?.focus();
      return;
    }
    const key = this.#key.for({ entry: entry.id, reason });
    this.#controller = new AbortController();
    const { signal } = this.#controller;
    this.#busy = true;
    this.refresh();
    try {
      const reversal = await reverseEntry(
        api,
        this.#options.clientId(),
        entry.id,
        reason,
        key,
        signal,
      );
      if (signal.aborted) return;
      this.#busy = false;
      this.#key.done();
      this.#dialog.close();
      this.#options.onEntry(reversal);
    } catch (error) {
      if (signal.aborted) return;
      this.#busy = false;
      const result = formErrors(error, ['reason'], t, { failedTitle: t.unitsReverseFailed });
      this.#error = result.fields.get('reason');
      this.#failure = result.form;
      this.#retry = error instanceof NetworkError || (error as { status?: number }).status! >= 500;
      this.refresh();
    }
  }
}
