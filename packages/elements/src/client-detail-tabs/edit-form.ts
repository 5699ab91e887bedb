import type { Client } from '@clientele/sdk';
import { isConflict, updateVersioned, type Versioned } from '@clientele/sdk/versioned';
import { html, nothing } from 'lit';
import { clientName } from '../base/format/client-name.ts';
import { validateFields } from '../ui/form-errors.ts';
import type { DetailActionsText } from './detail-actions.ts';
import type { DetailActionsOptions } from './detail-actions-loader.ts';
import {
  EDIT_FIELDS,
  EDIT_RULES,
  type EditField,
  editChanges,
  fieldValue,
  formValue,
} from './edit-fields.ts';
import {
  type Choice,
  countryChoices,
  currencyChoices,
  languageChoices,
  timeZoneChoices,
} from './edit-options.ts';
import type { FormDialog } from './form-dialog.ts';

type Option = Choice;

export interface EditFormOptions extends Omit<DetailActionsOptions, 't'> {
  t(): DetailActionsText;
  /** The changes were saved: the client as it is now. */
  saved(client: Client): void;
}

const LABELS: Record<EditField, keyof DetailActionsText> = {
  first_name: 'fieldFirstName',
  last_name: 'fieldLastName',
  email: 'fieldEmail',
  phone: 'fieldPhone',
  company: 'fieldCompany',
  type: 'fieldType',
  vat_id: 'fieldVatId',
  tax_exempt: 'fieldTaxExempt',
  address1: 'fieldAddress1',
  address2: 'fieldAddress2',
  city: 'fieldCity',
  state: 'fieldState',
  zip_code: 'fieldZipCode',
  country: 'fieldCountry',
  language: 'fieldLanguage',
  timezone: 'fieldTimezone',
  currency: 'fieldCurrency',
  payment_mode: 'fieldPaymentMode',
  group_id: 'fieldGroup',
  configuration_id: 'fieldConfiguration',
  external_billing_id: 'fieldExternalBillingId',
  notes: 'fieldNotes',
};

const AUTOCOMPLETE: Partial<Record<EditField, string>> = {
  first_name: 'off',
  email: 'off',
};

/**
 * "Edit details": every field of the contract's `ClientUpdate`, prefilled, sent as the fields
 * that changed with `If-Match` (`@clientele/sdk/versioned`). The API's field errors go on their
 * fields. On a 412 the client changed meanwhile: fields the user left alone take the server's
 * values; fields the user edited keep the edit and show the server's value under it; saving
 * again applies the edits over the new version, "Discard my edits" takes the server's values.
 * Nothing typed is lost on any failure.
 */
export class EditForm {
  readonly #form: FormDialog;
  readonly #options: EditFormOptions;
  /** The version the form's edits are based on. */
  #base: Versioned<Client> | undefined;
  /** After a 412: the fields the user edited that the server changed too. */
  #conflicts = new Set<EditField>();
  /**
   * After a 412, the user's value of each such field: a select renders it selected (rendering
   * the server's value as `selected` would replace the user's choice; a text field keeps what
   * was typed by itself).
   */
  #mine = new Map<EditField, string>();
  #groups: Option[] | undefined;
  #configurations: Option[] | undefined;

  constructor(form: FormDialog, options: EditFormOptions) {
    this.#form = form;
    this.#options = options;
  }

  open(): void {
    const record = this.#options.record();
    const api = this.#options.api();
    if (!record || !api) return;
    this.#base = record;
    this.#conflicts = new Set();
    this.#mine = new Map();
    void this.#loadChoices();
    const t = this.#options.t();
    this.#form.open<EditField>(
      {
        title: t.editTitle({ name: clientName(record.data) }),
        message: t.editMessage,
        confirmLabel: t.editSave,
        fields: EDIT_FIELDS,
        failedTitle: t.editFailed,
        render: (errors) => this.#render(errors),
        validate: (data) => validateFields((f) => formValue(data, f), EDIT_RULES, t),
        send: (data, signal) => this.#send(data, signal),
        explain: (error) => {
          if (!isConflict<Client>(error)) return undefined;
          this.#merge(error.current);
          return { title: t.conflictTitle, detail: t.conflictDetail };
        },
      },
      t,
    );
  }

  async #send(data: FormData, signal: AbortSignal): Promise<void> {
    const api = this.#options.api();
    const base = this.#base;
    if (!api || !base) return;
    const changes = editChanges(base.data, data);
    if (Object.keys(changes).length > 0) {
      const saved = await updateVersioned(api, 'PATCH', '/clients/{client_id}', {
        params: { path: { client_id: base.data.id } },
        body: changes,
        etag: base.etag,
        signal,
      });
      this.#options.setRecord(saved);
      this.#options.saved(saved.data);
    }
    this.#conflicts = new Set();
    this.#mine = new Map();
  }

  /** The form's controls, by field. */
  #control(field: EditField): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null {
    return this.#form.element?.querySelector(`#${this.#form.id(field)}`) ?? null;
  }

  #set(field: EditField, value: string): void {
    const control = this.#control(field);
    if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      control.checked = value === 'true';
    } else if (control) control.value = value;
  }

  /**
   * After a 412: the header shows the server's version; untouched fields take its values,
   * edited ones keep the edit, marked when the server changed them too.
   */
  #merge(current: Versioned<Client>): void {
    const before = this.#base;
    const form = this.#form.element?.querySelector('form');
    this.#base = current;
    this.#options.setRecord(current);
    if (!before || !form) return;
    const data = new FormData(form);
    this.#conflicts = new Set();
    for (const field of EDIT_FIELDS) {
      const mine = formValue(data, field);
      const old = fieldValue(before.data, field);
      const theirs = fieldValue(current.data, field);
      if (mine === old) this.#set(field, theirs);
      else if (theirs !== old && theirs !== mine) {
        this.#conflicts.add(field);
        this.#mine.set(field, mine);
      }
    }
  }

  #discard = (): void => {
    const base = this.#base;
    if (!base) return;
    for (const field of EDIT_FIELDS) this.#set(field, fieldValue(base.data, field));
    this.#conflicts = new Set();
    this.#mine = new Map();
    this.#form.refresh();
    this.#control('first_name')?.focus();
  };

  async #loadChoices(): Promise<void> {
    const api = this.#options.api();
    if (!api || (this.#groups && this.#configurations)) return;
    const query = { params: { query: { limit: 200 } } };
    const [groups, configurations] = await Promise.allSettled([
      api.GET('/client-groups', query),
      api.GET('/configurations', query),
    ]);
    if (groups.status === 'fulfilled') this.#groups = groups.value.data?.items ?? [];
    if (configurations.status === 'fulfilled') {
      this.#configurations = configurations.value.data?.items ?? [];
    }
    this.#form.refresh();
  }

  #render(errors: ReadonlyMap<EditField, string>) {
    const t = this.#options.t();
    const base = this.#base?.data;
    if (!base) return nothing;
    const field = (
      name: EditField,
      control: (c: ReturnType<FormDialog['control']>) => unknown,
      wide = false,
    ) => {
      const error = errors.get(name);
      const c = this.#form.control(name, error);
      const id = c.id;
      const conflict = this.#conflicts.has(name)
        ? html`<p class="server-value" id="${id}-server">${t.conflictServerValue({ value: this.#display(name, base) })}</p>`
        : nothing;
      return html`<div class=${wide ? 'wide' : ''}>
        ${this.#form.field(name, t[LABELS[name]] as string, error, control(c), conflict)}
      </div>`;
    };
    /** A text field; with `suggestions`, a list of them to pick from (any other value still goes). */
    const text = (name: EditField, type = 'text', wide = false, suggestions?: Option[]) =>
      field(
        name,
        // Never type="email": the browser's own check would stop a submit before ours speaks.
        (
          c,
        ) => html`<input id=${c.id} name=${c.name} class="input" type=${type === 'email' ? 'text' : type}
          inputmode=${type === 'email' ? 'email' : nothing}
          .defaultValue=${fieldValue(base, name)} autocomplete=${AUTOCOMPLETE[name] ?? (suggestions ? 'off' : nothing)}
          list=${suggestions ? `${c.id}-choices` : nothing}
          aria-required=${EDIT_RULES[name]?.required ? 'true' : nothing}
          aria-invalid=${c.invalid} aria-describedby=${this.#describedBy(name, c.describedBy)} />${
            suggestions
              ? html`<datalist id="${c.id}-choices">
                  ${suggestions.map((o) => html`<option value=${o.id}>${o.name}</option>`)}
                </datalist>`
              : nothing
          }`,
        wide,
      );
    const locale = this.#options.locale();
    const select = (name: EditField, options: Option[] | undefined, empty?: string) => {
      const value = this.#mine.get(name) ?? fieldValue(base, name);
      const list = options ?? [];
      const known = list.some((o) => o.id === value);
      // A value the list does not have (a group renamed meanwhile, a retired country code)
      // stays the selected one.
      const current =
        name === 'group_id'
          ? base.group
          : name === 'configuration_id'
            ? base.configuration
            : value
              ? { id: value, name: value }
              : undefined;
      return field(
        name,
        (c) => html`<select id=${c.id} name=${c.name} class="input" aria-invalid=${c.invalid}
          aria-describedby=${this.#describedBy(name, c.describedBy)}>
          ${empty !== undefined ? html`<option value="" ?selected=${value === ''}>${empty}</option>` : nothing}
          ${!known && current ? html`<option value=${current.id} selected>${current.name}</option>` : nothing}
          ${list.map((o) => html`<option value=${o.id} ?selected=${o.id === value}>${o.name}</option>`)}
        </select>`,
      );
    };
    return html`<div class="edit-form">
      ${
        this.#conflicts.size > 0
          ? html`<p><button class="button" type="button" @click=${this.#discard}>${t.discardEdits}</button></p>`
          : nothing
      }
      <div class="form-grid">
        ${text('first_name')} ${text('last_name')} ${text('email', 'email')} ${text('phone', 'tel')}
        ${text('company')}
        ${select('type', [
          { id: 'organization', name: t.typeOrganization },
          { id: 'individual', name: t.typeIndividual },
        ])}
        ${text('vat_id')}
        ${field(
          'tax_exempt',
          (c) => html`<span class="check"><input id=${c.id} name=${c.name} type="checkbox"
            .defaultChecked=${base.tax_exempt} aria-describedby=${this.#describedBy('tax_exempt', c.describedBy)} /></span>`,
        )}
        ${text('address1', 'text', true)} ${text('address2', 'text', true)} ${text('city')} ${text('state')}
        ${text('zip_code')} ${select('country', countryChoices(locale))}
        ${text('language', 'text', false, languageChoices(locale))}
        ${text('timezone', 'text', false, timeZoneChoices())}
        ${text('currency', 'text', false, currencyChoices(locale))}
        ${select('payment_mode', [
          { id: 'prepaid', name: t.paymentPrepaid },
          { id: 'postpaid', name: t.paymentPostpaid },
        ])}
        ${select('group_id', this.#groups, t.valueNoGroup)} ${select('configuration_id', this.#configurations)}
        ${text('external_billing_id')}
        ${field(
          'notes',
          (c) => html`<textarea id=${c.id} name=${c.name} class="input" rows="4" maxlength="10000"
            .defaultValue=${base.notes} aria-invalid=${c.invalid}
            aria-describedby=${this.#describedBy('notes', c.describedBy)}></textarea>`,
          true,
        )}
      </div>
    </div>`;
  }

  #describedBy(field: EditField, own: string | symbol) {
    if (!this.#conflicts.has(field)) return own;
    const server = `${this.#form.id(field)}-server`;
    return typeof own === 'string' ? `${own} ${server}` : server;
  }

  /** The server's value of a field, as text. */
  #display(field: EditField, client: Client): string {
    const t = this.#options.t();
    if (field === 'group_id') return client.group?.name ?? t.valueNoGroup;
    if (field === 'configuration_id') return client.configuration.name;
    if (field === 'tax_exempt') return client.tax_exempt ? t.valueYes : t.valueNo;
    if (field === 'country') {
      const country = countryChoices(this.#options.locale()).find((c) => c.id === client.country);
      if (country) return country.name;
    }
    return fieldValue(client, field) || t.valueNotSet;
  }
}
