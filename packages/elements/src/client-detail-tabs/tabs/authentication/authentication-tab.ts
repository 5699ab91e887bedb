import type {
  ActiveImpersonationSession,
  ClientAuthentication,
  ClienteleClient,
  VerificationRecord,
} from '@clientele/sdk';
import { html, LitElement, nothing } from 'lit';
import { ClienteleConsumer } from '../../../base/controllers/clientele-consumer.ts';
import { OwnWidth } from '../../../base/controllers/own-width.ts';
import { ResourceController } from '../../../base/controllers/resource-controller.ts';
import { dispatch } from '../../../base/events.ts';
import { renderLoading } from '../../../base/states/render-loading.ts';
import { adoptMoreStyles } from '../../../base/styles/adopt.ts';
import { DataGrid } from '../../../list/data-grid.ts';
import { listChromeStyles } from '../../../list/list-chrome.styles.ts';
import { ListRows } from '../../../list/list-rows.ts';
import { providerPerClient } from '../../../list/list-view.ts';
import { LazyPart } from '../../../ui/lazy-part.ts';
import { fromResource, renderTabState } from '../tab-state.ts';
import { type AuthenticationData, loadAuthentication } from './authentication-api.ts';
import type { AuthChange, AuthForms } from './authentication-forms.ts';
import { authTabParts } from './authentication-parts.ts';
import {
  type RecordsQuery,
  recordColumns,
  reverseRecordsSort,
  sdkRecordsProvider,
} from './authentication-records.ts';
import { authTabStyles } from './authentication-tab.styles.ts';
import {
  type AuthActions,
  REFUSED_ID,
  renderRecords,
  renderSessions,
  renderStatus,
} from './authentication-view.ts';
import { type AuthTabText, authTabText } from './messages.ts';

/** `detail` of `client-authentication-change`: the server accepted a change to the client's sign-in security. */
export interface ClientAuthenticationChangeDetail {
  clientId: string;
  action: 'password-reset' | 'block' | 'unblock' | 'end-session' | 'end-sessions';
  /** The sign-in security as it is now (after `block` and `unblock`). */
  authentication?: ClientAuthentication;
  /** The session ended (`end-session`). */
  sessionId?: string;
}

declare global {
  interface HTMLElementEventMap {
    'client-authentication-change': CustomEvent<ClientAuthenticationChangeDetail>;
  }
}

type FormsModule = Awaited<ReturnType<typeof authTabParts.forms>>;
type Action = 'password-reset' | 'block' | 'unblock' | 'end-sessions' | 'end-session';

const ROW_HEIGHT = 52;

/**
 * One client's sign-in security (Stack Console's Authentication tab): whether two-factor
 * authentication is on and with which factors, whether signing in is blocked (by whom, when,
 * why), the last password reset staff sent, the impersonation sessions open on the client
 * now, and its users' second-factor checks (verification records, newest first, in a
 * windowed ARIA data grid over cursor pages: thousands scroll like ten). Staff with `clients.security` send a password reset to the client's owners (the
 * answer says to whom), block sign-in with a reason, allow it again, and end one session or
 * all of them; each asks first, and each failure keeps the dialog open with what was typed and
 * a Retry. Without the permission the buttons stay visible, focusable and described by why.
 * The forms load on first use.
 *
 * The Authentication tab of `<client-detail-tabs>`, and usable alone inside
 * `<clientele-provider>` (or with its own `client`).
 *
 * @tag client-authentication-tab
 * @summary One client's two-factor status, verification records, sign-in block and impersonation sessions.
 *
 * @event {CustomEvent<ClientAuthenticationChangeDetail>} client-authentication-change - The server accepted a change (`detail.action`: `password-reset`, `block`, `unblock`, `end-session`, `end-sessions`; `detail.authentication` after block and unblock; `detail.sessionId` after `end-session`; `detail.clientId`). Bubbles, composed.
 *
 * @csspart status - The three status blocks (two-factor, signing in, password).
 * @csspart auth-action - An action button (`data-action`: `password-reset`, `block`, `unblock`, `end-sessions`, `end-session`).
 * @csspart sessions - The active sessions section.
 * @csspart records - The verification records section.
 * @csspart table - The sessions' table.
 * @csspart row - A session's row, or a record's row in the grid.
 * @csspart grid - The records' data grid (scroll container).
 * @csspart header-row - The grid's header row.
 * @csspart header-cell - A column header of the grid.
 * @csspart cell - A data cell of the grid.
 * @csspart dialog - The forms' dialog; `dialog-title`, `dialog-error`, `dialog-confirm` its pieces.
 * @csspart dialog-title - The dialog's title.
 * @csspart dialog-error - The dialog's error message.
 * @csspart dialog-confirm - The dialog's submit button (Retry after a failure).
 * @csspart state-title - Title of the empty, error, forbidden and not-found views.
 * @csspart state-message - Message of those views.
 * @csspart retry-button - The Retry button of the error view.
 *
 * @cssprop --clientele-color-accent - Buttons and focus.
 * @cssprop --clientele-color-danger - Block, End, and field errors.
 * @cssprop --clientele-color-status-red - A blocked sign-in and a failed check (with `-text`).
 * @cssprop --clientele-color-status-green - Two-factor on and a passed check (with `-text`).
 * @cssprop --clientele-color-border - Table rules and the status blocks' frames.
 * @cssprop --clientele-grid-max-block-size - Maximum height of the records grid (default 70vh).
 */
export class ClientAuthenticationTab extends LitElement {
  static override properties = {
    client: { attribute: false },
    clientId: { attribute: 'client-id' },
  };

  static override styles = [...listChromeStyles, authTabStyles];

  /** The SDK client; overrides the one from `<clientele-provider>`. */
  declare client: ClienteleClient | undefined;
  /** The client whose sign-in security to show. */
  declare clientId: string | undefined;

  readonly #context = new ClienteleConsumer(this);
  readonly #data = new ResourceController(this, {
    args: () => {
      const api = this.#context.client;
      return api && this.clientId ? ([api, this.clientId] as const) : undefined;
    },
    load: ([api, id], signal) => loadAuthentication(api, id, signal),
    isEmpty: (data: AuthenticationData) =>
      !data.status.two_factor.enabled &&
      !data.status.sign_in.blocked &&
      data.sessions.length === 0 &&
      data.recordsTotal === 0,
    keepData: true,
  });
  readonly #sdkRecords = providerPerClient(sdkRecordsProvider);
  readonly #records = new ListRows<VerificationRecord, RecordsQuery>(this, {
    provider: () => (this.clientId ? this.#sdkRecords(this.#context.client) : undefined),
    query: () => ({ clientId: this.clientId ?? '', sort: '-at' }),
    key: (q) => JSON.stringify([q.clientId, q.sort]),
    reverseSort: reverseRecordsSort,
    onReset: (refresh) => {
      if (!refresh) this.#grid.resetPosition();
    },
  });
  readonly #grid = new DataGrid<VerificationRecord>(this, {
    label: () => this.#t.authRecordsHeading,
    total: () => this.#records.total ?? 0,
    row: (index) => this.#records.get(index),
    rowHeight: ROW_HEIGHT,
    placeholderLabel: () => this.#t.loading,
    columns: () => this.#columns(),
    onRangeChange: (start, end) => this.#records.ensure(start, end),
  });
  readonly #width: OwnWidth = new OwnWidth(this, () => this.#columns().length);
  readonly #forms = new LazyPart<FormsModule, AuthForms>(
    this,
    () => authTabParts.forms(this.#context.locale),
    (module) => {
      adoptMoreStyles(this, module.AuthForms.styles);
      return new module.AuthForms(this, {
        text: () => this.#t,
        locale: () => this.#context.locale,
        client: () => this.#context.client,
        clientId: () => this.clientId ?? '',
        etag: () => this.#data.data?.etag,
        onDone: (change) => this.#onDone(change),
        onStale: () => void this.#data.run(),
      });
    },
  );
  /** The button that asked for the forms while they load (`<action>:<id>`). */
  #asked: string | undefined;
  #announcement = '';

  /** The sign-in security as last loaded. */
  get authentication(): ClientAuthentication | undefined {
    return this.#data.data?.status;
  }

  /** The active impersonation sessions as last loaded. */
  get sessions(): readonly ActiveImpersonationSession[] {
    return this.#data.data?.sessions ?? [];
  }

  /** Loads everything again (the records from their first page). */
  reload(): Promise<void> {
    this.#records.refresh();
    return this.#data.run();
  }

  get #t(): AuthTabText {
    return authTabText(this.#context.locale);
  }

  #columns() {
    return recordColumns(this.#t, this.#context.locale, this.#width.rem);
  }

  /** Whether the user's permissions are known (not while `/me` loads). */
  get #known(): boolean {
    const status = this.#context.user?.status;
    return status !== 'loading' && status !== 'idle';
  }

  #open(action: Action, session?: ActiveImpersonationSession): void {
    this.#asked = `${action}:${session?.id ?? ''}`;
    const count = this.sessions.length;
    this.#forms.use((forms) => {
      this.#asked = undefined;
      if (action === 'password-reset') forms.passwordReset();
      else if (action === 'block') forms.block();
      else if (action === 'unblock') forms.unblock();
      else if (action === 'end-sessions') forms.endAll(count);
      else if (session) forms.endSession(session);
    });
    this.requestUpdate();
  }

  #onDone(change: AuthChange): void {
    const t = this.#t;
    const clientId = this.clientId ?? '';
    switch (change.action) {
      case 'password-reset': {
        const list = new Intl.ListFormat(this.#context.locale, { type: 'conjunction' });
        const recipients = list.format(
          change.receipt.recipients.map((r) => `${r.name} (${r.email})`),
        );
        this.#announce(t.authResetSent({ recipients }));
        dispatch(this, 'client-authentication-change', { clientId, action: change.action });
        break;
      }
      case 'block':
      case 'unblock':
        this.#announce(change.action === 'block' ? t.authBlocked : t.authUnblocked);
        dispatch(this, 'client-authentication-change', {
          clientId,
          action: change.action,
          authentication: change.status,
        });
        break;
      case 'end-session':
        this.#announce(t.authSessionEnded({ staff: change.session.impersonator.name }));
        dispatch(this, 'client-authentication-change', {
          clientId,
          action: change.action,
          sessionId: change.session.id,
        });
        break;
      case 'end-sessions':
        this.#announce(t.authSessionsEnded({ count: change.ended }));
        dispatch(this, 'client-authentication-change', { clientId, action: change.action });
        break;
    }
    void this.#data.run();
  }

  #announce(text: string): void {
    this.#announcement = text;
    this.requestUpdate();
  }

  #renderLoaded(t: AuthTabText, data: AuthenticationData, actions: AuthActions) {
    const locale = this.#context.locale;
    const rows = this.#records.shown;
    const failed = rows?.error !== undefined && this.#records.state !== 'loading';
    return html`${renderSessions(t, locale, data.sessions, actions)}
    ${renderRecords(t, locale, {
      total: this.#records.total,
      retry: failed ? () => this.#records.current?.retry() : undefined,
      grid: this.#grid.render(),
    })}`;
  }

  protected override render() {
    const locale = this.#context.locale;
    if (!authTabText.ready(locale)) return renderLoading(locale);
    const t = this.#t;
    const state = this.#data.state;
    const data = this.#data.data;
    const known = this.#known;
    const refused = known && !this.#context.can('clients.security');
    const shown = (state === 'loaded' || state === 'empty') && data;
    const actions: AuthActions = {
      refused: refused || !known ? t.authNotPermitted : undefined,
      busy: this.#forms.busy ? this.#asked : undefined,
      run: (action) => this.#open(action),
      endSession: (session) => this.#open('end-session', session),
    };
    return html`
      ${shown && refused ? html`<p id=${REFUSED_ID} class="note">${t.authNotPermitted}</p>` : nothing}
      ${shown ? renderStatus(t, locale, data.status, actions) : nothing}
      ${this.#forms.renderError(t)}
      ${renderTabState(
        {
          locale,
          ...fromResource(this.#data),
          rows: 5,
          empty: { title: t.authEmptyTitle, message: t.authEmptyMessage },
        },
        data ? this.#renderLoaded(t, data, actions) : nothing,
      )}
      <span class="visually-hidden" role="status">${this.#announcement}</span>
      ${this.#forms.part?.render()}
    `;
  }
}
