import {
  type ClienteleClient,
  type ClientUser,
  type ImpersonationSession,
  isApiError,
  type Role,
} from '@clientele/sdk';
import { html, nothing, type ReactiveControllerHost } from 'lit';
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
import { searchPickerStyles } from '../../../ui/search-picker.styles.ts';
import { SearchPicker } from '../../../ui/search-picker.ts';
import { type UsersFormMessages, usersFormEn } from './form-messages.en.ts';
import type { UsersTabText } from './messages.ts';
import { MEMBER_ROLE_ID } from './users-api.ts';
import {
  associateUser,
  changeRole,
  dissociateUser,
  impersonateUser,
  searchDirectory,
} from './users-form-api.ts';
import { usersFormStyles } from './users-forms.styles.ts';

/** The forms' own messages, in English and, loaded when first used, German. */
export const usersFormText = messageCatalog({
  en: usersFormEn,
  de: () => import('./form-messages.de.ts').then((m) => m.usersFormDe),
});

type Text = UsersTabText & UsersFormMessages;
type Field = 'user_id' | 'role_id' | 'reason' | 'duration_minutes';

/** What the forms did, for the tab to show and tell. */
export type UsersChange =
  | { readonly action: 'associate' | 'role'; readonly user: ClientUser }
  | { readonly action: 'dissociate'; readonly user: ClientUser }
  | { readonly action: 'impersonate'; readonly user: ClientUser; session: ImpersonationSession };

export interface UsersFormsOptions {
  text(): UsersTabText;
  locale(): string;
  client(): ClienteleClient | undefined;
  clientId(): string;
  roles(): readonly Role[];
  /** The server accepted a change (the dialog is closed). */
  onDone(change: UsersChange): void;
  /** The server refused because the data moved on (409): the tab reloads its users once the dialog closes. */
  onStale(): void;
}

const IDS: Record<Field, string> = {
  user_id: 'users-form-user',
  role_id: 'users-form-role',
  reason: 'users-form-reason',
  duration_minutes: 'users-form-duration',
};
const ORDER: readonly Field[] = ['user_id', 'role_id', 'reason', 'duration_minutes'];
const DURATIONS = [15, 30, 60, 120, 240];

interface FormSpec {
  readonly title: string;
  readonly message: string;
  readonly confirm: string;
  readonly failed: string;
  readonly danger?: boolean;
  /** What a 409 means for this form, in the tab's words (else the server's detail). */
  readonly conflict?: string;
  readonly fields?: (errors: ReadonlyMap<Field, string>) => unknown;
  readonly rules?: Partial<Record<Field, FieldRules>>;
  /** Sends the form; answers the change to report. */
  send(data: FormData, signal: AbortSignal): Promise<UsersChange>;
}

/**
 * The Users tab's four forms in the shared dialog, loaded on first use: associate a user
 * (a searchable picker over the user directory, and a role), change a user's role,
 * dissociate (a confirmation) and log in as a user (reason and duration). Each checks its
 * fields itself before sending (`validateFields`, the same for a click and Enter), puts the
 * API's field errors on their fields and the rest in the dialog's alert, and keeps what was
 * typed when the server refuses (the dialog never re-renders values), its button then reading
 * Retry (`ui/dialog-form.ts`). A 409 (the last owner, a user associated meanwhile) says why in
 * the tab's words, and the users are read again when the dialog closes (not under it).
 */
export class UsersForms {
  static readonly styles = [dialogStyles, fieldErrorStyles, searchPickerStyles, usersFormStyles];

  readonly #options: UsersFormsOptions;
  readonly #form: DialogForm<Field, UsersChange>;
  readonly #picker: SearchPicker;

  constructor(
    host: ReactiveControllerHost & { renderRoot: ParentNode },
    options: UsersFormsOptions,
  ) {
    this.#options = options;
    this.#form = new DialogForm(host, 'users-dialog', (field) => IDS[field], {
      text: () => this.#text(),
      onDone: (change) => options.onDone(change),
      onStale: () => options.onStale(),
      onClose: () => this.#picker.reset(),
    });
    this.#picker = new SearchPicker({
      id: IDS.user_id,
      name: 'user_id',
      part: 'user-options',
      root: () => host.renderRoot,
      onChange: () => this.#form.refresh(),
      search: async (text, signal) => {
        const api = options.client();
        return api ? searchDirectory(api, options.clientId(), text, signal) : [];
      },
    });
  }

  /** The open dialog. */
  get element(): HTMLDialogElement | undefined {
    return this.#form.element;
  }

  render() {
    return this.#form.render();
  }

  /** Associate a user from the directory under a role (Member by default). */
  associate(): void {
    const t = this.#text();
    this.#open({
      title: t.usersAssociateTitle,
      message: t.usersAssociateMessage,
      confirm: t.usersAssociateSubmit,
      failed: t.usersAssociateFailed,
      rules: { user_id: { required: true, message: t.usersChoose }, role_id: { required: true } },
      fields: (errors) => html`${this.#picker.render(
        {
          label: t.usersPickerLabel,
          hint: t.usersPickerHint,
          searching: t.usersSearching,
          found: (count) => t.usersFound({ count }),
          failed: t.usersSearchFailed,
        },
        errors.get('user_id'),
      )}
      ${this.#roleField(t, MEMBER_ROLE_ID, errors)}`,
      send: async (data, signal) => {
        const user = await associateUser(
          this.#api(),
          this.#options.clientId(),
          {
            user_id: String(data.get('user_id')),
            role_id: String(data.get('role_id')),
          },
          signal,
        );
        return { action: 'associate', user };
      },
    });
  }

  /** Give a user another role. */
  changeRole(user: ClientUser): void {
    const t = this.#text();
    this.#open({
      title: t.usersChangeRoleTitle({ name: user.name }),
      message: t.usersChangeRoleMessage,
      confirm: t.usersChangeRole,
      failed: t.usersChangeRoleFailed,
      conflict: t.usersLastOwnerRefused,
      rules: { role_id: { required: true } },
      fields: (errors) => this.#roleField(t, user.role.id, errors),
      send: async (data, signal) => {
        const roleId = String(data.get('role_id'));
        const changed =
          roleId === user.role.id
            ? user
            : await changeRole(this.#api(), this.#options.clientId(), user.id, roleId, signal);
        return { action: 'role', user: changed };
      },
    });
  }

  /** Remove a user from the client, after confirming. */
  dissociate(user: ClientUser): void {
    const t = this.#text();
    this.#open({
      title: t.usersDissociateTitle({ name: user.name }),
      message: t.usersDissociateMessage,
      confirm: t.usersDissociate,
      failed: t.usersDissociateFailed,
      conflict: t.usersLastOwnerRefused,
      danger: true,
      send: async (_data, signal) => {
        await dissociateUser(this.#api(), this.#options.clientId(), user.id, signal);
        return { action: 'dissociate', user };
      },
    });
  }

  /** Open a session as one user: a reason (recorded) and a duration. */
  impersonate(user: ClientUser): void {
    const t = this.#text();
    this.#open({
      title: t.usersImpersonateTitle({ name: user.name }),
      message: t.usersImpersonateMessage,
      confirm: t.usersImpersonateSubmit,
      failed: t.usersImpersonateFailed,
      rules: { reason: { required: true, minLength: 3, maxLength: 500 } },
      fields: (errors) => html`<div class="field">
          <label for=${IDS.reason}>${t.usersReasonLabel}</label>
          <textarea id=${IDS.reason} class="input" name="reason" rows="3" maxlength="500"
            aria-required="true" aria-invalid=${ariaInvalid(errors.get('reason'))}
            aria-describedby=${describedBy(IDS.reason, errors.get('reason'), 'users-reason-hint')}
          ></textarea>
          ${renderFieldError(IDS.reason, errors.get('reason'))}
          <p id="users-reason-hint" class="hint">${t.usersReasonHint}</p>
        </div>
        <div class="field">
          <label for=${IDS.duration_minutes}>${t.usersDurationLabel}</label>
          <select id=${IDS.duration_minutes} class="input" name="duration_minutes"
            aria-invalid=${ariaInvalid(errors.get('duration_minutes'))}
            aria-describedby=${describedBy(IDS.duration_minutes, errors.get('duration_minutes'))}>
            ${DURATIONS.map(
              (minutes) =>
                html`<option value=${minutes} ?selected=${minutes === 30}>${t.usersDurationMinutes({ minutes })}</option>`,
            )}
          </select>
          ${renderFieldError(IDS.duration_minutes, errors.get('duration_minutes'))}
        </div>`,
      send: async (data, signal) => {
        const session = await impersonateUser(
          this.#api(),
          this.#options.clientId(),
          user.id,
          {
            reason: String(data.get('reason')).trim(),
            duration_minutes: Number(data.get('duration_minutes')),
          },
          signal,
        );
        return { action: 'impersonate', user, session };
      },
    });
  }

  #text(): Text {
    return { ...this.#options.text(), ...usersFormText(this.#options.locale()) };
  }

  #api(): ClienteleClient {
    const api = this.#options.client();
    if (!api) throw new Error('No SDK client');
    return api;
  }

  /** The role select: built-in roles, then custom ones; a custom role's grants below it. */
  #roleField(t: Text, selected: string, errors: ReadonlyMap<Field, string>) {
    const roles = this.#options.roles();
    const group = (label: string, builtin: boolean) => {
      const list = roles.filter((role) => role.builtin === builtin);
      return list.length === 0
        ? nothing
        : html`<optgroup label=${label}>
            ${list.map((role) => html`<option value=${role.id} ?selected=${role.id === selected}>${role.name}</option>`)}
          </optgroup>`;
    };
    const error = errors.get('role_id');
    const custom = roles.filter((role) => !role.builtin && role.permissions.length > 0);
    return html`<div class="field">
      <label for=${IDS.role_id}>${t.usersRoleLabel}</label>
      <select id=${IDS.role_id} class="input" name="role_id" aria-required="true"
        aria-invalid=${ariaInvalid(error)} aria-describedby=${describedBy(IDS.role_id, error, 'users-role-hint')}>
        ${group(t.usersBuiltInRoles, true)} ${group(t.usersCustomRoles, false)}
      </select>
      ${renderFieldError(IDS.role_id, error)}
      <ul id="users-role-hint" class="hint role-grants">
        ${custom.map(
          (role) =>
            html`<li><strong>${role.name}</strong>: ${t.usersRoleGrants({ permissions: role.permissions.join(', ') })}</li>`,
        )}
      </ul>
    </div>`;
  }

  #open(spec: FormSpec): void {
    if (this.#form.isOpen) return;
    this.#picker.reset();
    const t = this.#text();
    this.#form.open({
      title: spec.title,
      message: spec.message,
      confirm: spec.confirm,
      failed: spec.failed,
      danger: spec.danger,
      order: ORDER,
      fields: (errors) => spec.fields?.(errors) ?? nothing,
      // The directory picker's text box has no name of its own: its edits are the user's.
      fieldOf: (control) => (control.name as Field) || 'user_id',
      validate: (data) =>
        validateFields((field) => String(data.get(field) ?? ''), spec.rules ?? {}, t),
      send: spec.send,
      // The data moved on under the form (the last owner, a user associated meanwhile).
      explain: (error, shared) =>
        isApiError(error) && error.status === 409
          ? {
              ...shared,
              form: { title: spec.failed, detail: spec.conflict ?? error.detail },
              stale: true,
            }
          : undefined,
    });
  }
}
