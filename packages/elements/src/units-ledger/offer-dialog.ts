import type { UnitEntry, UnitOffer } from '@clientele/sdk';
import { NetworkError } from '@clientele/sdk';
import { html, nothing } from 'lit';
import { formatMoney } from '../base/format/money.ts';
import { formatUnits } from '../base/format/units.ts';
import { SubmissionKey } from '../base/idempotency.ts';
import { ConfirmDialog } from '../ui/confirm-dialog.ts';
import { type FormProblem, formErrors } from '../ui/form-errors.ts';
import type { ActionsHost, UnitsActionsOptions, UnitsActionsText } from './actions-context.ts';
import { applyOffer, listOffers } from './units-actions-api.ts';

/**
 * Apply a unit offer: the offers from `/unit-offers` as radio buttons (units, price, validity),
 * confirmed, sent with one Idempotency-Key per submission; then the dialog shows the entry and
 * the invoice the offer made.
 */
export class OfferDialog {
  readonly #options: UnitsActionsOptions;
  readonly #text: () => UnitsActionsText;
  readonly #dialog: ConfirmDialog;
  readonly #key = new SubmissionKey();
  #offers: UnitOffer[] | undefined;
  #loadFailed = false;
  #failure: FormProblem | undefined;
  #choose: string | undefined;
  #busy = false;
  #retry = false;
  #done: UnitEntry | undefined;
  #controller: AbortController | undefined;

  constructor(host: ActionsHost, options: UnitsActionsOptions, text: () => UnitsActionsText) {
    this.#options = options;
    this.#text = text;
    this.#dialog = new ConfirmDialog(host, 'units-offer-dialog');
  }

  open(): void {
    if (this.#dialog.isOpen) return;
    this.#failure = undefined;
    this.#choose = undefined;
    this.#busy = false;
    this.#retry = false;
    this.#done = undefined;
    this.#key.done();
    const t = this.#text();
    this.#dialog.open(
      {
        ...this.#view(t),
        title: t.unitsOffersTitle,
        message: t.unitsOffersMessage,
        cancelLabel: t.cancel,
      },
      (data) => void this.#submit(data),
      () => {
        this.#controller?.abort();
        this.#key.done();
      },
    );
    if (!this.#offers) void this.#load();
  }

  refresh(): void {
    if (this.#dialog.isOpen) this.#dialog.update(this.#view(this.#text()));
  }

  render() {
    return this.#dialog.render();
  }

  async #load(): Promise<void> {
    const api = this.#options.client();
    if (!api) return;
    this.#loadFailed = false;
    this.refresh();
    try {
      this.#offers = await listOffers(api, new AbortController().signal);
    } catch {
      this.#loadFailed = true;
    }
    this.refresh();
  }

  #view(t: UnitsActionsText) {
    const locale = this.#options.locale();
    if (this.#done) {
      const entry = this.#done;
      return {
        confirmLabel: t.close,
        busy: false,
        error: undefined,
        fields: html`<p class="result" role="status">
          ${
            entry.invoice_id
              ? t.unitsOfferApplied({ entry: entry.id, invoice: entry.invoice_id })
              : t.unitsOfferAppliedFree({ entry: entry.id })
          }
        </p>`,
      };
    }
    const offers = this.#offers;
    const list = this.#loadFailed
      ? html`<div class="load-error" role="alert">
          <span>${t.unitsOffersFailed}</span>
          <button class="button" type="button" @click=${() => void this.#load()}>${t.retry}</button>
        </div>`
      : !offers
        ? html`<p class="hint" role="status">${t.unitsOffersLoading}</p>`
        : offers.length === 0
          ? html`<p class="hint">${t.unitsOffersNone}</p>`
          : html`<fieldset class="field choices offers" aria-describedby=${this.#choose ? 'offer-error' : nothing}>
              <legend>${t.unitsOfferLabel}</legend>
              ${offers.map(
                (offer, index) => html`<label class="choice offer">
                  <input type="radio" name="offer" value=${offer.id} id=${index === 0 ? 'offer-first' : nothing} />
                  <span>
                    ${t.unitsOfferOption({
                      name: offer.name,
                      units: formatUnits(locale, offer.units, offer.unit, { label: t.unitsAmount }),
                      price: formatMoney(locale, offer.price),
                    })}
                    <span class="hint"
                      >${offer.validity_days === null ? t.unitsOfferNoExpiry : t.unitsOfferValidity({ days: offer.validity_days })}</span
                    >
                  </span>
                </label>`,
              )}
              ${this.#choose ? html`<p id="offer-error" class="field-error">${this.#choose}</p>` : nothing}
            </fieldset>`;
    return {
      confirmLabel: this.#retry ? t.unitsRetrySubmit : t.unitsOfferSubmit,
      busy: this.#busy,
      error: this.#failure,
      fields: html`<div class="form-fields" @change=${() => this.#onChange()}>
        ${list} ${this.#retry ? html`<p class="hint">${t.unitsRetryNote}</p>` : nothing}
      </div>`,
    };
  }

  #onChange(): void {
    this.#choose = undefined;
    this.#retry = false;
    this.refresh();
  }

  async #submit(data: FormData): Promise<void> {
    if (this.#done) {
      this.#dialog.close();
      return;
    }
    const api = this.#options.client();
    if (!api || this.#busy) return;
    const t = this.#text();
    const offerId = String(data.get('offer') ?? '');
    this.#failure = undefined;
    if (!offerId) {
      this.#choose = t.unitsOfferChoose;
      this.refresh();
      this.#dialog.element?.querySelector<HTMLInputElement>('#offer-first')?.focus();
      return;
    }
    const key = this.#key.for({ offerId });
    this.#controller = new AbortController();
    const { signal } = this.#controller;
    this.#busy = true;
    this.refresh();
    try {
      const entry = await applyOffer(api, this.#options.clientId(), offerId, key, signal);
      if (signal.aborted) return;
      this.#busy = false;
      this.#key.done();
      this.#done = entry;
      this.refresh();
      this.#options.onEntry(entry);
    } catch (error) {
      if (signal.aborted) return;
      this.#busy = false;
      this.#failure = formErrors(error, [], t, { failedTitle: t.unitsOfferFailed }).form;
      this.#retry = error instanceof NetworkError || (error as { status?: number }).status! >= 500;
      this.refresh();
    }
  }
}
