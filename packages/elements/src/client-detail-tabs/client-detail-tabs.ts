import type { Client, ClienteleClient, ImpersonationSession } from '@clientele/sdk';
import type { Versioned } from '@clientele/sdk/versioned';
import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { ClienteleConsumer } from '../base/controllers/clientele-consumer.ts';
import { OwnWidth } from '../base/controllers/own-width.ts';
import { ResourceController } from '../base/controllers/resource-controller.ts';
import { dispatch } from '../base/events.ts';
import { LazyModule } from '../base/lazy.ts';
import { renderLoading } from '../base/states/render-loading.ts';
import { TabsController } from '../ui/tabs.ts';
import { clientDetailStyles } from './client-detail-tabs.styles.ts';
import { clientRecordContext } from './client-record.ts';
import { DetailActionsLoader } from './detail-actions-loader.ts';
import { clientDetailParts, type DetailPage } from './detail-parts.ts';
import { type ClientDetailText, clientDetailText } from './messages.ts';
import { TabPanels } from './tab-panels.ts';
import {
  type ClientTab,
  clientTab,
  onClientTabsChange,
  registeredClientTabs,
} from './tab-registry.ts';
import { TAB_LABEL_KEYS } from './tabs/tab-labels.en.ts';

/** `detail` of `client-tab-change` (cancelable: `preventDefault()` keeps the current tab). */
export interface ClientTabChangeDetail {
  clientId: string;
  tab: string;
  previous: string | undefined;
}

/**
 * `detail` of `client-impersonate` (cancelable: the host opens `session.url` itself), fired by
 * the header's "Log in as the client" and by the Users tab's "Log in as" one user.
 */
export interface ClientImpersonateDetail {
  clientId: string;
  /** The session: its `url` opens the client area; its `id` ends it early (`endClientImpersonationSession`). */
  session: ImpersonationSession;
  /** The client's user the session acts as (`session.user`); absent for the client itself. */
  userId?: string;
}

/** `detail` of `client-load`: the client, as loaded (also after `client-id` changes or `reload()`). */
export interface ClientLoadDetail {
  clientId: string;
  client: Client;
}

/** `detail` of `client-change`: the server accepted a change to the client. */
export interface ClientChangeDetail {
  clientId: string;
  action: 'edit' | 'approve' | 'suspend' | 'resume' | 'delete' | 'email';
  client: Client | undefined;
}

declare global {
  interface HTMLElementEventMap {
    'client-tab-change': CustomEvent<ClientTabChangeDetail>;
    'client-impersonate': CustomEvent<ClientImpersonateDetail>;
    'client-change': CustomEvent<ClientChangeDetail>;
    'client-load': CustomEvent<ClientLoadDetail>;
  }
}

/** The client with its version (`ETag`), for `If-Match` on the edits. */
async function readClient(
  api: ClienteleClient,
  id: string,
  signal?: AbortSignal,
): Promise<Versioned<Client>> {
  const { data, response } = await api.GET('/clients/{client_id}', {
    params: { path: { client_id: id } },
    signal,
  });
  return { data: data as Client, etag: response.headers.get('ETag') ?? '' };
}

/** Below this width of its own (rem) the header stacks and the facts take two columns. */
const NARROW_REM = 40;
/**
 * Events from the tabs after which the header's facts may be stale (the configuration's name, the
 * up-to-date credit after an invoice): the shell reads the client again, quietly.
 */
const HEADER_CHANGES = ['client-configuration-change', 'client-invoice-create'] as const;

/**
 * One client's page: a header (company or name, status with its reason, id, created, group,
 * configuration, up-to-date credit, "out of credit since") with the staff actions on the client,
 * and WAI-ARIA tabs whose panels are other elements, registered in a tab registry
 * (`registerClientTab`): Overview and Tickets built in, more plugged in without editing this
 * element. Each panel loads on its first opening and is kept while the user visits other tabs.
 *
 * Tabs use manual activation (Enter or Space selects the focused tab; arrows only move focus):
 * the APG's advice for panels that load data, so walking the tab list with the arrows does not
 * start a request, and a chunk, per tab passed over.
 *
 * Tabs with a `permission` are hidden from users who lack it. The actions a user may not take
 * stay visible, `aria-disabled`, with the reason shown. A client that does not exist (or may
 * not be seen, or failed to load) is one state view for the whole widget.
 *
 * @tag client-detail-tabs
 * @summary One client's page: header with actions, and tabs (Overview, Tickets, and every registered tab).
 *
 * @event {CustomEvent<ClientTabChangeDetail>} client-tab-change - The user is choosing another tab (`detail.tab`, `detail.previous`, `detail.clientId`). Cancelable: `preventDefault()` keeps the current tab. Not fired when the host sets `active-tab`. Bubbles, composed.
 * @event {CustomEvent<ClientSelectDetail>} client-select - "Create similar" made a new client (`detail.clientId`): the host opens it. Bubbles, composed.
 * @event {CustomEvent<ClientImpersonateDetail>} client-impersonate - An impersonation session was opened (`detail.session`, `detail.clientId`; `session.id` ends it early with `endClientImpersonationSession`). Cancelable: without `preventDefault()` the widget opens `session.url` in a new tab. Bubbles, composed.
 * @event {CustomEvent<ClientLoadDetail>} client-load - The client loaded (`detail.client`): a host may title its page with it. Bubbles, composed.
 * @event {CustomEvent<ClientChangeDetail>} client-change - The server accepted an action on the client (`detail.action`, `detail.client` as it is now). Bubbles, composed.
 *
 * @csspart header - The header (name, status, facts, actions).
 * @csspart name - The client's company or name (a heading).
 * @csspart status - The status badge and its reason.
 * @csspart facts - The list of facts (id, created, group, configuration, credit, out of credit since).
 * @csspart fact - One fact (also `credit`, `out-of-credit`).
 * @csspart actions - The group of action buttons.
 * @csspart action - One action button (`data-action` names it).
 * @csspart tablist - The tab list.
 * @csspart tab - One tab (`aria-selected="true"` when selected).
 * @csspart panel - One tab panel.
 * @csspart dialog - An action's dialog; `dialog-title`, `dialog-error` and `dialog-confirm` its pieces.
 * @csspart dialog-title - The dialog's title.
 * @csspart dialog-error - The dialog's error message.
 * @csspart dialog-confirm - The dialog's submit button.
 * @csspart state-title - Title of the error, forbidden and not-found views.
 * @csspart state-message - Message of those views.
 * @csspart retry-button - The Retry button of the error view.
 *
 * @cssprop --clientele-color-accent - The selected tab's marker, links and focus.
 * @cssprop --clientele-color-border - The line under the tab list, dividers.
 * @cssprop --clientele-color-danger - Negative credit, the delete action, field errors.
 * @cssprop --clientele-color-status-green - Active clients' badge (with `-text`; likewise amber, grey, red, blue).
 * @cssprop --clientele-color-text-muted - Fact labels and the status reason.
 */
export class ClientDetailTabs extends LitElement {
  static override properties = {
    client: { attribute: false },
    clientId: { attribute: 'client-id' },
    activeTab: { attribute: 'active-tab', reflect: true },
    tabs: {},
  };

  static override styles = clientDetailStyles;

  /** The SDK client; overrides the one from `<clientele-provider>`. */
  declare client: ClienteleClient | undefined;
  /** The client to show (its id). */
  declare clientId: string | undefined;
  /**
   * The selected tab's name (reflected: it follows the user's choice). Set it for a deep
   * link; a name that is not shown selects the first tab, with a console warning.
   */
  declare activeTab: string | undefined;
  /**
   * Which tabs to show, in order: names separated by spaces or commas (`overview tickets`).
   * Unknown names are ignored with a console warning. Default: every registered tab.
   */
  declare tabs: string | undefined;

  readonly #context = new ClienteleConsumer(this);
  readonly #recordProvider = new ContextProvider(this, { context: clientRecordContext });
  /** The client with its version: as loaded, then as the last action left it. */
  #record: Versioned<Client> | undefined;
  readonly #load = new ResourceController(this, {
    args: () => {
      const api = this.#context.client;
      return api && this.clientId ? ([api, this.clientId] as const) : undefined;
    },
    load: ([api, id], signal) => readClient(api, id, signal),
    onLoad: (record) => {
      this.#setRecord(record);
      dispatch(this, 'client-load', { clientId: record.data.id, client: record.data });
    },
  });
  /**
   * The header and its action buttons: not in the first paint (the loading state), in a chunk
   * that registering the tag starts loading, beside the client's request. Until both are in the
   * page shows the loading state; a chunk that fails is the error view, whose Retry loads it again.
   */
  readonly #page = new LazyModule(
    this,
    () => clientDetailParts.page(),
    () => clientDetailParts.page.peek?.(),
  );
  readonly #panels = new TabPanels(this);
  readonly #tabs = new TabsController<string>(this, {
    idPrefix: 'client',
    tabs: () => this.#shown.map((tab) => tab.name),
    activation: 'manual',
    canChange: (tab, previous) =>
      dispatch(
        this,
        'client-tab-change',
        { clientId: this.clientId ?? '', tab, previous },
        { cancelable: true },
      ),
    onChange: (tab) => {
      this.activeTab = tab;
    },
  });
  readonly #width = new OwnWidth(this, () => this.#narrow);
  readonly #actions = new DetailActionsLoader(this, {
    t: () => this.#t,
    locale: () => this.#locale,
    api: () => this.#context.client,
    record: () => this.#record,
    setRecord: (record) => this.#setRecord(record),
    refresh: () => this.#refresh(),
  });
  /** The `tabs` value last warned about, so a bad name warns once. */
  #warned = new Set<string>();
  #unsubscribe: (() => void) | undefined;

  get #t(): ClientDetailText {
    return clientDetailText(this.#locale);
  }

  get #locale(): string {
    return this.#context.locale;
  }

  get #narrow(): boolean {
    const rem = this.#width.rem;
    return rem !== undefined && rem < NARROW_REM;
  }

  /** The client as shown (after the last action), undefined until loaded. */
  get clientRecord(): Client | undefined {
    return this.#record?.data;
  }

  /** Loads the client again (the panels keep what they show). */
  reload(): Promise<void> {
    return this.#load.run();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribe = onClientTabsChange(() => this.requestUpdate());
    for (const type of HEADER_CHANGES) this.addEventListener(type, this.#onHeaderChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    for (const type of HEADER_CHANGES) this.removeEventListener(type, this.#onHeaderChange);
  }

  /** A tab changed what the header shows: the client is read again (its new version too). */
  #onHeaderChange = (event: Event): void => {
    const { clientId } = (event as CustomEvent<{ clientId?: string }>).detail ?? {};
    if (clientId === this.clientId) void this.#refresh();
  };

  #setRecord(record: Versioned<Client>): void {
    this.#record = record;
    this.#recordProvider.setValue(record.data);
    this.requestUpdate();
  }

  /** Reads the client again quietly (its new version after a status action). */
  async #refresh(): Promise<void> {
    const api = this.#context.client;
    const id = this.clientId;
    if (!api || !id) return;
    try {
      const record = await readClient(api, id);
      if (id === this.clientId) this.#setRecord(record);
    } catch {
      // The header keeps what the action answered; the next edit's 412 shows the news.
    }
  }

  /** The tabs this user sees, in the order `tabs` gives (else the registry's). */
  get #shown(): ClientTab[] {
    const names = this.tabs?.trim() ? this.tabs.split(/[\s,]+/).filter(Boolean) : undefined;
    const tabs: ClientTab[] = [];
    for (const name of names ?? registeredClientTabs().map((tab) => tab.name)) {
      const tab = clientTab(name);
      if (!tab) {
        this.#warn(`tabs: "${name}" is no registered tab; ignored.`);
        continue;
      }
      if (tabs.includes(tab)) continue;
      if (tab.permission && !this.#context.can(tab.permission)) continue;
      tabs.push(tab);
    }
    return tabs;
  }

  #warn(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(`<client-detail-tabs> ${message}`);
  }

  /** The user's permissions are known (always, without a provider). */
  get #userKnown(): boolean {
    const status = this.#context.user?.status;
    return status === undefined || status === 'loaded' || status === 'error';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('clientId') && changed.get('clientId') !== undefined) {
      this.#record = undefined;
      this.#recordProvider.setValue(undefined);
    }
    this.#panels.clientId = this.clientId ?? '';
    if (this.#page.status === 'idle') this.#page.load().catch(() => undefined);
    if (!this.#record || !this.#userKnown) return;
    const shown = this.#shown;
    const wanted = this.activeTab;
    if (!wanted || (shown.length > 0 && !shown.some((tab) => tab.name === wanted))) {
      if (wanted) this.#warn(`active-tab: "${wanted}" is not shown; showing "${shown[0]?.name}".`);
      this.activeTab = shown[0]?.name;
    }
    this.#tabs.selected = this.activeTab;
    const selected = this.#tabs.selected;
    const tab = selected === undefined ? undefined : clientTab(selected);
    if (tab) this.#panels.open(tab);
  }

  /** The tab last brought into view, so the user's own scrolling of the list is left alone. */
  #inView: string | undefined;

  protected override updated(): void {
    // The selected tab in view in a list that scrolls sideways (a narrow page, many tabs): on
    // the first render, and when the tab changes by the URL or another part of the page.
    const tab = this.renderRoot.querySelector<HTMLElement>('.tab[aria-selected="true"]');
    if (!tab || this.#inView === tab.id) return;
    this.#inView = tab.id;
    // After layout: the header's and the tabs' sizes settle in the same frame.
    requestAnimationFrame(() => {
      const list = tab.parentElement;
      if (!list?.isConnected) return;
      const bounds = list.getBoundingClientRect();
      const box = tab.getBoundingClientRect();
      const margin = box.width / 2;
      if (box.left < bounds.left) list.scrollLeft -= bounds.left - box.left + margin;
      else if (box.right > bounds.right) list.scrollLeft += box.right - bounds.right + margin;
    });
  }

  protected override render() {
    const locale = this.#locale;
    if (!clientDetailText.ready(locale)) return renderLoading(locale, 4);
    const t = this.#t;
    const record = this.#record;
    const page = this.#page.module;
    const loadFailed = ['error', 'forbidden', 'notFound'].includes(this.#load.state);
    const failed = loadFailed || this.#page.status === 'error';
    const state = loadFailed
      ? this.#load.state
      : failed
        ? 'error'
        : record && page && this.#userKnown
          ? this.#shown.length > 0
            ? 'loaded'
            : 'empty'
          : 'loading';
    return html`<clientele-state
        lang=${locale}
        .state=${state}
        .error=${loadFailed ? this.#load.error : this.#page.error}
        rows="4"
        exportparts="title: state-title, message: state-message, retry-button"
        @retry=${() => {
          if (loadFailed) void this.#load.retry();
          else this.#page.load().catch(() => undefined);
        }}
      >
        <div slot="empty" class="empty">
          <p class="empty-title">${t.noTabsTitle}</p>
          <p>${t.noTabsMessage}</p>
        </div>
        ${record && page && !failed ? this.#renderPage(page, t, locale, record.data) : nothing}
      </clientele-state>
      ${this.#actions.render()}`;
  }

  #renderPage(page: DetailPage, t: ClientDetailText, locale: string, client: Client) {
    const shown = this.#shown;
    const actions = this.#actions.renderButtons(page, t, client, (p) => this.#context.can(p));
    return html`<div class="page ${this.#narrow ? 'narrow' : ''}">
      ${page.renderHeader(t, locale, client, actions)}
      <div class="tablist" part="tablist" ${this.#tabs.tablist()} aria-label=${t.clientSections}>
        ${shown.map(
          (tab) =>
            html`<button class="tab" part="tab" type="button" ${this.#tabs.tab(tab.name)}>
              ${t[TAB_LABEL_KEYS[tab.label]] ?? tab.name}
            </button>`,
        )}
      </div>
      ${shown.map(
        (tab) =>
          html`<section class="panel" part="panel" ${this.#tabs.panel(tab.name)}>
            ${this.#panels.render(tab.name, locale, t)}
          </section>`,
      )}
    </div>`;
  }
}
