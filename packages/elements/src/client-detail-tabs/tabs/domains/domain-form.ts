import { type ClienteleClient, type Domain, isApiError } from '@clientele/sdk';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { messageCatalog } from '../../../base/i18n/localize.ts';
import { SubmissionKey } from '../../../base/idempotency.ts';
import { dialogStyles } from '../../../ui/confirm-dialog.styles.ts';
import { DialogForm } from '../../../ui/dialog-form.ts';
import {
  ariaInvalid,
  describedBy,
  fieldErrorStyles,
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
 * alert, with Retry; what was typed stays (`ui/dialog-form.ts`).
 */
export class DomainForm {
  static readonly styles = [dialogStyles, fieldErrorStyles, domainFormStyles];

  readonly #options: DomainFormOptions;
  readonly #form: DialogForm<Field, Domain>;
  /** The ASCII form of an internationalised name as typed, shown under the field. */
  #ascii = '';
  /** One Idempotency-Key per submission. */
  readonly #key = new SubmissionKey();
  /** The name last sent, in its ASCII form (a 409 says it is taken). */
  #sent = '';

  constructor(
    host: ReactiveControllerHost & { renderRoot: ParentNode },
    options: DomainFormOptions,
  ) {
    this.#options = options;
    this.#form = new DialogForm(host, 'domain-dialog', (field) => IDS[field], {
      text: () => this.#text(),
      onDone: (domain) => options.onDone(domain),
      onClose: () => this.#key.done(),
    });
  }

  /** The open dialog. */
  get element(): HTMLDialogElement | undefined {
    return this.#form.element;
  }

  render() {
    return this.#form.render();
  }

  /** Opens the form, empty. */
  open(): void {
    if (this.#form.isOpen) return;
    const t = this.#text();
    this.#ascii = '';
    this.#key.done();
    this.#form.open({
      title: t.domainRegisterTitle,
      message: t.domainRegisterMessage,
      confirm: t.domainRegisterSubmit,
      failed: t.domainRegisterFailed,
      order: ORDER,
      fields: (errors) => this.#fields(errors),
      // The name's ASCII form follows what is typed.
      edited: (control) => {
        if (control.name !== 'name') return false;
        const check = checkDomainName(control.value, this.#text());
        const ascii = check.ok && check.idn ? check.ascii : '';
        const changed = ascii !== this.#ascii;
        this.#ascii = ascii;
        return changed;
      },
      validate: (data) => {
        const check = checkDomainName(String(data.get('name') ?? ''), this.#text());
        return new Map<Field, string>(check.ok ? [] : [['name', check.message]]);
      },
      send: async (data, signal) => {
        const check = checkDomainName(String(data.get('name') ?? ''), this.#text());
        const body = { name: check.ok ? check.ascii : '', years: Number(data.get('years') ?? 1) };
        this.#sent = body.name;
        const api = this.#options.client();
        if (!api) throw new Error('No SDK client');
        const domain = await registerDomain(
          api,
          this.#options.clientId(),
          body,
          this.#key.for(body),
          signal,
        );
        this.#key.done();
        return domain;
      },
      // Taken: the name's own problem, said on the name; nothing else to tell.
      explain: (error, shared) =>
        isApiError(error) && error.status === 409 && !shared.fields.has('name')
          ? {
              fields: new Map([
                ...shared.fields,
                ['name', this.#text().domainTaken({ name: this.#sent })],
              ]),
              form: undefined,
            }
          : undefined,
    });
  }

  #text(): Text {
    return { ...this.#options.text(), ...domainFormText(this.#options.locale()) };
  }

  #fields(errors: ReadonlyMap<Field, string>) {
    const t = this.#text();
    const name = errors.get('name');
    const years = errors.get('years');
    return html`<div class="field">
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
      </div>`;
  }
}
