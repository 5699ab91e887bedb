import {
  type ActiveImpersonationSession,
  type ClientAuthentication,
  type ClienteleClient,
  isApiError,
  type PasswordResetReceipt,
} from '@clientele/sdk';
import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import { messageCatalog } from '../../../base/i18n/localize.ts';
import { dialogStyles } from '../../../ui/confirm-dialog.styles.ts';
import { ConfirmDialog } from '../../../ui/confirm-dialog.ts';
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
} from '../../../ui/form-errors.ts';
import {
  endAllSessions,
  endSession,
  sendPasswordReset,
  setSignInBlocked,
} from './authentication-actions.ts';
import { type AuthFormMessages, authFormEn } from './form-messages.en.ts';
import type { AuthTabText } from './messages.ts';

/** The forms' own messages, in English and, loaded when first used, German. */
export const authFormText = messageCatalog({
  en: authFormEn,
  de: () => import('./form-messages.de.ts').then((m) => m.authFormDe),
});

type Text = AuthTabText & AuthFormMessages;
type Field = 'reason';

/** What the forms did, for the tab to show and tell. */
export type AuthChange =
  | { readonly action: 'password-reset'; readonly receipt: PasswordResetReceipt }
  | { readonly action: 'block' | 'unblock'; readonly status: ClientAuthentication }
  | { readonly action: 'end-session'; readonly session: ActiveImpersonationSession }
  | { readonly action: 'end-sessions'; readonly ended: number };

export interface AuthFormsOptions {
  text(): AuthTabText;
  locale(): string;
  client(): ClienteleClient | undefined;
  clientId(): string;
  /** The sign-in status's version as last read, for `If-Match`. */
  etag(): string | undefined;
  /** The server accepted a change (the dialog is closed). */
  onDone(change: AuthChange): void;
  /** The data behind the dialog is out of date (412, 409, 404): read again once it closes. */
  onStale(): void;
}

const REASON_ID = 'auth-form-reason';
const REASON_HINT_ID = 'auth-form-reason-hint';

interface FormSpec {
  readonly title: string;
  readonly message: string;
  readonly confirm: string;
  readonly failed: string;
  readonly danger?: boolean;
  readonly reason?: { readonly required: boolean; readonly hint: string };
  /** What a status answers means for this form, in the tab's words (else the server's detail). */
  readonly stale?: Partial<Record<404 | 409 | 412 | 429, string>>;
  send(data: FormData, signal: AbortSignal): Promise<AuthChange>;
}

/** The forms' own look, on top of the dialog's. */
const authFormStyles = css`
  .form-fields {
    display: grid;
    gap: var(--_space-m);
  }
  .form-fields .input {
    inline-size: 100%;
  }
  .form-fields .field > label {
    color: var(--_color-text);
    font-weight: var(--_font-weight-strong);
  }
  .hint {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
`;

/**
 * The Authentication tab's forms in the shared dialog, loaded on first use: send a password
 * reset, block sign-in (a reason, required), allow it again (a reason, optional), end one
 * session and end all. The reason is checked by the form itself before anything is sent (the
 * same for a click and Enter: a visible message on the field, announced, the field focused).
 * A refused or failed request keeps the dialog open with what was typed, says why in its
 * alert and turns the submit button into Retry. A 409, 412 or 404 means the tab's data moved
 * on: the dialog says so in the tab's words and the tab reads its data again when it closes.
 */
export class AuthForms {
  static readonly styles = [dialogStyles, fieldErrorStyles, authFormStyles];

  readonly #host: ReactiveControllerHost & { renderRoot: ParentNode };
  readonly #options: AuthFormsOptions;
  readonly #dialog: ConfirmDialog;
  #spec: FormSpec | undefined;
  #errors = new Map<Field, string>();
  #busy = false;
  #failure: FormProblem | undefined;
  #controller: AbortController | undefined;
  #focusInvalid = false;
  #stale = false;

  constructor(
    host: ReactiveControllerHost & { renderRoot: ParentNode },
    options: AuthFormsOptions,
  ) {
    this.#host = host;
    this.#options = options;
    this.#dialog = new ConfirmDialog(host, 'auth-dialog');
    host.addController(this);
  }

  /** The open dialog. */
  get element(): HTMLDialogElement | undefined {
    return this.#dialog.element;
  }

  hostUpdated(): void {
    if (!this.#focusInvalid) return;
    this.#focusInvalid = false;
    focusFirstInvalid(this.#host.renderRoot, ['reason'], this.#errors, () => REASON_ID);
  }

  render() {
    return this.#dialog.render();
  }

  /** Send a password reset to the client's owners, after confirming. */
  passwordReset(): void {
    const t = this.#text();
    this.#open({
      title: t.authResetTitle,
      message: t.authResetMessage,
      confirm: t.authResetSubmit,
      failed: t.authResetFailed,
      stale: { 429: t.authResetTooSoon },
      send: async (_data, signal) => ({
        action: 'password-reset',
        receipt: await sendPasswordReset(this.#api(), this.#options.clientId(), signal),
      }),
    });
  }

  /** Block signing in, with a reason. */
  block(): void {
    const t = this.#text();
    this.#open({
      title: t.authBlockTitle,
      message: t.authBlockMessage,
      confirm: t.authBlockSubmit,
      failed: t.authBlockFailed,
      danger: true,
      reason: { required: true, hint: t.authBlockReasonHint },
      stale: { 409: t.authStale, 412: t.authStale },
      send: (data, signal) => this.#setBlocked(true, data, signal),
    });
  }

  /** Allow signing in again, with an optional reason. */
  unblock(): void {
    const t = this.#text();
    this.#open({
      title: t.authUnblockTitle,
      message: t.authUnblockMessage,
      confirm: t.authUnblockSubmit,
      failed: t.authUnblockFailed,
      reason: { required: false, hint: t.authUnblockReasonHint },
      stale: { 409: t.authStale, 412: t.authStale },
      send: (data, signal) => this.#setBlocked(false, data, signal),
    });
  }

  /** End one session, after confirming. */
  endSession(session: ActiveImpersonationSession): void {
    const t = this.#text();
    const as = session.user?.name ?? t.authAsClient;
    this.#open({
      title: t.authEndTitle({ staff: session.impersonator.name, as }),
      message: t.authEndMessage,
      confirm: t.authEndSubmit,
      failed: t.authEndFailed,
      danger: true,
      stale: { 404: t.authEndGone },
      send: async (_data, signal) => {
        await endSession(this.#api(), this.#options.clientId(), session.id, signal);
        return { action: 'end-session', session };
      },
    });
  }

  /** End every active session (`count` of them, as the tab shows), after confirming. */
  endAll(count: number): void {
    const t = this.#text();
    this.#open({
      title: t.authEndAllTitle({ count }),
      message: t.authEndAllMessage,
      confirm: t.authEndAllSubmit,
      failed: t.authEndAllFailed,
      danger: true,
      send: async (_data, signal) => ({
        action: 'end-sessions',
        ended: await endAllSessions(this.#api(), this.#options.clientId(), signal),
      }),
    });
  }

  async #setBlocked(blocked: boolean, data: FormData, signal: AbortSignal): Promise<AuthChange> {
    const reason = String(data.get('reason') ?? '').trim();
    const options = this.#options;
    const status = await setSignInBlocked(
      this.#api(),
      options.clientId(),
      blocked,
      reason,
      options.etag(),
      signal,
    );
    return { action: blocked ? 'block' : 'unblock', status };
  }

  #text(): Text {
    return { ...this.#options.text(), ...authFormText(this.#options.locale()) };
  }

  #api(): ClienteleClient {
    const api = this.#options.client();
    if (!api) throw new Error('No SDK client');
    return api;
  }

  #fields() {
    const reason = this.#spec?.reason;
    if (!reason) return nothing;
    const t = this.#text();
    const error = this.#errors.get('reason');
    return html`<div class="form-fields" @input=${this.#onEdit}>
      <div class="field">
        <label for=${REASON_ID}>${t.authReasonLabel}</label>
        <input id=${REASON_ID} class="input" name="reason" type="text" maxlength="500"
          autocomplete="off"
          aria-required=${reason.required ? 'true' : 'false'}
          aria-invalid=${ariaInvalid(error)}
          aria-describedby=${describedBy(REASON_ID, error, REASON_HINT_ID)}
        />
        ${renderFieldError(REASON_ID, error)}
        <p id=${REASON_HINT_ID} class="hint">${reason.hint}</p>
      </div>
    </div>`;
  }

  #open(spec: FormSpec): void {
    if (this.#dialog.isOpen) return;
    this.#spec = spec;
    this.#errors.clear();
    this.#busy = false;
    this.#failure = undefined;
    this.#dialog.open(
      {
        title: spec.title,
        message: spec.message,
        confirmLabel: spec.confirm,
        cancelLabel: this.#text().cancel,
        danger: spec.danger ?? false,
        fields: this.#fields(),
      },
      (data) => void this.#submit(spec, data),
      () => {
        this.#controller?.abort();
        this.#spec = undefined;
        if (this.#stale) {
          this.#stale = false;
          this.#options.onStale();
        }
      },
    );
  }

  #refresh(): void {
    if (!this.#dialog.isOpen || !this.#spec) return;
    this.#dialog.update({
      fields: this.#fields(),
      busy: this.#busy,
      error: this.#failure,
      // After a failure the same button tries again, with what was typed.
      confirmLabel: this.#failure ? this.#text().retry : this.#spec.confirm,
    });
  }

  /** Editing the reason clears its error. */
  #onEdit = (): void => {
    if (this.#errors.delete('reason')) this.#refresh();
  };

  async #submit(spec: FormSpec, data: FormData): Promise<void> {
    if (this.#busy) return;
    const t = this.#text();
    const rules: Partial<Record<Field, FieldRules>> = spec.reason
      ? {
          reason: {
            required: spec.reason.required,
            minLength: spec.reason.required ? 3 : 0,
            maxLength: 500,
          },
        }
      : {};
    this.#errors = validateFields((field) => String(data.get(field) ?? ''), rules, t);
    if (this.#errors.size > 0) {
      this.#failure = undefined;
      this.#focusInvalid = true;
      this.#refresh();
      return;
    }
    const controller = new AbortController();
    this.#controller = controller;
    this.#busy = true;
    this.#refresh();
    try {
      const change = await spec.send(data, controller.signal);
      if (controller.signal.aborted) return;
      this.#busy = false;
      this.#failure = undefined;
      this.#dialog.close();
      this.#options.onDone(change);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#busy = false;
      const result = formErrors(error, spec.reason ? ['reason'] : [], t, {
        failedTitle: spec.failed,
      });
      this.#errors = new Map(result.fields);
      this.#failure = { title: spec.failed, detail: result.form.detail ?? result.form.title };
      const status = isApiError(error) ? error.status : 0;
      const said = spec.stale?.[status as 404 | 409 | 412 | 429];
      if (said) {
        this.#failure = { title: spec.failed, detail: said };
        // A 429 is only "not yet"; the others mean the data behind the dialog moved on.
        if (status !== 429) this.#stale = true;
      }
      this.#focusInvalid = this.#errors.size > 0;
      this.#refresh();
    }
  }
}
