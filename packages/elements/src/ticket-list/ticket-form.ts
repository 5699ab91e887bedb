import type {
  ClienteleClient,
  Department,
  Ticket,
  TicketCreate,
  TicketPriority,
} from '@clientele/sdk';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { messageCatalog } from '../base/i18n/localize.ts';
import { dialogStyles } from '../ui/confirm-dialog.styles.ts';
import { ConfirmDialog } from '../ui/confirm-dialog.ts';
import {
  ariaInvalid,
  describedBy,
  type FieldRules,
  type FormProblem,
  fieldErrorStyles,
  focusFirstInvalid,
  formErrors,
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
 * The "open a ticket" form in the shared confirmation dialog: labelled fields checked by the
 * form itself before sending (`validateFields`: its own messages, in the widget's language,
 * whether submitted by click or Enter), then the API's field errors (`errors[]`) on their
 * fields the same way (`ui/form-errors.ts`: `aria-invalid`, described by the visible message,
 * the first invalid field focused), and a failed submit that keeps everything typed (the
 * dialog never re-renders values). In queue mode the client is chosen with a searchable picker.
 */
export class TicketCreateForm {
  /** What the form adds to its host's styles (the dialog's too: the list's first paint has none). */
  static readonly styles = [dialogStyles, fieldErrorStyles, searchPickerStyles, ticketFormStyles];

  readonly #host: ReactiveControllerHost & { renderRoot: ParentNode };
  readonly #options: TicketFormOptions;
  readonly #dialog: ConfirmDialog;
  readonly #picker: SearchPicker;
  #errors = new Map<TicketFormField, string>();
  #busy = false;
  #failure: FormProblem | undefined;
  #controller: AbortController | undefined;
  #focusInvalid = false;

  constructor(
    host: ReactiveControllerHost & { renderRoot: ParentNode },
    options: TicketFormOptions,
  ) {
    this.#host = host;
    this.#options = options;
    this.#dialog = new ConfirmDialog(host, 'ticket-create-dialog');
    this.#picker = new SearchPicker({
      id: FIELD_IDS.client_id,
      name: 'client_id',
      part: 'client-options',
      root: () => host.renderRoot,
      onChange: () => this.#refresh(),
      search: async (text, signal) => {
        const api = this.#options.client();
        return api ? searchClients(api, text, signal) : [];
      },
    });
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.#dialog.isOpen;
  }

  /** The dialog element while open. */
  get element(): HTMLDialogElement | undefined {
    return this.#dialog.element;
  }

  hostUpdated(): void {
    if (!this.#focusInvalid) return;
    this.#focusInvalid = false;
    focusFirstInvalid(this.#host.renderRoot, TICKET_FORM_FIELDS, this.#errors, (f) => FIELD_IDS[f]);
  }

  open(): void {
    if (this.#dialog.isOpen) return;
    this.#errors.clear();
    this.#busy = false;
    this.#failure = undefined;
    this.#picker.reset();
    const t = this.#text();
    this.#dialog.open(
      {
        title: t.createTicketTitle,
        message: t.createTicketMessage,
        confirmLabel: t.createTicketSubmit,
        cancelLabel: t.cancel,
        fields: this.#fields(),
      },
      (data) => void this.#submit(data),
      () => {
        this.#controller?.abort();
        this.#picker.reset();
      },
    );
  }

  close(): void {
    this.#dialog.close();
  }

  render() {
    return this.#dialog.render();
  }

  /** Renders the open form again (departments arrived, the locale changed); values stay. */
  refresh(): void {
    this.#refresh();
  }

  /** The list's messages and the form's own, in the widget's locale. */
  #text(): TicketFormText {
    const { messages, formMessages, locale } = this.#options;
    return { ...messages(), ...formMessages!(locale()) };
  }

  #refresh(): void {
    if (!this.#dialog.isOpen) return;
    this.#dialog.update({ fields: this.#fields(), busy: this.#busy, error: this.#failure });
  }

  #setError(field: TicketFormField, message: string | undefined): void {
    if ((this.#errors.get(field) ?? undefined) === message) return;
    if (message) this.#errors.set(field, message);
    else this.#errors.delete(field);
    this.#refresh();
  }

  /** Editing a field clears its error. */
  #onEdit = (event: Event): void => {
    const control = event.target as HTMLInputElement;
    const field = (control.name || 'client_id') as TicketFormField;
    if (this.#errors.has(field)) this.#setError(field, undefined);
  };

  #fields() {
    const t = this.#text();
    const fixedClient = this.#options.clientId() !== undefined;
    return html`<div class="form-fields" @input=${this.#onEdit} @change=${this.#onEdit}>
      ${
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
              this.#errors.get('client_id'),
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
      )}
    </div>`;
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

  async #submit(data: FormData): Promise<void> {
    const api = this.#options.client();
    const t = this.#text();
    if (!api || this.#busy) return;
    const fixedClient = this.#options.clientId();
    const body: TicketCreate = {
      client_id: fixedClient ?? this.#picker.selected?.id ?? '',
      department_id: String(data.get('department_id') ?? ''),
      priority: String(data.get('priority') ?? 'medium') as TicketPriority,
      title: String(data.get('title') ?? '').trim(),
      message: String(data.get('message') ?? ''),
    };
    // A fixed client is no field of the form; typed text that is no chosen client is none.
    const client = { required: true, message: t.ticketClientChoose };
    const rules = { ...(fixedClient ? {} : { client_id: client }), ...RULES };
    this.#errors = validateFields((field) => body[field], rules, t);
    this.#failure = undefined;
    if (this.#errors.size > 0) {
      this.#focusInvalid = true;
      this.#refresh();
      return;
    }
    this.#controller = new AbortController();
    const { signal } = this.#controller;
    this.#busy = true;
    this.#failure = undefined;
    this.#errors.clear();
    this.#refresh();
    try {
      const ticket = await createTicket(api, body, signal);
      if (signal.aborted) return;
      this.#busy = false;
      this.#dialog.close();
      this.#options.onCreated(ticket);
    } catch (error) {
      if (signal.aborted) return;
      this.#busy = false;
      this.#failure = this.#describe(error, t);
      this.#focusInvalid = this.#errors.size > 0;
      this.#refresh();
    }
  }

  /** Field errors go to their fields; the rest is the dialog's alert. */
  #describe(error: unknown, t: TicketFormText): FormProblem {
    // A fixed client is no field of the form: its errors are the dialog's.
    const fields = this.#options.clientId()
      ? TICKET_FORM_FIELDS.filter((field) => field !== 'client_id')
      : TICKET_FORM_FIELDS;
    const result = formErrors(error, fields, t, { failedTitle: t.createTicketFailed });
    for (const [field, message] of result.fields) {
      if (!this.#errors.has(field)) this.#errors.set(field, message);
    }
    return result.form;
  }
}
