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
import { DialogForm } from '../../../ui/dialog-form.ts';
import {
  ariaInvalid,
  describedBy,
  type FieldRules,
  fieldErrorStyles,
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

  readonly #options: AuthFormsOptions;
  readonly #form: DialogForm<Field, AuthChange>;

  constructor(
    host: ReactiveControllerHost & { renderRoot: ParentNode },
    options: AuthFormsOptions,
  ) {
    this.#options = options;
    this.#form = new DialogForm(host, 'auth-dialog', () => REASON_ID, {
      text: () => this.#text(),
      onDone: (change) => options.onDone(change),
      onStale: () => options.onStale(),
    });
  }

  /** The open dialog. */
  get element(): HTMLDialogElement | undefined {
    return this.#form.element;
  }

  render() {
    return this.#form.render();
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

  #fields(spec: FormSpec, errors: ReadonlyMap<Field, string>) {
    const reason = spec.reason;
    if (!reason) return nothing;
    const t = this.#text();
    const error = errors.get('reason');
    return html`<div class="field">
      <label for=${REASON_ID}>${t.authReasonLabel}</label>
      <input id=${REASON_ID} class="input" name="reason" type="text" maxlength="500"
        autocomplete="off"
        aria-required=${reason.required ? 'true' : 'false'}
        aria-invalid=${ariaInvalid(error)}
        aria-describedby=${describedBy(REASON_ID, error, REASON_HINT_ID)}
      />
      ${renderFieldError(REASON_ID, error)}
      <p id=${REASON_HINT_ID} class="hint">${reason.hint}</p>
    </div>`;
  }

  #open(spec: FormSpec): void {
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
    this.#form.open({
      title: spec.title,
      message: spec.message,
      confirm: spec.confirm,
      failed: spec.failed,
      danger: spec.danger,
      order: spec.reason ? ['reason'] : [],
      fields: (errors) => this.#fields(spec, errors),
      validate: (data) => validateFields((field) => String(data.get(field) ?? ''), rules, t),
      send: spec.send,
      // Every failure titled with what failed; a status this form words itself says so, and
      // (but for a 429, which is only "not yet") means the data behind the dialog moved on.
      explain: (error, shared) => {
        const status = isApiError(error) ? error.status : 0;
        const said = spec.stale?.[status as 404 | 409 | 412 | 429];
        const { detail, title } = shared.form;
        return {
          fields: shared.fields,
          form: { title: spec.failed, detail: said ?? detail ?? title },
          stale: said !== undefined && status !== 429,
        };
      },
    });
  }
}
