import type { ClientUser, Role } from '@clientele/sdk';
import { html, nothing } from 'lit';
import { formatDate } from '../../../base/format/dates.ts';
import type { UsersTabText } from './messages.ts';

/** What a row's buttons do and whether they may. */
export interface UserRowActions {
  /** Why the user may not change users (undefined: they may). */
  readonly changeRefused: string | undefined;
  /** Why the user may not impersonate (undefined: they may). */
  readonly impersonateRefused: string | undefined;
  /** The button asked for while the forms load (`<action>:<userId>`), for `aria-busy`. */
  readonly busy: string | undefined;
  run(action: 'role' | 'impersonate' | 'dissociate', user: ClientUser): void;
}

export interface UsersTableView {
  readonly t: UsersTabText;
  readonly locale: string;
  readonly users: readonly ClientUser[];
  readonly roles: readonly Role[];
  readonly ownerRoleId: string;
  readonly actions: UserRowActions;
}

/** Ids of the notes a refused button is described by. */
export const CHANGE_REFUSED_ID = 'users-change-refused';
export const IMPERSONATE_REFUSED_ID = 'users-impersonate-refused';
const lastOwnerId = (user: ClientUser) => `users-last-owner-${user.id}`;

/**
 * The client's users as a table: the user (name, email), their role (a custom role says so),
 * when they were associated, and the row's actions. A refused action stays in place,
 * focusable and `aria-disabled`, described by why: the account may not (the notes above the
 * table) or the user is the client's only owner (a note in the row, before anyone tries).
 */
export function renderUsersTable(view: UsersTableView) {
  const { t, actions } = view;
  const owners = view.users.filter((user) => user.role.id === view.ownerRoleId).length;
  const custom = new Set(view.roles.filter((role) => !role.builtin).map((role) => role.id));
  const button = (
    action: 'role' | 'impersonate' | 'dissociate',
    user: ClientUser,
    text: string,
    label: string,
    refused: string | undefined,
  ) => html`<button
    part="user-action"
    class="button ${action === 'dissociate' ? 'danger-text' : ''}"
    type="button"
    data-action=${action}
    aria-label=${label}
    aria-disabled=${refused ? 'true' : nothing}
    aria-describedby=${refused ?? nothing}
    aria-busy=${actions.busy === `${action}:${user.id}` ? 'true' : nothing}
    @click=${() => {
      if (!refused) actions.run(action, user);
    }}
  >
    ${text}
  </button>`;
  return html`<table part="table" class="users panel-table stacked">
    <caption class="visually-hidden">${t.usersLabel}</caption>
    <thead>
      <tr>
        <th scope="col">${t.usersColumnUser}</th>
        <th scope="col">${t.usersColumnRole}</th>
        <th scope="col">${t.usersColumnAssociated}</th>
        <th scope="col"><span class="visually-hidden">${t.usersColumnActions}</span></th>
      </tr>
    </thead>
    <tbody>
      ${view.users.map((user) => {
        const lastOwner = user.role.id === view.ownerRoleId && owners === 1;
        const change = actions.changeRefused
          ? CHANGE_REFUSED_ID
          : lastOwner
            ? lastOwnerId(user)
            : undefined;
        return html`<tr part="row" data-user-id=${user.id}>
          <th scope="row" class="user">
            <span class="name">${user.name}</span><span class="secondary">${user.email}</span>
          </th>
          <td class="role">
            <span class="role-name" data-role=${user.role.id}>${user.role.name}</span>
            ${custom.has(user.role.id) ? html`<span class="secondary">${t.usersCustomRole}</span>` : nothing}
            ${lastOwner ? html`<p id=${lastOwnerId(user)} class="hint">${t.usersLastOwner}</p>` : nothing}
          </td>
          <td class="associated">
            <time datetime=${user.associated_at}>${formatDate(view.locale, user.associated_at)}</time>
          </td>
          <td class="actions"><div class="action-buttons">
            ${button('role', user, t.usersChangeRole, t.usersChangeRoleOf({ name: user.name }), change)}
            ${button(
              'impersonate',
              user,
              t.usersImpersonate,
              t.usersImpersonateOf({ name: user.name }),
              actions.impersonateRefused ? IMPERSONATE_REFUSED_ID : undefined,
            )}
            ${button('dissociate', user, t.usersDissociate, t.usersDissociateOf({ name: user.name }), change)}
          </div></td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}
