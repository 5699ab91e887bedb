import { type ClienteleClient, type Domain, isApiError } from '@clientele/sdk';
import { html, nothing, type ReactiveControllerHost } from 'lit';
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
import { domainFormStyles } from './domain-form.styles.ts';
import { checkDomainName } from './domain-name.ts';
import { registerDomain } from './domains-api.ts';
import { type DomainFormMessages, domainFormEn } from './form-messages.en.ts';
import type { DomainsTabText } from './messages.ts';

/** The form's own messages, in English and, loaded when first used, German. */
export const domainFormText = messageCatalog({
  en: domainFormEn,
  de: () => import('./form-messages.de.ts').then((m) => m.domainFormDe),
});

type Text = DomainsTabText & DomainFormMessages;
type Field = 'name' | 'years';

const IDS: Record<Field, string> = { name: 'domain-form-name', years: 'domain-form-years' };
const ORDER: readonly Field[] = ['name', 'years'];
const HINT_ID = 'domain-form-name-hint';
const YEARS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export interface DomainFormOptions {
  text(): DomainsTabText;
  locale(): string;
  client(): ClienteleClient | undefined;
  clientId(): string;
  /** The server registered the domain (the dialog is closed). */
  onDone(domain: Domain): void;
}

/**
 * The Domains tab's register form, in the shared dialog, loaded on first use: a domain name
 * (checked here first: `domain-name.ts` says the rules, internationalised names accepted in
 * their xn-- form) and the registration period (1 to 10 years). One Idempotency-Key per
 * submission, kept while the same name and period are sent again (a double click sends
 * once; Retry after a lost answer registers once) and new when they change. The API's 409
 * (the name is taken) and 422 field errors go on their field; other failures in the dialog's
 * alert; what was typed stays.
 */
export class DomainForm {
  static readonly styles = [dialogStyles, fieldErrorStyles, domainFormStyles];

  readonly #host: ReactiveControllerHost & { renderRoot: ParentNode };
  readonly #options: DomainFormOptions;
  readonly #dialog: ConfirmDialog;
  #errors = new Map<Field, string>();
  #busy = false;
  #failure: FormProblem | undefined;
  #controller: AbortController | undefined;
  #focusInvalid = false;
  /** The ASCII form of an internationalised name as typed, shown under the field. */
  #ascii = '';
  /** One Idempotency-Key per submission. */
  readonly #key = new SubmissionKey();

  constructor(
    host: ReactiveControllerHost & { renderRoot: ParentNode },
    options: DomainFormOptions,
  ) {
    this.#host = host;
    this.#options = options;
    this.#dialog = new ConfirmDialog(host, 'domain-dialog');
    host.addController(this);
  }

  /** The open dialog. */
  get element(): HTMLDialogElement | undefined {
    return this.#dialog.element;
  }

  hostUpdated(): void {
    if (!this.#focusInvalid) return;
    this.#focusInvalid = false;
    focusFirstInvalid(this.#host.renderRoot, ORDER, this.#errors, (f) => IDS[f]);
  }

  render() {
    return this.#dialog.render();
  }

  /** Opens the form, empty. */
  open(): void {
    if (this.#dialog.isOpen) return;
    const t = this.#text();
    this.#errors.clear();
    this.#busy = false;
    this.#failure = undefined;
    this.#ascii = '';
    this.#key.done();
    this.#dialog.open(
      {
        title: t.domainRegisterTitle,
        message: t.domainRegisterMessage,
        confirmLabel: t.domainRegisterSubmit,
        cancelLabel: t.cancel,
        fields: this.#fields(),
      },
      (data) => void this.#submit(data),
      () => {
        this.#controller?.abort();
        this.#key.done();
      },
    );
  }

  #text(): Text {
    return { ...this.#options.text(), ...domainFormText(this.#options.locale()) };
  }

  #fields() {
    const t = this.#text();
    const name = this.#errors.get('name');
    const years = this.#errors.get('years');
    return html`<div class="form-fields" @input=${this.#onEdit} @change=${this.#onEdit}>
      <div class="field">
        <label for=${IDS.name}>${t.domainNameLabel}</label>
        <input id=${IDS.name} class="input" name="name" type="text" autocomplete="off"
          spellcheck="false" autocapitalize="none" aria-required="true" maxlength="253"
          aria-invalid=${ariaInvalid(name)} aria-describedby=${describedBy(IDS.name, name, HINT_ID)} />
        ${renderFieldError(IDS.name, name)}
        <p id=${HINT_ID} class="hint">${t.domainNameHint}</p>
        ${this.#ascii ? html`<p class="hint ascii" role="status">${t.domainNameAscii({ ascii: this.#ascii })}</p>` : nothing}
      </div>
      <div class="field">
        <label for=${IDS.years}>${t.domainYearsLabel}</label>
        <select id=${IDS.years} class="input" name="years"
          aria-invalid=${ariaInvalid(years)} aria-describedby=${describedBy(IDS.years, years)}>
          ${YEARS.map((n) => html`<option value=${n} ?selected=${n === 1}>${t.domainYears({ years: n })}</option>`)}
        </select>
        ${renderFieldError(IDS.years, years)}
      </div>
    </div>`;
  }

  #refresh(): void {
    if (!this.#dialog.isOpen) return;
    this.#dialog.update({ fields: this.#fields(), busy: this.#busy, error: this.#failure });
  }

  /** Editing a field clears its error; the name's ASCII form follows what is typed. */
  #onEdit = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    const field = target.name as Field;
    let changed = this.#errors.delete(field);
    if (field === 'name') {
      const check = checkDomainName(target.value, this.#text());
      const ascii = check.ok && check.idn ? check.ascii : '';
      changed ||= ascii !== this.#ascii;
      this.#ascii = ascii;
    }
    if (changed) this.#refresh();
  };

  async #submit(data: FormData): Promise<void> {
    if (this.#busy) return;
    const t = this.#text();
    const typed = String(data.get('name') ?? '');
    const check = checkDomainName(typed, t);
    this.#errors = new Map();
    this.#failure = undefined;
    if (!check.ok) {
      this.#errors.set('name', check.message);
      this.#focusInvalid = true;
      this.#refresh();
      return;
    }
    const body = { name: check.ascii, years: Number(data.get('years') ?? 1) };
    const key = this.#key.for(body);
    const api = this.#options.client();
    if (!api) return;
    const controller = new AbortController();
    this.#controller = controller;
    this.#busy = true;
    this.#refresh();
    try {
      const domain = await registerDomain(
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
      this.#options.onDone(domain);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#busy = false;
      const result = formErrors(error, ORDER, t, { failedTitle: t.domainRegisterFailed });
      this.#errors = new Map(result.fields);
      this.#failure = result.form;
      if (isApiError(error) && error.status === 409 && !this.#errors.has('name')) {
        // Taken: the name's own problem, said on the name; nothing else to tell.
        this.#errors.set('name', t.domainTaken({ name: body.name }));
        this.#failure = undefined;
      }
      this.#focusInvalid = this.#errors.size > 0;
      this.#refresh();
    }
  }
}
