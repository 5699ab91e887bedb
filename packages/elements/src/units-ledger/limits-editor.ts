import type { UnitBalance, UnitBalanceUpdate } from '@clientele/sdk';
import { isConflict, type Versioned } from '@clientele/sdk/versioned';
import { html, nothing } from 'lit';
import { compareDecimal } from '../base/format/decimal-math.ts';
import { parseLocaleAmount, toLocaleInput } from '../base/format/locale-amount.ts';
import { formatUnits } from '../base/format/units.ts';
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
import { readLimits, saveLimits } from './units-actions-api.ts';

export const LIMIT_FIELDS = ['warn_level', 'cutoff', 'credit_limit', 'credit_customer'] as const;
type LimitField = (typeof LIMIT_FIELDS)[number];
type AmountField = Exclude<LimitField, 'credit_customer'>;
const id = (field: LimitField) => `limits-${field.replace('_', '-')}`;

/**
 * The limits editor: warn level, cutoff, credit limit and the credit-customer flag, read with
 * their version (`readVersioned`) when it opens and saved with `If-Match` (`updateVersioned`),
 * sending only what the user changed. When someone else saved meanwhile (412), it shows the
 * values saved now beside the user's, to apply the user's over them (on the new version) or to
 * discard them; what was typed stays until the user decides.
 */
export class LimitsEditor {
  readonly #host: ActionsHost;
  readonly #options: UnitsActionsOptions;
  readonly #text: () => UnitsActionsText;
  readonly #dialog: ConfirmDialog;
  #base: Versioned<UnitBalance> | undefined;
  #loadFailed: FormProblem | undefined;
  #errors = new Map<LimitField, string>();
  #failure: FormProblem | undefined;
  #conflict: { mine: UnitBalanceUpdate; theirs: Versioned<UnitBalance> } | undefined;
  #busy = false;
  #focusInvalid = false;
  #controller: AbortController | undefined;

  constructor(host: ActionsHost, options: UnitsActionsOptions, text: () => UnitsActionsText) {
    this.#host = host;
    this.#options = options;
    this.#text = text;
    this.#dialog = new ConfirmDialog(host, 'units-limits-dialog');
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.#focusInvalid) return;
    this.#focusInvalid = false;
    focusFirstInvalid(this.#host.renderRoot, LIMIT_FIELDS, this.#errors, id);
  }

  open(): void {
    if (this.#dialog.isOpen) return;
    this.#base = undefined;
    this.#loadFailed = undefined;
    this.#errors.clear();
    this.#failure = undefined;
    this.#conflict = undefined;
    this.#busy = false;
    const t = this.#text();
    this.#dialog.open(
      {
        ...this.#view(t),
        title: t.unitsLimitsTitle,
        message: t.unitsLimitsMessage,
        cancelLabel: t.cancel,
      },
      (data) => void this.#submit(data),
      () => this.#controller?.abort(),
    );
    void this.#load();
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
    this.#controller = new AbortController();
    try {
      this.#base = await readLimits(api, this.#options.clientId(), this.#controller.signal);
    } catch (error) {
      if (this.#controller.signal.aborted) return;
      this.#loadFailed = formErrors(error, [], this.#text()).form;
    }
    this.refresh();
  }

  #units(value: string): string {
    return formatUnits(this.#options.locale(), value, this.#base?.data.unit ?? '', {
      label: this.#text().unitsAmount,
    });
  }

  #view(t: UnitsActionsText) {
    const base = this.#base?.data;
    const locale = this.#options.locale();
    if (!base) {
      return {
        confirmLabel: t.unitsLimitsSubmit,
        busy: !this.#loadFailed,
        error: this.#loadFailed,
        fields: this.#loadFailed
          ? nothing
          : html`<p class="hint" role="status">${t.unitsLimitsLoading}</p>`,
      };
    }
    const labels: Record<LimitField, string> = {
      warn_level: t.unitsWarnLevel,
      cutoff: t.unitsCutoff,
      credit_limit: t.unitsCreditLimit,
      credit_customer: t.unitsCreditCustomer,
    };
    const amount = (field: AmountField) => {
      const error = this.#errors.get(field);
      return html`<div class="field">
        <label for=${id(field)}>${labels[field]}</label>
        <input
          id=${id(field)}
          class="input"
          name=${field}
          inputmode="decimal"
          autocomplete="off"
          value=${toLocaleInput(base[field], locale)}
          aria-invalid=${ariaInvalid(error)}
          aria-describedby=${describedBy(id(field), error)}
        />
        ${renderFieldError(id(field), error)}
      </div>`;
    };
    const customerError = this.#errors.get('credit_customer');
    return {
      confirmLabel: this.#conflict ? t.unitsConflictReapply : t.unitsLimitsSubmit,
      busy: this.#busy,
      error: this.#failure,
      fields: html`<div class="form-fields" @input=${() => this.#onInput()}>
        <div class="form-row">${amount('warn_level')} ${amount('cutoff')}</div>
        <div class="form-row">
          ${amount('credit_limit')}
          <div class="field">
            <label class="choice">
              <input
                id=${id('credit_customer')}
                type="checkbox"
                name="credit_customer"
                ?checked=${base.credit_customer}
                aria-invalid=${ariaInvalid(customerError)}
                aria-describedby=${describedBy(id('credit_customer'), customerError, 'limits-customer-hint')}
              />
              ${labels.credit_customer}
            </label>
            ${renderFieldError(id('credit_customer'), customerError)}
            <p id="limits-customer-hint" class="hint">${t.unitsLimitsCreditCustomerHint}</p>
          </div>
        </div>
        ${this.#conflict ? this.#renderConflict(t, labels) : nothing}
      </div>`,
    };
  }

  #renderConflict(t: UnitsActionsText, labels: Record<LimitField, string>) {
    const { mine, theirs } = this.#conflict!;
    const show = (field: LimitField, value: unknown) =>
      field === 'credit_customer' ? (value ? t.unitsYes : t.unitsNo) : this.#units(String(value));
    return html`<div class="conflict" role="alert">
      <p><strong>${t.unitsConflictTitle}</strong> ${t.unitsConflictMessage}</p>
      <table class="conflict-table">
        <thead>
          <tr>
            <th scope="col">${t.unitsConflictField}</th>
            <th scope="col">${t.unitsConflictYours}</th>
            <th scope="col">${t.unitsConflictTheirs}</th>
          </tr>
        </thead>
        <tbody>
          ${LIMIT_FIELDS.filter((f) => mine[f] !== undefined).map(
            (field) => html`<tr data-field=${field}>
              <th scope="row">${labels[field]}</th>
              <td>${show(field, mine[field])}</td>
              <td>${show(field, theirs.data[field])}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <button class="button" type="button" @click=${() => this.#discard()}>${t.unitsConflictDiscard}</button>
    </div>`;
  }

  #onInput(): void {
    if (this.#errors.size === 0) return;
    this.#errors.clear();
    this.refresh();
  }

  /** The user's edits, parsed in their locale: only fields that differ from the base. */
  #changes(data: FormData, t: UnitsActionsText): UnitBalanceUpdate {
    const base = this.#base!.data;
    const locale = this.#options.locale();
    const body: UnitBalanceUpdate = {};
    this.#errors.clear();
    for (const field of ['warn_level', 'cutoff', 'credit_limit'] as const) {
      const typed = String(data.get(field) ?? '');
      const parsed = parseLocaleAmount(typed, locale, {
        allowNegative: field !== 'credit_limit',
        allowZero: true,
      });
      if (parsed.problem) {
        this.#errors.set(
          field,
          parsed.problem === 'scale'
            ? t.unitsAmountScale({ scale: 4 })
            : typed.trim()
              ? t.unitsAmountInvalid({ example: toLocaleInput('100.5', locale) })
              : t.fieldRequired,
        );
      } else if (compareDecimal(parsed.value, base[field]) !== 0) {
        body[field] = parsed.value;
      }
    }
    const customer = data.get('credit_customer') === 'on';
    if (customer !== base.credit_customer) body.credit_customer = customer;
    return body;
  }

  #discard(): void {
    const theirs = this.#conflict?.theirs;
    if (!theirs) return;
    this.#base = theirs;
    this.#conflict = undefined;
    this.#failure = undefined;
    const form = this.#dialog.element;
    const locale = this.#options.locale();
    for (const field of ['warn_level', 'cutoff', 'credit_limit'] as const) {
      const input = form?.querySelector<HTMLInputElement>(`#${id(field)}`);
      if (input) input.value = toLocaleInput(theirs.data[field], locale);
    }
    const box = form?.querySelector<HTMLInputElement>(`#${id('credit_customer')}`);
    if (box) box.checked = theirs.data.credit_customer;
    this.refresh();
  }

  async #submit(data: FormData): Promise<void> {
    const api = this.#options.client();
    if (!api || this.#busy || !this.#base) return;
    const t = this.#text();
    // Applying over a newer version: the user's edits on the version saved now.
    if (this.#conflict) {
      this.#base = this.#conflict.theirs;
      this.#conflict = undefined;
    }
    const body = this.#changes(data, t);
    this.#failure = undefined;
    if (this.#errors.size > 0) {
      this.#focusInvalid = true;
      this.refresh();
      return;
    }
    if (Object.keys(body).length === 0) {
      this.#dialog.close();
      return;
    }
    this.#controller = new AbortController();
    const { signal } = this.#controller;
    this.#busy = true;
    this.refresh();
    try {
      const saved = await saveLimits(api, this.#options.clientId(), body, this.#base.etag, signal);
      if (signal.aborted) return;
      this.#busy = false;
      this.#dialog.close();
      this.#options.onBalance(saved.data);
    } catch (error) {
      if (signal.aborted) return;
      this.#busy = false;
      if (isConflict<UnitBalance>(error)) {
        this.#conflict = { mine: body, theirs: error.current };
      } else {
        const result = formErrors(error, LIMIT_FIELDS, t, { failedTitle: t.unitsLimitsFailed });
        for (const [field, message] of result.fields) this.#errors.set(field, message);
        this.#failure = result.form;
        this.#focusInvalid = this.#errors.size > 0;
      }
      this.refresh();
    }
  }
}
