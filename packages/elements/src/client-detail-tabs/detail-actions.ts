import type { Client, ClienteleClient } from '@clientele/sdk';
import { isConflict, updateVersioned, type Versioned } from '@clientele/sdk/versioned';
import { css, html, type LitElement } from 'lit';
import { dispatch } from '../base/events.ts';
import { clientName } from '../base/format/client-name.ts';
import { messageCatalog } from '../base/i18n/localize.ts';
import {
  approveClient,
  impersonateClient,
  resumeClient,
  suspendClient,
} from '../client/action-api.ts';
import { suspendBody, suspendForm } from '../client/action-forms.ts';
import { type ClientActionsText, clientActionsText } from '../client/action-messages.ts';
import { STATUS_ACTIONS, type StatusAction } from '../client/status-actions.ts';
import { dialogStyles } from '../ui/confirm-dialog.styles.ts';
import { checkField, fieldErrorStyles, validateFields } from '../ui/form-errors.ts';
import { uiStyles } from '../ui/ui.styles.ts';
import { type ClientDetailActionMessages, detailActionsEn } from './action-messages.en.ts';
import type { DetailActionsOptions } from './detail-actions-loader.ts';
import { EditForm } from './edit-form.ts';
import { FormDialog, type FormSpec } from './form-dialog.ts';
import type { HeaderAction } from './header-actions.ts';
import type { ClientDetailText } from './messages.ts';
import { emailSpec, similarSpec } from './small-forms.ts';

/** The dialogs' own messages, in English and, loaded when first used, German. */
export const detailActionsText = messageCatalog({
  en: detailActionsEn,
  de: () => import('./action-messages.de.ts').then((m) => m.detailActionsDe),
});

export { clientActionsText };

export type DetailActionsText = ClientDetailText & ClientActionsText & ClientDetailActionMessages;

/**
 * What the header's actions do, loaded on first use: one dialog per action, each sending its
 * request and handling its answer. Approve, suspend and resume follow `client/`'s one table of
 * transitions; delete asks for the client's name typed out and sends `If-Match`; "Log in as"
 * asks a reason and a duration and fires the cancelable `client-impersonate`; edit, create
 * similar and email are forms (`edit-form.ts`, `small-forms.ts`). Every form keeps what was
 * typed when it fails.
 */
export class DetailActions {
  static readonly styles = [
    uiStyles,
    dialogStyles,
    fieldErrorStyles,
    css`
      .dialog:has(.edit-form) {
        inline-size: min(48rem, calc(100vw - 2rem));
      }
      .form-grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
        gap: var(--_space-s) var(--_space-m);
      }
      .form-grid .wide {
        grid-column: 1 / -1;
      }
      .form-grid select.input {
        inline-size: 100%;
      }
      .server-value {
        margin: 0;
        color: var(--_color-text-muted);
        font-size: var(--_font-size-s);
      }
      .check {
        display: flex;
        align-items: center;
        gap: var(--_space-xs);
      }
    `,
  ];

  readonly #host: LitElement;
  readonly #options: DetailActionsOptions;
  readonly #form: FormDialog;
  readonly #edit: EditForm;
  #announcement = '';

  constructor(host: LitElement, options: DetailActionsOptions) {
    this.#host = host;
    this.#options = options;
    this.#form = new FormDialog(host, 'action');
    this.#edit = new EditForm(this.#form, {
      ...options,
      t: () => this.#t(),
      saved: (client) => {
        this.#announce(this.#t().changesSaved);
        dispatch(host, 'client-change', { clientId: client.id, action: 'edit', client });
      },
    });
  }

  #t(): DetailActionsText {
    const locale = this.#options.locale();
    return {
      ...this.#options.t(),
      ...clientActionsText(locale),
      ...detailActionsText(locale),
    };
  }

  #announce(message: string): void {
    this.#announcement = message;
    this.#host.requestUpdate();
  }

  /** Opens an action's dialog (nothing without a client record or an SDK client). */
  open(action: HeaderAction): void {
    const record = this.#options.record();
    const api = this.#options.api();
    if (!record || !api) return;
    this.#announcement = '';
    if (action === 'edit') this.#edit.open();
    else this.#form.open(this.#spec(action, record, api), this.#t());
  }

  #spec(
    action: Exclude<HeaderAction, 'edit'>,
    record: Versioned<Client>,
    api: ClienteleClient,
  ): FormSpec<string> {
    const t = this.#t();
    const client = record.data;
    const name = clientName(client);
    switch (action) {
      case 'approve':
      case 'suspend':
      case 'resume':
        return this.#status(action, client, t);
      case 'createSimilar':
        return similarSpec(this.#form, t, api, client, (created) =>
          dispatch(this.#host, 'client-select', { clientId: created.id }),
        );
      case 'email':
        return emailSpec(this.#form, t, api, client, () => {
          this.#announce(t.emailSent({ email: client.email }));
          dispatch(this.#host, 'client-change', { clientId: client.id, action: 'email', client });
        });
      case 'delete': {
        const rules = { confirm: { required: true } };
        return {
          title: t.deleteTitle({ name }),
          message: t.deleteMessage,
          confirmLabel: t.actionDelete,
          danger: true,
          fields: ['confirm'],
          render: (errors) => {
            const c = this.#form.control('confirm', errors.get('confirm'));
            return this.#form.field(
              'confirm',
              t.deleteConfirmLabel({ name }),
              errors.get('confirm'),
              html`<input id=${c.id} name=${c.name} class="input" autocomplete="off"
                  aria-required="true" aria-invalid=${c.invalid} aria-describedby=${c.describedBy} />`,
            );
          },
          validate: (data) => {
            const typed = String(data.get('confirm') ?? '');
            const errors = validateFields(() => typed, rules, t);
            if (!errors.has('confirm') && typed.trim() !== name) {
              errors.set('confirm', t.deleteConfirmMismatch({ name }));
            }
            return errors;
          },
          send: async (_data, signal) => {
            const current = this.#options.record() ?? record;
            const deleted = await updateVersioned(api, 'DELETE', '/clients/{client_id}', {
              params: { path: { client_id: client.id } },
              etag: current.etag,
              signal,
            });
            this.#options.setRecord(deleted);
            this.#done('delete');
          },
          explain: (error) => {
            if (!isConflict<Client>(error)) return undefined;
            this.#options.setRecord(error.current);
            return { title: t.conflictTitle, detail: t.deleteConflictDetail };
          },
        };
      }
      case 'impersonate': {
        const rules = { reason: { required: true, minLength: 3, maxLength: 500 } };
        return {
          title: t.impersonateTitle({ name }),
          message: t.impersonateMessage,
          confirmLabel: t.actionImpersonate,
          fields: ['reason', 'duration_minutes'],
          render: (errors) => {
            const reason = this.#form.control('reason', errors.get('reason'));
            const duration = this.#form.control('duration_minutes', errors.get('duration_minutes'));
            return html`${this.#form.field(
              'reason',
              t.impersonateReason,
              errors.get('reason'),
              html`<textarea id=${reason.id} name=${reason.name} class="input" rows="3"
                  maxlength="500" aria-required="true" aria-invalid=${reason.invalid}
                  aria-describedby=${reason.describedBy}></textarea>`,
            )}
              ${this.#form.field(
                'duration_minutes',
                t.impersonateDuration,
                errors.get('duration_minutes'),
                html`<select id=${duration.id} name=${duration.name} class="input"
                  aria-invalid=${duration.invalid} aria-describedby=${duration.describedBy}>
                  ${[15, 30, 60, 120, 240].map((m) => html`<option value=${m} ?selected=${m === 30}>${m}</option>`)}
                </select>`,
              )}`;
          },
          validate: (data) => validateFields((f) => String(data.get(f) ?? ''), rules, t),
          send: async (data, signal) => {
            const session = await impersonateClient(
              api,
              client.id,
              {
                reason: String(data.get('reason') ?? '').trim(),
                duration_minutes: Number(data.get('duration_minutes') || 30),
              },
              signal,
            );
            if (!session) return;
            const detail = { clientId: client.id, session };
            if (dispatch(this.#host, 'client-impersonate', detail, { cancelable: true })) {
              window.open(session.url, '_blank', 'noopener,noreferrer');
              this.#announce(t.impersonateOpened);
            }
          },
        };
      }
    }
  }

  #status(action: StatusAction, client: Client, t: DetailActionsText): FormSpec<string> {
    const api = this.#options.api()!;
    const spec = STATUS_ACTIONS[action];
    const name = clientName(client);
    const suspend = action === 'suspend';
    return {
      title: t[spec.title]({ name }),
      message: t[spec.message] as string,
      confirmLabel: t[spec.label] as string,
      danger: suspend,
      fields: suspend ? suspendForm.fields : [],
      ids: (field) => `suspend-${field}`,
      render: (errors) => (suspend ? suspendForm.render(t, errors) : undefined),
      validate: (data) => {
        const errors = new Map<string, string>();
        const note = checkField(String(data.get('note') ?? ''), { maxLength: 500 }, t);
        if (suspend && note) errors.set('note', note);
        return errors;
      },
      send: async (data, signal) => {
        const updated =
          action === 'approve'
            ? await approveClient(api, client.id, signal)
            : action === 'resume'
              ? await resumeClient(api, client.id, signal)
              : await suspendClient(api, client.id, suspendBody(data), signal);
        const current = this.#options.record();
        if (updated && current) this.#options.setRecord({ data: updated, etag: current.etag });
        this.#done(action);
        // The shared call does not read the answer's version: read the client again.
        void this.#options.refresh();
      },
    };
  }

  /** Tells the host the server accepted an action (the record already shows it). */
  #done(action: 'approve' | 'suspend' | 'resume' | 'delete'): void {
    const client = this.#options.record()?.data;
    dispatch(this.#host, 'client-change', { clientId: client?.id ?? '', action, client });
  }

  render() {
    return html`${this.#form.render()}
      <span class="visually-hidden" role="status">${this.#announcement}</span>`;
  }
}
