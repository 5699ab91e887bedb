import type {
  ClienteleClient,
  Department,
  Ticket,
  TicketCreate,
  TicketPriority,
} from '@clientele/sdk';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { messageCatalog } from '../base/i18n/localize.ts';
import { SubmissionKey } from '../base/idempotency.ts';
import { dialogStyles } from '../ui/confirm-dialog.styles.ts';
import { DialogForm } from '../ui/dialog-form.ts';
import {
  ariaInvalid,
  describedBy,
  type FieldRules,
  fieldErrorStyles,
  renderFieldError,
  validateFields,
} from '../ui/form-errors.ts';
import { searchPickerStyles } from '../ui/search-picker.styles.ts';
import { SearchPicker } from '../ui/search-picker.ts';
import type { TicketListText } from './messages.ts';
import { ticketFormStyles } from './ticket-form.styles.ts';
import { createTicket, searchClients } from './ticket-form-api.ts';
import { TICKET_FORM_FIELDS, type TicketFormField } from './ticket-form-fields.ts';
import { type TicketFormMessages, ticketFormEn } from './ticket-form-messages.en.ts';

export { ticketFormEn };

/** The form's own messages, in English and, loaded when first used, German. */
export const ticketFormText = messageCatalog({
  en: ticketFormEn,
  de: () => import('./ticket-form-messages.de.ts').then((m) => m.ticketFormDe),
});

type TicketFormText = TicketListText & TicketFormMessages;

import { PRIORITY_KEYS } from './ticket-labels.ts';
import { TICKET_PRIORITIES } from './ticket-query.ts';

export interface TicketFormOptions {
  messages(): TicketListText;
  /** The widget's locale (the form's own messages follow it). */
  locale(): string;
  /** The form's own messages (`ticketFormEn`) in a locale; the list gives `ticketFormText`. */
  formMessages?(locale: string): TicketFormMessages;
  client(): ClienteleClient | undefined;
  /** The fixed client (per-client mode); undefined: the form asks for one. */
  clientId(): string | undefined;
  departments(): readonly Department[] | undefined;
  /** Departments failed to load (the field says so). */
  departmentsFailed(): boolean;
  /** The ticket was opened. */
  onCreated(ticket: Ticket): void;
}

const FIELD_IDS: Record<TicketFormField, string> = {
  client_id: 'ticket-client',
  department_id: 'ticket-department',
  priority: 'ticket-priority',
  title: 'ticket-title',
  message: 'ticket-message',
};

/** What each field but the client must hold (as `TicketCreate` in the API), in the form's order. */
const RULES = {
  department_id: { required: true },
  priority: { required: true },
  title: { required: true, minLength: 3, maxLength: 200 },
  message: { required: true, maxLength: 10000 },
} as const satisfies Record<Exclude<TicketFormField, 'client_id'>, FieldRules>;

/**
 * The "open a ticket" form in the shared confirmation dialog, run by `ui/dialog-form.ts`:
 * labelled fields checked by the form itself before sending (`validateFields`: its own
 * messages, in the widget's language, whether submitted by click or Enter), then the API's
 * field errors (`errors[]`) on their fields the same way (`aria-invalid`, described by the
 * visible message, the first invalid field focused); any other failure is the dialog's alert
 * and the button reads Retry; everything typed stays. One Idempotency-Key per submission, kept
 * while the same ticket is sent again (a double click opens one ticket; so does Retry after a
 * lost answer) and new when the form changed. In queue mode the client is chosen with a
 * searchable picker.
 */
export class TicketCreateForm {
  /** What the form adds to its host's styles (the dialog's too: the list's first paint has none). */
  static readonly styles = [dialogStyles, fieldErrorStyles, searchPickerStyles, ticketFormStyles];

  readonly #options: TicketFormOptions;
  readonly #form: DialogForm<TicketFormField, Ticket>;
  readonly #picker: SearchPicker;
  /** One Idempotency-Key per submission. */
  readonly #key = new SubmissionKey();
  /** The field errors being rendered (`#fields` sets them for its helpers). */
  #errors: ReadonlyMap<TicketFormField, string> = new Map();

  constructor(
    host: ReactiveControllerHost & { renderRoot: ParentNode },
    options: TicketFormOptions,
  ) {
    this.#options = options;
    this.#form = new DialogForm(host, 'ticket-create-dialog', (field) => FIELD_IDS[field], {
      text: () => this.#text(),
      onDone: (ticket) => options.onCreated(ticket),
      onClose: () => {
        this.#picker.reset();
        this.#key.done();
      },
    });
    this.#picker = new SearchPicker({
      id: FIELD_IDS.client_id,
      name: 'client_id',
      part: 'client-options',
      root: () => host.renderRoot,
      onChange: () => this.#form.refresh(),
      search: async (text, signal) => {
        const api = this.#options.client();
        return api ? searchClients(api, text, signal) : [];
      },
    });
  }

  get isOpen(): boolean {
    return this.#form.isOpen;
  }

  /** The dialog element while open. */
  get element(): HTMLDialogElement | undefined {
    return this.#form.element;
  }

  open(): void {
    if (this.#form.isOpen) return;
    this.#picker.reset();
    this.#key.done();
    const t = this.#text();
    // A fixed client is no field of the form: its errors are the dialog's.
    const fixedClient = this.#options.clientId() !== undefined;
    this.#form.open({
      title: t.createTicketTitle,
      message: t.createTicketMessage,
      confirm: t.createTicketSubmit,
      failed: t.createTicketFailed,
      order: fixedClient
        ? TICKET_FORM_FIELDS.filter((field) => field !== 'client_id')
        : TICKET_FORM_FIELDS,
      fields: (errors) => this.#fields(errors),
      // The picker's search field has no name of its own: its edits are the client's.
      fieldOf: (control) => (control.name || 'client_id') as TicketFormField,
      validate: (data) => {
        const body = this.#body(data);
        // Typed text that is no chosen client is none.
        const client = { required: true, message: this.#text().ticketClientChoose };
        const rules = { ...(fixedClient ? {} : { client_id: client }), ...RULES };
        return validateFields((field) => body[field], rules, this.#text());
      },
      send: async (data, signal) => {
        const api = this.#options.client();
        if (!api) throw new Error('No SDK client');
        const body = this.#body(data);
        const ticket = await createTicket(api, body, this.#key.for(body), signal);
        this.#key.done();
        return ticket;
      },
    });
  }

  close(): void {
    this.#form.close();
  }

  render() {
    return this.#form.render();
  }

  /** Renders the open form again (departments arrived, the locale changed); values stay. */
  refresh(): void {
    this.#form.refresh();
  }

  /** The list's messages and the form's own, in the widget's locale. */
  #text(): TicketFormText {
    const { messages, formMessages, locale } = this.#options;
    return { ...messages(), ...formMessages!(locale()) };
  }

  /** The ticket the form holds, as the API takes it. */
  #body(data: FormData): TicketCreate {
    return {
      client_id: this.#options.clientId() ?? this.#picker.selected?.id ?? '',
      department_id: String(data.get('department_id') ?? ''),
      priority: String(data.get('priority') ?? 'medium') as TicketPriority,
      title: String(data.get('title') ?? '').trim(),
      message: String(data.get('message') ?? ''),
    };
  }

  #fields(errors: ReadonlyMap<TicketFormField, string>) {
    this.#errors = errors;
    const t = this.#text();
    const fixedClient = this.#options.clientId() !== undefined;
    return html`${
      fixedClient
        ? nothing
        : this.#picker.render(
            {
              label: t.ticketClient,
              hint: t.ticketClientHint,
              searching: t.clientSearching,
              found: (count) => t.clientsFound({ count }),
              failed: t.clientSearchFailed,
            },
            errors.get('client_id'),
          )
    }
      <div class="form-row">
        ${this.#departmentField(t)} ${this.#priorityField(t)}
      </div>
      ${this.#field(
        'title',
        t.columnTitle,
        html`<input
          id=${FIELD_IDS.title}
          class="input"
          type="text"
          name="title"
          aria-required="true"
          maxlength="200"
          autocomplete="off"
          aria-invalid=${this.#invalid('title')}
          aria-describedby=${this.#describedBy('title')}
        />`,
      )}
      ${this.#field(
        'message',
        t.ticketMessage,
        html`<textarea
          id=${FIELD_IDS.message}
          class="input"
          name="message"
          aria-required="true"
          maxlength="10000"
          rows="6"
          aria-invalid=${this.#invalid('message')}
          aria-describedby=${this.#describedBy('message')}
        ></textarea>`,
      )}`;
  }

  #invalid(field: TicketFormField) {
    return ariaInvalid(this.#errors.get(field));
  }

  #describedBy(field: TicketFormField) {
    return describedBy(FIELD_IDS[field], this.#errors.get(field));
  }

  #field(field: TicketFormField, label: string, control: unknown, extra: unknown = nothing) {
    return html`<div class="field">
      <label for=${FIELD_IDS[field]}>${label}</label>
      ${control} ${renderFieldError(FIELD_IDS[field], this.#errors.get(field))} ${extra}
    </div>`;
  }

  #departmentField(t: TicketFormText) {
    const departments = this.#options.departments() ?? [];
    const failed = this.#options.departmentsFailed() && departments.length === 0;
    return this.#field(
      'department_id',
      t.columnDepartment,
      html`<select
        id=${FIELD_IDS.department_id}
        class="input"
        name="department_id"
        aria-required="true"
        aria-invalid=${this.#invalid('department_id')}
        aria-describedby=${this.#describedBy('department_id')}
      >
        <option value="">${t.chooseDepartment}</option>
        ${departments.map((d) => html`<option value=${d.id}>${d.name}</option>`)}
      </select>`,
      failed ? html`<p class="hint">${t.departmentsFailed}</p>` : nothing,
    );
  }

  #priorityField(t: TicketFormText) {
    return this.#field(
      'priority',
      t.columnPriority,
      html`<select
        id=${FIELD_IDS.priority}
        class="input"
        name="priority"
        aria-required="true"
        aria-invalid=${this.#invalid('priority')}
        aria-describedby=${this.#describedBy('priority')}
      >
        ${TICKET_PRIORITIES.map(
          (p) =>
            html`<option value=${p} ?selected=${p === 'medium'}>${t[PRIORITY_KEYS[p]] as string}</option>`,
        )}
      </select>`,
    );
  }
}
