import type { ClienteleClient, ClientUser } from '@clientele/sdk';
import { html, LitElement, nothing } from 'lit';
import { ClienteleConsumer } from '../../../base/controllers/clientele-consumer.ts';
import { ResourceController } from '../../../base/controllers/resource-controller.ts';
import { dispatch } from '../../../base/events.ts';
import { renderLoading } from '../../../base/states/render-loading.ts';
import { adoptMoreStyles } from '../../../base/styles/adopt.ts';
import { baseStyles } from '../../../base/styles/base.ts';
import { LazyPart } from '../../../ui/lazy-part.ts';
import { uiStyles } from '../../../ui/ui.styles.ts';
import { panelStyles } from '../panel.styles.ts';
import { fromResource, renderTabState } from '../tab-state.ts';
import { type UsersTabText, usersTabText } from './messages.ts';
import { loadUsersAndRoles, OWNER_ROLE_ID, type UsersAndRoles } from './users-api.ts';
import type { UsersChange, UsersForms } from './users-forms.ts';
import { usersTabParts } from './users-parts.ts';
import { usersTabStyles } from './users-tab.styles.ts';
import {
  CHANGE_REFUSED_ID,
  IMPERSONATE_REFUSED_ID,
  renderUsersTable,
  type UserRowActions,
} from './users-table.ts';

/** `detail` of `client-user-change`: the server accepted a change to the client's users. */
export interface ClientUserChangeDetail {
  clientId: string;
  userId: string;
  action: 'associate' | 'role' | 'dissociate';
  /** The association as it is now (as it was, for `dissociate`). */
  user: ClientUser;
}

// `client-impersonate` is the shell's event (`ClientImpersonateDetail`, with `userId` here).
declare global {
  interface HTMLElementEventMap {
    'client-user-change': CustomEvent<ClientUserChangeDetail>;
  }
}

type FormsModule = Awaited<ReturnType<typeof usersTabParts.forms>>;
type Action = 'associate' | 'role' | 'impersonate' | 'dissociate';

/**
 * One client's users with their role on it (Owner, Member or a custom role from `/roles`).
 * Staff with `users.update` associate an existing user (a searchable picker over the user
 * directory), change a user's role and remove a user (after confirming); with
 * `clients.impersonate` they log in as one user (a reason and a duration). A client keeps at
 * least one owner: the only owner's Remove and Change role say so before anyone tries (and the
 * server's refusal says so again). A refused action stays visible, focusable and described
 * by its reason. The forms load on first use.
 *
 * The Users tab of `<client-detail-tabs>`, and usable alone inside `<clientele-provider>` (or
 * with its own `client`).
 *
 * @tag client-users-tab
 * @summary One client's users and roles: associate, change role, remove, log in as one.
 *
 * @event {CustomEvent<ClientUserChangeDetail>} client-user-change - A user was associated, given another role or removed (`detail.action`, `detail.userId`, `detail.user`, `detail.clientId`). Bubbles, composed.
 * @event {CustomEvent<ClientImpersonateDetail>} client-impersonate - A session as a user was opened (`detail.session`, `detail.userId`, `detail.clientId`; `session.id` ends it early with `endClientImpersonationSession`). Cancelable: without `preventDefault()` the tab opens `session.url` in a new tab. Bubbles, composed.
 *
 * @csspart toolbar - The bar with "Associate user" and the number of users.
 * @csspart associate - The "Associate user" button.
 * @csspart table - The users table.
 * @csspart row - A user's row.
 * @csspart user-action - A row's Change role, Log in as or Remove button (`data-action`).
 * @csspart dialog - The forms' dialog; `dialog-title`, `dialog-error`, `dialog-confirm` its pieces.
 * @csspart dialog-title - The dialog's title.
 * @csspart dialog-error - The dialog's error message.
 * @csspart dialog-confirm - The dialog's submit button.
 * @csspart user-options - The user picker's list of suggestions.
 * @csspart state-title - Title of the empty, error, forbidden and not-found views.
 * @csspart state-message - Message of those views.
 * @csspart retry-button - The Retry button of the error view.
 *
 * @cssprop --clientele-color-accent - Buttons, focus and the picker's active option.
 * @cssprop --clientele-color-danger - Remove, and field errors.
 * @cssprop --clientele-color-border - Table rules.
 */
export class ClientUsersTab extends LitElement {
  static override properties = {
    client: { attribute: false },
    clientId: { attribute: 'client-id' },
  };

  static override styles = [...baseStyles, uiStyles, panelStyles, usersTabStyles];

  /** The SDK client; overrides the one from `<clientele-provider>`. */
  declare client: ClienteleClient | undefined;
  /** The client whose users to show. */
  declare clientId: string | undefined;

  readonly #context = new ClienteleConsumer(this);
  readonly #data = new ResourceController(this, {
    args: () => {
      const api = this.#context.client;
      return api && this.clientId ? ([api, this.clientId] as const) : undefined;
    },
    load: ([api, id], signal) => loadUsersAndRoles(api, id, signal),
    isEmpty: (data: UsersAndRoles) => data.users.length === 0,
    keepData: true,
  });
  readonly #forms = new LazyPart<FormsModule, UsersForms>(
    this,
    () => usersTabParts.forms(this.#context.locale),
    (module) => {
      adoptMoreStyles(this, module.UsersForms.styles);
      return new module.UsersForms(this, {
        text: () => this.#t,
        locale: () => this.#context.locale,
        client: () => this.#context.client,
        clientId: () => this.clientId ?? '',
        roles: () => this.#data.data?.roles ?? [],
        onDone: (change) => this.#onDone(change),
        onStale: () => void this.#data.run(),
      });
    },
  );
  /** The button that asked for the forms while they load (`<action>:<userId>`). */
  #asked: string | undefined;
  #announcement = '';

  /** The client's users as last loaded. */
  get users(): readonly ClientUser[] {
    return this.#data.data?.users ?? [];
  }

  /** Loads the users and roles again. */
  reload(): Promise<void> {
    return this.#data.run();
  }

  get #t(): UsersTabText {
    return usersTabText(this.#context.locale);
  }

  /** Whether the user's permissions are known (not while `/me` loads). */
  get #known(): boolean {
    const status = this.#context.user?.status;
    return status !== 'loading' && status !== 'idle';
  }

  #open(action: Action, user?: ClientUser): void {
    this.#asked = `${action}:${user?.id ?? ''}`;
    this.#forms.use((forms) => {
      this.#asked = undefined;
      if (action === 'associate') forms.associate();
      else if (user && action === 'role') forms.changeRole(user);
      else if (user && action === 'impersonate') forms.impersonate(user);
      else if (user) forms.dissociate(user);
    });
    this.requestUpdate();
  }

  #onDone(change: UsersChange): void {
    const t = this.#t;
    const { user } = change;
    const clientId = this.clientId ?? '';
    if (change.action === 'impersonate') {
      const detail = { clientId, session: change.session, userId: user.id };
      if (dispatch(this, 'client-impersonate', detail, { cancelable: true })) {
        window.open(change.session.url, '_blank', 'noopener,noreferrer');
        this.#announce(t.usersSessionOpened({ name: user.name }));
      } else {
        this.#announce(t.usersSessionStarted({ name: user.name }));
      }
      return;
    }
    this.#announce(
      change.action === 'dissociate'
        ? t.usersDissociated({ name: user.name })
        : change.action === 'associate'
          ? t.usersAssociated({ name: user.name, role: user.role.name })
          : t.usersRoleChanged({ name: user.name, role: user.role.name }),
    );
    void this.#data.run();
    dispatch(this, 'client-user-change', {
      clientId,
      userId: user.id,
      action: change.action,
      user,
    });
  }

  #announce(text: string): void {
    this.#announcement = text;
    this.requestUpdate();
  }

  #renderToolbar(t: UsersTabText, count: number, changeRefused: boolean) {
    const locale = this.#context.locale;
    return html`<div part="toolbar" class="toolbar users-toolbar">
      <button
        part="associate"
        class="button primary"
        type="button"
        aria-disabled=${changeRefused ? 'true' : nothing}
        aria-describedby=${changeRefused ? CHANGE_REFUSED_ID : nothing}
        aria-busy=${this.#forms.busy && this.#asked === 'associate:' ? 'true' : nothing}
        @click=${() => {
          if (!changeRefused) this.#open('associate');
        }}
      >
        ${t.usersAssociate}
      </button>
      <span class="total">${t.usersTotal({ count, formatted: new Intl.NumberFormat(locale).format(count) })}</span>
    </div>`;
  }

  protected override render() {
    const locale = this.#context.locale;
    if (!usersTabText.ready(locale)) return renderLoading(locale);
    const t = this.#t;
    const state = this.#data.state;
    const data = this.#data.data;
    const known = this.#known;
    const changeRefused = known && !this.#context.can('users.update');
    const impersonateRefused = known && !this.#context.can('clients.impersonate');
    const shown = (state === 'loaded' || state === 'empty') && data;
    const actions: UserRowActions = {
      changeRefused: changeRefused || !known ? t.usersNotPermitted : undefined,
      impersonateRefused: impersonateRefused || !known ? t.usersImpersonateNotPermitted : undefined,
      busy: this.#forms.busy ? this.#asked : undefined,
      run: (action, user) => this.#open(action, user),
    };
    return html`
      ${shown ? this.#renderToolbar(t, data.users.length, changeRefused || !known) : nothing}
      ${
        shown && changeRefused
          ? html`<p id=${CHANGE_REFUSED_ID} class="note">${t.usersNotPermitted}</p>`
          : nothing
      }
      ${
        shown && impersonateRefused
          ? html`<p id=${IMPERSONATE_REFUSED_ID} class="note">${t.usersImpersonateNotPermitted}</p>`
          : nothing
      }
      ${this.#forms.renderError(t)}
      ${renderTabState(
        {
          locale,
          ...fromResource(this.#data),
          rows: 4,
          empty: { title: t.usersEmptyTitle, message: t.usersEmptyMessage },
        },
        data
          ? html`<div class="table-wrap">${renderUsersTable({
              t,
              locale,
              users: data.users,
              roles: data.roles,
              ownerRoleId: OWNER_ROLE_ID,
              actions,
            })}</div>`
          : nothing,
      )}
      <span class="visually-hidden" role="status">${this.#announcement}</span>
      ${this.#forms.part?.render()}
    `;
  }
}
