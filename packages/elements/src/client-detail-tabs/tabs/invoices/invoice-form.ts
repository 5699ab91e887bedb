import {
  type Client,
  type ClienteleClient,
  type Invoice,
  type InvoiceCreate,
  isApiError,
  NetworkError,
} from '@clientele/sdk';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { formatDecimal } from '../../../base/format/decimal.ts';
import { multiplyDecimal, roundDecimal, sumDecimal } from '../../../base/format/decimal-math.ts';
import { parseLocaleAmount } from '../../../base/format/locale-amount.ts';
import { formatMoney } from '../../../base/format/money.ts';
import { messageCatalog } from '../../../base/i18n/localize.ts';
import { SubmissionKey } from '../../../base/idempotency.ts';
import { dialogStyles } from '../../../ui/confirm-dialog.styles.ts';
import { ConfirmDialog } from '../../../ui/confirm-dialog.ts';
import {
  ariaInvalid,
  describedBy,
  type FormProblem,
  fieldErrorStyles,
  focusFirstInvalid,
  formErrors,
  renderFieldError,
} from '../../../ui/form-errors.ts';
import { type InvoiceFormMessages, invoiceFormEn } from './form-messages.en.ts';
import { invoiceFormStyles } from './invoice-form.styles.ts';
import { createInvoice, loadClient } from './invoice-form-api.ts';
import { currencyDigits } from './invoice-math.ts';
import type { InvoicesTabText } from './messages.ts';

/** The form's own messages, in English and, loaded when first used, German. */
export const invoiceFormText = messageCatalog({
  en: invoiceFormEn,
  de: () => import('./form-messages.de.ts').then((m) => m.invoiceFormDe),
});

type Text = InvoicesTabText & InvoiceFormMessages;
type LinePart = 'description' | 'quantity' | 'unit_price';

interface Line {
  readonly key: number;
  description: string;
  quantity: string;
  unitPrice: string;
}

export interface InvoiceFormOptions {
  text(): InvoicesTabText;
  locale(): string;
  client(): ClienteleClient | undefined;
  clientId(): string;
  /** The client as the page provides it (`clientRecordContext`); else the form reads it. */
  record(): Client | undefined;
  /** The server created the invoice (the dialog is closed). */
  onCreated(invoice: Invoice): void;
}

/** The API's limit on lines. */
const MAX_LINES = 200;
/** Fraction digits a quantity or a unit price may have here. */
const MAX_SCALE = 6;
const DUE_ID = 'invoice-due';
const ADD_LINE_ID = 'invoice-add-line';
const lineId = (line: Line, part: LinePart) => `invoice-line-${line.key}-${part}`;
const DAY = 86_400_000;

/**
 * "Add invoice", loaded on first use: lines (description, quantity, unit price as decimal
 * text; add and remove lines), a due date, and a preview of each line's amount and the
 * subtotal computed exactly on the decimal strings as they are typed. Tax is the server's
 * (the contract computes it from the client's tax settings): the preview says so, or says
 * there is none for a tax-exempt client. The currency is the client's.
 *
 * One Idempotency-Key per submission (`SubmissionKey`): a second click while the first is on
 * its way sends nothing (the button is `aria-disabled`), and "Send again" after a failure that
 * may have reached the server (network error, 5xx) sends the same key and body, so the server
 * answers with the first invoice instead of making a second. Editing the form makes a new
 * submission. A refused submission keeps every value typed (the form's model holds each
 * keystroke, and the fields show the model, so adding or removing a line moves no value to
 * another line); the API's field errors (`due_at`, `lines.2.unit_price`) land on their fields.
 */
export class InvoiceForm {
  static readonly styles = [dialogStyles, fieldErrorStyles, invoiceFormStyles];

  readonly #host: ReactiveControllerHost & { renderRoot: ParentNode };
  readonly #options: InvoiceFormOptions;
  readonly #dialog: ConfirmDialog;
  readonly #key = new SubmissionKey();
  #lines: Line[] = [];
  #nextKey = 0;
  #due = '';
  #errors = new Map<string, string>();
  #failure: FormProblem | undefined;
  #busy = false;
  #retry = false;
  #focusInvalid = false;
  #controller: AbortController | undefined;
  /** The client read by the form itself (outside a client page). */
  #client: Client | undefined;

  constructor(
    host: ReactiveControllerHost & { renderRoot: ParentNode },
    options: InvoiceFormOptions,
  ) {
    this.#host = host;
    this.#options = options;
    this.#dialog = new ConfirmDialog(host, 'invoice-dialog');
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.#dialog.isOpen;
  }

  hostUpdated(): void {
    if (!this.#focusInvalid) return;
    this.#focusInvalid = false;
    const order = this.#fieldOrder();
    focusFirstInvalid(this.#host.renderRoot, order, this.#errors, (field) =>
      this.#controlId(field),
    );
  }

  render() {
    return this.#dialog.render();
  }

  /** Opens the form with one empty line, due in 14 days. */
  open(): void {
    if (this.#dialog.isOpen) return;
    this.#lines = [this.#newLine()];
    this.#due = new Date(Date.now() + 14 * DAY).toISOString().slice(0, 10);
    this.#errors.clear();
    this.#failure = undefined;
    this.#busy = false;
    this.#retry = false;
    this.#key.done();
    const t = this.#text();
    this.#dialog.open(
      { ...this.#view(t), title: t.invoiceFormTitle, cancelLabel: t.cancel },
      (data) => void this.#submit(data),
      () => {
        this.#controller?.abort();
        this.#key.done();
      },
    );
    if (!this.#options.record() && !this.#client) void this.#readClient();
  }

  /** Renders again (language, preview, busy, errors); the values typed stay. */
  refresh(): void {
    if (this.#dialog.isOpen) this.#dialog.update(this.#view(this.#text()));
  }

  #text(): Text {
    return { ...this.#options.text(), ...invoiceFormText(this.#options.locale()) };
  }

  async #readClient(): Promise<void> {
    const api = this.#options.client();
    if (!api) return;
    try {
      this.#client = await loadClient(api, this.#options.clientId(), new AbortController().signal);
      this.refresh();
    } catch {
      // The preview shows plain numbers; the server still uses the client's currency.
    }
  }

  get #record(): Client | undefined {
    return this.#options.record() ?? this.#client;
  }

  #newLine(): Line {
    return { key: ++this.#nextKey, description: '', quantity: '1', unitPrice: '' };
  }

  #view(t: Text) {
    return {
      message: t.invoiceFormMessage({ currency: this.#record?.currency ?? '' }),
      fields: this.#fields(t),
      confirmLabel: this.#retry ? t.invoiceFormSubmitAgain : t.invoiceFormSubmit,
      busy: this.#busy,
      error: this.#failure,
    };
  }

  /** The API's names of the fields, in the form's order (the first invalid is focused). */
  #fieldOrder(): string[] {
    const parts: LinePart[] = ['description', 'quantity', 'unit_price'];
    return [
      'due_at',
      ...this.#lines.flatMap((_, i) => parts.map((part) => `lines.${i}.${part}`)),
      'lines',
    ];
  }

  #controlId(field: string): string {
    if (field === 'due_at') return DUE_ID;
    const match = /^lines\.(\d+)\.(description|quantity|unit_price)$/.exec(field);
    const line = match ? this.#lines[Number(match[1])] : undefined;
    return line ? lineId(line, match![2] as LinePart) : ADD_LINE_ID;
  }

  #example(): string {
    return formatDecimal(this.#options.locale(), '1234.50', { useGrouping: false });
  }

  #parseQuantity(line: Line) {
    return parseLocaleAmount(line.quantity, this.#options.locale(), { scale: MAX_SCALE });
  }

  #parsePrice(line: Line) {
    return parseLocaleAmount(line.unitPrice, this.#options.locale(), {
      allowNegative: true,
      allowZero: true,
      scale: MAX_SCALE,
    });
  }

  /** A line's amount as the server computes it (rounded to the minor unit), or undefined. */
  #amount(line: Line): string | undefined {
    const quantity = this.#parseQuantity(line).value;
    const price = this.#parsePrice(line).value;
    if (!quantity || !price) return undefined;
    const currency = this.#record?.currency;
    const product = multiplyDecimal(quantity, price);
    return currency ? roundDecimal(product, currencyDigits(currency)) : product;
  }

  #money(amount: string): string {
    const locale = this.#options.locale();
    const currency = this.#record?.currency;
    return currency ? formatMoney(locale, { amount, currency }) : formatDecimal(locale, amount);
  }

  /** What typing changes: the line's value, the preview; the field's error and "Send again" go. */
  #onInput = (event: Event): void => {
    const control = event.target as HTMLInputElement;
    const name = control.name;
    if (name === 'due_at') {
      this.#due = control.value;
      this.#errors.delete('due_at');
    } else {
      const match = /^line-(\d+)-(description|quantity|unit_price)$/.exec(name);
      const index = match ? this.#lines.findIndex((l) => l.key === Number(match[1])) : -1;
      const line = this.#lines[index];
      if (!line || !match) return;
      const part = match[2] as LinePart;
      if (part === 'description') line.description = control.value;
      else if (part === 'quantity') line.quantity = control.value;
      else line.unitPrice = control.value;
      this.#errors.delete(`lines.${index}.${part}`);
    }
    this.#retry = false;
    this.refresh();
  };

  #addLine(): void {
    if (this.#lines.length >= MAX_LINES || this.#busy) return;
    const line = this.#newLine();
    this.#lines = [...this.#lines, line];
    this.#errors.delete('lines');
    this.#retry = false;
    this.refresh();
    void this.#host.updateComplete.then(() =>
      this.#host.renderRoot.querySelector<HTMLElement>(`#${lineId(line, 'description')}`)?.focus(),
    );
  }

  #removeLine(line: Line): void {
    if (this.#lines.length <= 1 || this.#busy) return;
    const index = this.#lines.indexOf(line);
    this.#lines = this.#lines.filter((l) => l !== line);
    // The server's messages name lines by position: after a removal they name other lines.
    for (const field of [...this.#errors.keys()]) {
      if (field.startsWith('lines')) this.#errors.delete(field);
    }
    this.#retry = false;
    this.refresh();
    const next = this.#lines[Math.min(index, this.#lines.length - 1)]!;
    void this.#host.updateComplete.then(() =>
      this.#host.renderRoot.querySelector<HTMLElement>(`#${lineId(next, 'description')}`)?.focus(),
    );
  }

  #fields(t: Text) {
    const dueError = this.#errors.get('due_at');
    const linesError = this.#errors.get('lines');
    return html`<div class="form-fields invoice-form" @input=${this.#onInput} @change=${this.#onInput}>
      <div class="field">
        <label for=${DUE_ID}>${t.invoiceDueLabel}</label>
        <input id=${DUE_ID} class="input due" type="date" name="due_at" .value=${this.#due}
          aria-required="true" aria-invalid=${ariaInvalid(dueError)}
          aria-describedby=${describedBy(DUE_ID, dueError)} />
        ${renderFieldError(DUE_ID, dueError)}
      </div>
      <fieldset class="lines" aria-describedby="invoice-number-hint">
        <legend>${t.invoiceLinesLegend}</legend>
        <p id="invoice-number-hint" class="hint">${t.invoiceNumberHint({ example: this.#example() })}</p>
        ${this.#lines.map((line, index) => this.#renderLine(t, line, index))}
        <button id=${ADD_LINE_ID} part="add-line" class="button add-line" type="button"
          aria-disabled=${this.#lines.length >= MAX_LINES || this.#busy ? 'true' : nothing}
          aria-describedby=${describedBy(ADD_LINE_ID, linesError)}
          @click=${() => this.#addLine()}>${t.invoiceAddLine}</button>
        ${renderFieldError(ADD_LINE_ID, linesError)}
      </fieldset>
      ${this.#renderPreview(t)}
      ${this.#retry ? html`<p class="hint">${t.invoiceFormRetryNote}</p>` : nothing}
    </div>`;
  }

  #renderLine(t: Text, line: Line, index: number) {
    const error = (part: LinePart) => this.#errors.get(`lines.${index}.${part}`);
    const control = (part: LinePart, label: string, value: string, numeric: boolean) => {
      const id = lineId(line, part);
      return html`<div class="field line-${part}">
        <label for=${id}>${label}</label>
        <input id=${id} class="input" name=${`line-${line.key}-${part}`} autocomplete="off"
          .value=${value} maxlength=${numeric ? 40 : 500}
          inputmode=${numeric ? 'decimal' : nothing}
          aria-required="true" aria-invalid=${ariaInvalid(error(part))}
          aria-describedby=${describedBy(id, error(part))} />
        ${renderFieldError(id, error(part))}
      </div>`;
    };
    const amount = this.#amount(line);
    return html`<fieldset part="invoice-line" class="line">
      <legend class="visually-hidden">${t.invoiceLineLegend({ n: index + 1 })}</legend>
      ${control('description', t.invoiceLineDescription, line.description, false)}
      ${control('quantity', t.invoiceLineQuantity, line.quantity, true)}
      ${control('unit_price', t.invoiceLineUnitPrice, line.unitPrice, true)}
      <div class="field line-amount">
        <span>${t.invoiceLineAmount}</span>
        <output>${amount === undefined ? '—' : this.#money(amount)}</output>
      </div>
      <button class="button remove-line" type="button"
        aria-label=${t.invoiceRemoveLine({ n: index + 1 })}
        aria-disabled=${this.#lines.length <= 1 || this.#busy ? 'true' : nothing}
        @click=${() => this.#removeLine(line)}>×</button>
    </fieldset>`;
  }

  #renderPreview(t: Text) {
    const amounts = this.#lines.map((line) => this.#amount(line));
    const complete = amounts.every((a) => a !== undefined);
    const subtotal = complete ? sumDecimal(amounts as string[]) : undefined;
    const exempt = this.#record?.tax_exempt === true;
    const shown = subtotal === undefined ? '—' : this.#money(subtotal);
    return html`<section part="invoice-preview" class="preview" aria-labelledby="invoice-preview-title">
      <h3 id="invoice-preview-title" class="preview-title">${t.invoicePreview}</h3>
      <dl aria-live="polite">
        <div><dt>${t.invoiceSubtotal}</dt><dd data-total="subtotal">${shown}</dd></div>
        <div><dt>${t.invoiceTax}</dt><dd data-total="tax">${exempt ? t.invoiceTaxExempt : t.invoiceTaxByServer}</dd></div>
        <div class="grand"><dt>${t.invoiceTotal}</dt><dd data-total="total">${
          subtotal === undefined || exempt ? shown : t.invoiceTotalPlusTax({ subtotal: shown })
        }</dd></div>
      </dl>
      <p class="hint">${t.invoicePreviewNote}</p>
    </section>`;
  }

  /** The form's own checks, worded; the body to send when they pass. */
  #validate(t: Text): InvoiceCreate | undefined {
    const errors = new Map<string, string>();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(this.#due)) errors.set('due_at', t.invoiceDateInvalid);
    const example = this.#example();
    const numberError = (problem: string | undefined, empty: boolean) =>
      !problem
        ? undefined
        : empty
          ? t.fieldRequired
          : problem === 'scale'
            ? t.invoiceNumberScale({ max: MAX_SCALE })
            : problem === 'invalid'
              ? t.invoiceNumberInvalid({ example })
              : t.invoiceQuantityNotPositive;
    const lines = this.#lines.map((line, i) => {
      const description = line.description.trim();
      if (!description) errors.set(`lines.${i}.description`, t.fieldRequired);
      const quantity = this.#parseQuantity(line);
      const price = this.#parsePrice(line);
      const q = numberError(quantity.problem, !line.quantity.trim());
      const p = numberError(price.problem, !line.unitPrice.trim());
      if (q) errors.set(`lines.${i}.quantity`, q);
      if (p) errors.set(`lines.${i}.unit_price`, p);
      return { description, quantity: quantity.value ?? '', unit_price: price.value ?? '' };
    });
    this.#errors = errors;
    return errors.size === 0 ? { due_at: this.#due, lines } : undefined;
  }

  async #submit(_data: FormData): Promise<void> {
    const api = this.#options.client();
    if (!api || this.#busy) return;
    const t = this.#text();
    this.#failure = undefined;
    const body = this.#validate(t);
    if (!body) {
      this.#focusInvalid = true;
      this.refresh();
      return;
    }
    const key = this.#key.for(body);
    const controller = new AbortController();
    this.#controller = controller;
    this.#busy = true;
    this.refresh();
    try {
      const invoice = await createInvoice(
        api,
        this.#options.clientId(),
        body,
        key,
        controller.signal,
      );
      if (controller.signal.aborted) return;
      this.#busy = false;
      this.#key.done();
      this.#dialog.close();
      this.#options.onCreated(invoice);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#busy = false;
      const result = formErrors(error, this.#fieldOrder(), t, { failedTitle: t.invoiceFormFailed });
      this.#errors = new Map(result.fields);
      this.#failure = isApiError(error)
        ? {
            title: t.invoiceFormFailed,
            detail: [result.form.title, result.form.detail].filter(Boolean).join(': '),
          }
        : result.form;
      // A failure that may have reached the server: the same key goes again.
      this.#retry = error instanceof NetworkError || (isApiError(error) && error.status >= 500);
      this.#focusInvalid = this.#errors.size > 0;
      this.refresh();
    }
  }
}
