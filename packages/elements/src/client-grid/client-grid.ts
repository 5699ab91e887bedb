import {
  type Client,
  type ClienteleClient,
  type ClientSort,
  type ClientStatus,
  type ClientStatusCounts,
  isApiError,
  type StatusReason,
} from '@clientele/sdk';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { forEachConcurrently } from '../base/concurrency.ts';
import { ClienteleConsumer } from '../base/controllers/clientele-consumer.ts';
import type { ResourceState } from '../base/controllers/resource-controller.ts';
import { enumLabel, enumTone } from '../base/enum-label.ts';
import { dispatch } from '../base/events.ts';
import { clientName } from '../base/format/client-name.ts';
import { formatDate } from '../base/format/dates.ts';
import { numberFormat } from '../base/format/intl-cache.ts';
import { formatMoney } from '../base/format/money.ts';
import type { Permission } from '../base/permissions.ts';
import { styleProps } from '../base/style-props.ts';
import { DataGrid, type GridColumn, type SortDirection } from '../list/data-grid.ts';
import { DEFAULT_MAX_LIMIT as API_MAX_LIMIT } from '../list/list-data.ts';
import { sortDirectionOf } from '../list/list-query.ts';
import { listWidgetStyles } from '../list/list-view.styles.ts';
import { listViewState, providerPerClient } from '../list/list-view.ts';
import { PagedRows, yieldToBrowser } from '../list/paged-rows.ts';
import { UrlState } from '../list/url-state.ts';
import { ActionMenu, type MenuItem } from '../ui/action-menu.ts';
import { ConfirmDialog } from '../ui/confirm-dialog.ts';
import { renderActiveFilters } from '../ui/filter-chips.ts';
import { SearchField } from '../ui/search-field.ts';
import { loadFilterOptions, sdkClientDataProvider } from './client-api.ts';
import type { ClientDataProvider, ClientDataResult } from './client-data.ts';
import { clientGridStyles } from './client-grid.styles.ts';
import {
  CLIENT_SORT_FIELDS,
  CLIENT_STATUSES,
  type ClientFilterKey,
  type ClientFilters,
  type ClientGridView,
  type ClientListState,
  type ClientSortField,
  DEFAULT_SORT,
  FILTER_FIELDS,
  type FilterField,
  filterChips,
  isClientGridView,
  isClientSort,
  parseFilters,
  type ReferenceList,
  reverseSort,
  sameFilters,
  serializeFilters,
  sortParts,
  stateFromParams,
  stateToParams,
  withFilter,
  withoutFilter,
} from './client-query.ts';
import { clientsToCsv, downloadCsv } from './csv.ts';
import { type ClientGridText, clientGridText } from './messages.ts';

/** What a row or card action does. */
export const CLIENT_ACTIONS = [
  'view',
  'approve',
  'suspend',
  'resume',
  'impersonate',
  'delete',
] as const;
export type ClientAction = (typeof CLIENT_ACTIONS)[number];

export const CLIENT_BULK_ACTIONS = ['approve', 'suspend', 'resume', 'export'] as const;
export type ClientBulkAction = (typeof CLIENT_BULK_ACTIONS)[number];

/** `detail` of `client-select`. */
export interface ClientSelectDetail {
  clientId: string;
}

/** `detail` of `client-action` (cancelable: `preventDefault()` skips the built-in action). */
export interface ClientActionDetail {
  action: ClientAction;
  clientId: string;
}

/** `detail` of `client-bulk-action` (cancelable). */
export interface ClientBulkActionDetail {
  action: ClientBulkAction;
  /** The selected clients (empty for `export`, which covers the current filters). */
  clientIds: string[];
}

/** `detail` of `client-action-done`: a built-in action succeeded. */
export interface ClientActionDoneDetail {
  action: Exclude<ClientAction, 'view'>;
  clientId: string;
}

/** Options of the reference filters: id and name per list. */
export type ClientFilterOptions = Partial<
  Record<ReferenceList, ReadonlyArray<{ id: string; name: string }>>
>;

declare global {
  interface HTMLElementEventMap {
    'client-select': CustomEvent<ClientSelectDetail>;
    'client-action': CustomEvent<ClientActionDetail>;
    'client-bulk-action': CustomEvent<ClientBulkActionDetail>;
    'client-action-done': CustomEvent<ClientActionDoneDetail>;
  }
}

/** A walk through every client of the current query: what for, how far, how to stop it. */
interface LoadAll {
  readonly kind: 'export' | 'select';
  readonly controller: AbortController;
  readonly key: string;
  done: number;
  total: number;
}

const ROW_HEIGHT = 52;
const CARD_HEIGHT = 200;
const CARD_MIN_WIDTH = 288;
const FIRST_PAGE = 50;
/** Bulk actions send this many requests at a time: quicker, and gentle on the server. */
const BULK_CONCURRENCY = 4;

const STATUS_KEYS: Record<ClientStatus, keyof ClientGridText> = {
  active: 'statusActive',
  inactive: 'statusInactive',
  suspending: 'statusSuspending',
  suspended: 'statusSuspended',
  deleting: 'statusDeleting',
  closed: 'statusClosed',
  pending_approval: 'statusPendingApproval',
};

/** Badge colour per status; the text always says the status, colour only repeats it. */
const STATUS_TONES: Record<ClientStatus, string> = {
  active: 'green',
  inactive: 'grey',
  suspending: 'amber',
  suspended: 'amber',
  deleting: 'red',
  closed: 'red',
  pending_approval: 'blue',
};

const FILTER_LABELS: Record<ClientFilterKey, keyof ClientGridText> = {
  status: 'filterStatus',
  created_after: 'filterCreatedAfter',
  created_before: 'filterCreatedBefore',
  configuration_id: 'filterConfiguration',
  group_id: 'filterGroup',
  tax_exempt: 'filterTaxExempt',
  has_instances_in_region: 'filterRegion',
  has_instances_with_flavor: 'filterFlavor',
  has_instances_on_hypervisor: 'filterHypervisor',
  has_billing_agreement: 'filterBillingAgreement',
  has_services: 'filterHasServices',
  has_instances: 'filterHasInstances',
  has_services_of_type: 'filterServiceType',
  has_service_for_product: 'filterProduct',
};

const SORT_LABELS: Record<ClientSortField, keyof ClientGridText> = {
  company: 'sortCompany',
  country: 'columnCountry',
  created_at: 'columnCreated',
  uptodate_credit: 'columnCredit',
  configuration: 'columnConfiguration',
  group: 'columnGroup',
};

const SUSPEND_REASONS: ReadonlyArray<[StatusReason, keyof ClientGridText]> = [
  ['staff', 'reasonStaff'],
  ['credit', 'reasonCredit'],
  ['fraud', 'reasonFraud'],
  ['automatic', 'reasonAutomatic'],
];

const STATUS_REASON_KEYS: Record<StatusReason, keyof ClientGridText> = Object.fromEntries(
  SUSPEND_REASONS,
) as Record<StatusReason, keyof ClientGridText>;

type StatusAction = Exclude<ClientBulkAction, 'export'>;

/**
 * The actions that move a client between statuses: which statuses each applies to, the
 * permission it needs, and its labels in a row's menu and in the bulk bar.
 */
const STATUS_ACTIONS: Readonly<
  Record<
    StatusAction,
    {
      applies: (status: ClientStatus) => boolean;
      permission: Permission;
      label: keyof ClientGridText;
      bulkLabel: keyof ClientGridText;
    }
  >
> = {
  approve: {
    applies: (status) => status === 'pending_approval',
    permission: 'clients.approve',
    label: 'actionApprove',
    bulkLabel: 'bulkApprove',
  },
  suspend: {
    applies: (status) => status === 'active' || status === 'inactive',
    permission: 'clients.suspend',
    label: 'actionSuspend',
    bulkLabel: 'bulkSuspend',
  },
  resume: {
    applies: (status) => status === 'suspended',
    permission: 'clients.suspend',
    label: 'actionResume',
    bulkLabel: 'bulkResume',
  },
};

const regionNames = new Map<string, Intl.DisplayNames | null>();
function countryName(locale: string, code: string): string {
  let names = regionNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The `filters` attribute: JSON or URL query form; bad parts are dropped with a warning. */
const filtersConverter = {
  fromAttribute(value: string | null): ClientFilters {
    const result = parseFilters(value);
    for (const problem of result.problems) console.warn(`<client-grid> filters: ${problem}`);
    return result.value;
  },
  toAttribute(value: ClientFilters): string {
    return serializeFilters(value);
  },
};

/**
 * The staff client list: every client, found fast and acted on. A list view (an ARIA data
 * grid, windowed for any number of clients) and a card view; search, every filter of the API
 * as removable chips, sorting, status counts, row actions that follow the user's permissions,
 * multi-select with bulk approve/suspend/resume, and CSV export of the current filters.
 *
 * Data comes through the SDK from the nearest `<clientele-provider>` (or the `client`
 * property), or from a `dataProvider` function. Search, filters, sort and view live in
 * attributes/properties; with `url-state` they are mirrored into the page URL.
 *
 * Its language is its own `lang`, else the provider's locale; its colour scheme follows a
 * `theme` attribute (`light`, `dark`, `auto`) on it or an ancestor provider.
 *
 * @tag client-grid
 * @summary Staff client list with list and card views, search, filters, sorting and actions.
 *
 * @event {CustomEvent<ClientSelectDetail>} client-select - The user chose a client (Enter or a click on a row, a card's name, or "View"): `detail.clientId`. Bubbles, composed.
 * @event {CustomEvent<ClientActionDetail>} client-action - Fired first when a row action is chosen (`detail.action`: view, approve, suspend, resume, impersonate or delete; `detail.clientId`). Cancelable: `preventDefault()` skips the built-in behaviour (confirmation and API call) so the host can own the action. Bubbles, composed.
 * @event {CustomEvent<ClientBulkActionDetail>} client-bulk-action - Fired first when a bulk action is chosen (`detail.action`: approve, suspend, resume or export; `detail.clientIds`: the selection, empty for export, which covers the current search and filters). Cancelable. Bubbles, composed.
 * @event {CustomEvent<ClientActionDoneDetail>} client-action-done - A built-in action succeeded on the server (`detail.action`, `detail.clientId`), once per client. Bubbles, composed.
 *
 * @csspart toolbar - The bar with search, filters toggle, sort menu, view toggle, export and the total.
 * @csspart search - The search input.
 * @csspart status-counts - The row of status count buttons.
 * @csspart status-count - One status count button (`aria-pressed` when it filters).
 * @csspart filter-panel - The panel with every filter.
 * @csspart chips - The active filters row.
 * @csspart chip - One active filter.
 * @csspart clear-filters - The "Clear all" button of the chips row.
 * @csspart bulk-bar - The bar shown while clients are selected.
 * @csspart select-all - The tri-state "select all" checkbox (grid header, or above the cards).
 * @csspart grid - The list view's grid (its scroll container).
 * @csspart header-row - The grid's header row.
 * @csspart header-cell - A column header.
 * @csspart row - A data row.
 * @csspart placeholder-row - A data row whose client is still loading (also `row`).
 * @csspart selected-row - A selected data row (also `row`).
 * @csspart cell - A data cell.
 * @csspart cards - The card view's list (its scroll container).
 * @csspart card - One client card.
 * @csspart badge - A status badge.
 * @csspart actions-button - A row's or card's actions menu button.
 * @csspart menu - The actions menu.
 * @csspart menu-item - An item of the actions menu.
 * @csspart dialog - The confirmation dialog.
 * @csspart dialog-title - The dialog's title.
 * @csspart dialog-error - The dialog's error message (the problem's title and detail).
 * @csspart dialog-confirm - The dialog's confirm button.
 *
 * @cssprop --clientele-grid-max-block-size - Maximum height of the list and card views (default 70vh).
 * @cssprop --clientele-color-surface - Background of the grid, cards, inputs and menus.
 * @cssprop --clientele-color-surface-sunken - Header row, hovered rows, filter panel, chips.
 * @cssprop --clientele-color-text - Text.
 * @cssprop --clientele-color-text-muted - Labels, secondary text, the total.
 * @cssprop --clientele-color-border - Borders of the grid, rows, cards and controls.
 * @cssprop --clientele-color-accent - Pressed toggles, selection, sort indicators, links.
 * @cssprop --clientele-color-on-accent - Text on the accent colour.
 * @cssprop --clientele-color-danger - Destructive actions and negative credit.
 * @cssprop --clientele-color-focus-ring - The keyboard focus ring.
 * @cssprop --clientele-color-skeleton - Placeholders of rows still loading.
 * @cssprop --clientele-color-status-green - Badge background of active clients.
 * @cssprop --clientele-color-status-green-text - Badge text of active clients.
 * @cssprop --clientele-color-status-amber - Badge background of suspending and suspended clients.
 * @cssprop --clientele-color-status-amber-text - Badge text of suspending and suspended clients.
 * @cssprop --clientele-color-status-grey - Badge background of inactive clients.
 * @cssprop --clientele-color-status-grey-text - Badge text of inactive clients.
 * @cssprop --clientele-color-status-red - Badge background of deleting and closed clients.
 * @cssprop --clientele-color-status-red-text - Badge text of deleting and closed clients.
 * @cssprop --clientele-color-status-blue - Badge background of clients pending approval.
 * @cssprop --clientele-color-status-blue-text - Badge text of clients pending approval.
 * @cssprop --clientele-font-family - The font.
 * @cssprop --clientele-radius-m - Corner radius of the grid, cards and panels.
 */
export class ClientGrid extends LitElement {
  static override properties = {
    client: { attribute: false },
    dataProvider: { attribute: false },
    filterOptions: { attribute: false },
    query: {},
    filters: { converter: filtersConverter },
    sort: {},
    view: { reflect: true },
    urlState: { attribute: 'url-state' },
  };

  static override styles = [...listWidgetStyles, clientGridStyles];

  /** The SDK client; overrides the one from `<clientele-provider>`. */
  declare client: ClienteleClient | undefined;
  /**
   * Loads pages instead of the SDK: `(request: {query, filters, sort, cursor, limit, signal})
   * => Promise<{items, nextCursor, total, statusCounts?}>`. It must support both directions of
   * each sort, and may declare `maxLimit`, its largest page (default 200). See
   * `createArrayDataProvider` for in-memory arrays.
   */
  declare dataProvider: ClientDataProvider | undefined;
  /** Names for the reference filters' ids (groups, configurations, regions...). Loaded from the API when unset. */
  declare filterOptions: ClientFilterOptions | undefined;
  /** The search text (name, email, company, external id). */
  declare query: string;
  /**
   * The active filters, named like the API's query parameters. As an attribute: JSON
   * (`{"status":["active"]}`) or the URL query form (`status=active&tax_exempt=false`).
   */
  declare filters: ClientFilters;
  /** The sort: a field (`company`, `country`, `created_at`, `uptodate_credit`, `configuration`, `group`), `-` for descending. */
  declare sort: ClientSort;
  /** `list` (a data grid) or `cards`. */
  declare view: ClientGridView;
  /**
   * Present: mirror search, filters, sort and view into the page URL (`history.replaceState`)
   * and restore them from it on load. Its value is a prefix for the parameter names ('' for none).
   */
  declare urlState: string | null | undefined;

  readonly #context = new ClienteleConsumer(this);
  readonly #menu = new ActionMenu(this, 'client-actions-menu');
  readonly #dialog = new ConfirmDialog(this, 'client-dialog');
  readonly #search = new SearchField(this);
  readonly #url = new UrlState<ClientListState>(this, {
    tag: 'client-grid',
    watched: ['query', 'filters', 'sort', 'view'],
    read: stateFromParams,
    write: stateToParams,
    current: () => ({
      query: this.query.trim(),
      filters: this.filters,
      sort: this.sort,
      view: this.view,
    }),
    defaults: () => ({ query: '', filters: {}, sort: DEFAULT_SORT, view: 'list' }),
    apply: (state) => {
      if (state.query !== undefined) this.query = state.query;
      if (state.filters !== undefined) this.filters = state.filters;
      if (state.sort !== undefined) this.sort = state.sort;
      if (state.view !== undefined) this.view = state.view;
    },
  });
  #rows: PagedRows<Client, ClientDataResult> | undefined;
  #rowsKey = '';
  #statusCounts: ClientStatusCounts | undefined;
  #selected = new Map<string, Client>();
  #filtersOpen = false;
  #references: ClientFilterOptions = {};
  #referencesRequested = false;
  /** A walk through every matching client (CSV export or "select all"), while it runs. */
  #loadingAll: LoadAll | undefined;
  /** What the last walk through every client failed at, if it did. */
  #loadAllError: LoadAll['kind'] | undefined;
  #cardColumns = 1;
  #cardScrollTop = 0;
  #cardViewport = 0;
  #cardsResize: ResizeObserver | undefined;
  #cardsElement: HTMLElement | undefined;
  readonly #sdkProvider = providerPerClient(sdkClientDataProvider);

  readonly #grid = new DataGrid<Client>(this, {
    label: () => this.#t.clientsLabel,
    total: () => this.#rows?.total ?? 0,
    row: (index) => this.#rows?.get(index),
    rowHeight: ROW_HEIGHT,
    placeholderLabel: () => this.#t.loading,
    columns: () => this.#columns(),
    onSort: (id) => this.#sortBy(id as ClientSortField),
    onActivate: (client) => this.#select(client.id),
    onRangeChange: (start, end) => this.#rows?.ensure(start, end),
    isSelected: (client) => this.#selected.has(client.id),
  });

  constructor() {
    super();
    this.query = '';
    this.filters = {};
    this.sort = DEFAULT_SORT;
    this.view = 'list';
  }

  get #t(): ClientGridText {
    return clientGridText(this.#context.locale);
  }

  get #locale(): string {
    return this.#context.locale;
  }

  /** How many clients match the current search and filters; undefined until the first page arrives. */
  get total(): number | undefined {
    return this.#rows?.total;
  }

  /** Ids of the selected clients (the selection clears when the search, filters or sort change). */
  get selectedIds(): string[] {
    return [...this.#selected.keys()];
  }

  /** Loads everything again (same search, filters and sort). */
  reload(): void {
    this.#rowsKey = '';
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#rows?.abort();
    this.#loadingAll?.controller.abort();
    this.#cardsResize?.disconnect();
    this.#cardsElement = undefined;
    // Reconnecting starts from scratch (the loads in flight were aborted).
    this.#rowsKey = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#url.restore();
    if (changed.has('sort') && !isClientSort(this.sort)) {
      console.warn(
        `<client-grid>: sort="${this.sort}" is not a client sort; using ${DEFAULT_SORT}.`,
      );
      this.sort = DEFAULT_SORT;
    }
    if (changed.has('view') && !isClientGridView(this.view)) {
      console.warn(`<client-grid>: view="${this.view}" is not list or cards; using list.`);
      this.view = 'list';
    }
    if (changed.has('filters') && (this.filters === null || typeof this.filters !== 'object')) {
      this.filters = {};
    }
    this.#syncRows();
    this.#url.write(changed);
    // The panel's selects and the chips of reference filters show names, not ids.
    if (
      this.#filtersOpen ||
      FILTER_FIELDS.some((f) => f.kind === 'reference' && f.key in this.filters)
    ) {
      this.#requestReferences();
    }
  }

  protected override updated(): void {
    if (this.view === 'cards') this.#observeCards();
  }

  // ------------------------------------------------------------------ data

  get #provider(): ClientDataProvider | undefined {
    return this.dataProvider ?? this.#sdkProvider(this.#context.client);
  }

  /** A new query (search, filters, sort or data source) starts a new, empty row cache. */
  #syncRows(): void {
    const provider = this.#provider;
    const key = provider
      ? JSON.stringify([this.query.trim(), serializeFilters(this.filters), this.sort])
      : '';
    if (this.#rows && key === this.#rowsKey && this.#rowsProvider === provider) return;
    this.#rows?.abort();
    this.#rowsKey = key;
    this.#rowsProvider = provider;
    this.#statusCounts = undefined;
    this.#selected.clear();
    this.#menu.close(false);
    if (!provider) {
      this.#rows = undefined;
      return;
    }
    const query = this.query.trim();
    const filters = this.filters;
    const sort = this.sort;
    const rows = new PagedRows<Client, ClientDataResult>({
      pageSize: FIRST_PAGE,
      walkSize: Math.max(FIRST_PAGE, provider.maxLimit ?? API_MAX_LIMIT),
      fetchPage: ({ cursor, limit, reversed, signal }) =>
        provider({
          query,
          filters,
          sort: reversed ? reverseSort(sort) : sort,
          cursor,
          limit,
          signal,
        }),
      onPage: (page, _reversed, range) => {
        if (this.#rows !== rows) return;
        const counts = page.statusCounts;
        const countsChanged =
          counts !== undefined &&
          (this.#statusCounts === undefined ||
            CLIENT_STATUSES.some((status) => counts[status] !== this.#statusCounts?.[status]));
        if (counts) this.#statusCounts = counts;
        // A walk towards a far row passes many pages nobody sees: re-render only for the
        // pages that land on screen (or when the totals change).
        if (countsChanged || page.total !== this.#shownTotal || this.#shows(range)) {
          this.requestUpdate();
        }
      },
      onError: () => {
        if (this.#rows === rows) this.requestUpdate();
      },
      onIdle: () => {
        if (this.#rows === rows) this.requestUpdate();
      },
    });
    this.#rows = rows;
    this.#grid.resetPosition();
    this.#cardScrollTop = 0;
    if (this.#cardsElement) this.#cardsElement.scrollTop = 0;
    rows.ensure(0, FIRST_PAGE);
  }

  #rowsProvider: ClientDataProvider | undefined;
  /** The total as last rendered. */
  #shownTotal: number | undefined;
  /** The cards in the DOM, [start, end). */
  #cardRange = { start: 0, end: 0 };

  /** Whether rows [start, end) are (partly) in the DOM of the current view. */
  #shows({ start, end }: { start: number; end: number }): boolean {
    const shown = this.view === 'cards' ? this.#cardRange : this.#grid.renderedRange;
    if (start < shown.end && end > shown.start) return true;
    const active = this.#grid.active.row - 1;
    return this.view === 'list' && active >= start && active < end;
  }

  get #state(): ResourceState {
    return listViewState(this.#rows, this.#rows?.total);
  }

  // ------------------------------------------------------------------ user intents

  #select(clientId: string): void {
    dispatch(this, 'client-select', { clientId });
  }

  #sortBy(field: ClientSortField): void {
    const current = sortParts(this.sort);
    this.sort = current.field === field ? reverseSort(this.sort) : (field as ClientSort);
  }

  #setFilters(filters: ClientFilters): void {
    if (!sameFilters(filters, this.filters)) this.filters = filters;
  }

  #toggleStatus(status: ClientStatus): void {
    const only = this.filters.status?.length === 1 && this.filters.status[0] === status;
    this.#setFilters(withFilter(this.filters, 'status', only ? undefined : [status]));
  }

  #toggleRow(client: Client, selected: boolean): void {
    if (selected) this.#selected.set(client.id, client);
    else this.#selected.delete(client.id);
    this.requestUpdate();
  }

  #actionsFor(client: Client): MenuItem[] {
    const t = this.#t;
    const can = (permission: Parameters<ClienteleConsumer['can']>[0]) =>
      this.#context.can(permission);
    const items: MenuItem[] = [{ id: 'view', label: t.actionView }];
    for (const [action, spec] of Object.entries(STATUS_ACTIONS)) {
      if (!spec.applies(client.status)) continue;
      items.push({
        id: action,
        label: t[spec.label] as string,
        disabled: !can(spec.permission),
        reason: t.notPermitted,
      });
    }
    if (client.status !== 'deleting' && client.status !== 'closed') {
      items.push({
        id: 'impersonate',
        label: t.actionImpersonate,
        disabled: !can('clients.impersonate'),
        reason: t.notPermitted,
      });
      items.push({
        id: 'delete',
        label: t.actionDelete,
        danger: true,
        disabled: !can('clients.delete'),
        reason: t.notPermitted,
      });
    }
    return items;
  }

  #openMenu(event: Event, client: Client): void {
    const anchor = event.currentTarget as HTMLElement;
    if (this.#menu.owner === client.id) {
      this.#menu.close();
      return;
    }
    this.#menu.open(
      anchor,
      client.id,
      this.#t.actionsFor({ name: clientName(client) }),
      this.#actionsFor(client),
      (action) => this.#runAction(action as ClientAction, client),
    );
  }

  #runAction(action: ClientAction, client: Client): void {
    const proceed = dispatch(
      this,
      'client-action',
      { action, clientId: client.id },
      { cancelable: true },
    );
    if (!proceed) return;
    if (action === 'view') {
      this.#select(client.id);
      return;
    }
    const api = this.#context.client;
    // Without an SDK client the event is all there is: the host owns the action.
    if (!api) return;
    const t = this.#t;
    const name = clientName(client);
    switch (action) {
      case 'approve':
      case 'suspend':
      case 'resume': {
        const { view, call } = this.#statusAction(action, api);
        const title = { approve: t.approveTitle, suspend: t.suspendTitle, resume: t.resumeTitle };
        this.#confirm({ ...view, title: title[action]({ name }) }, [client], call, action);
        break;
      }
      case 'delete':
        this.#confirm(
          {
            title: t.deleteTitle({ name }),
            message: t.deleteMessage,
            confirmLabel: t.actionDelete,
            danger: true,
          },
          [client],
          (c, _data, signal) =>
            api
              .DELETE('/clients/{client_id}', { params: { path: { client_id: c.id } }, signal })
              .then((r) => r.data),
          'delete',
        );
        break;
      case 'impersonate':
        this.#confirm(
          {
            title: t.impersonateTitle({ name }),
            message: t.impersonateMessage,
            confirmLabel: t.actionImpersonate,
            fields: this.#impersonateFields(),
          },
          [client],
          async (c, data, signal) => {
            const { data: session } = await api.POST('/clients/{client_id}/impersonate', {
              params: { path: { client_id: c.id } },
              body: {
                reason: String(data.get('reason') ?? '').trim(),
                duration_minutes: Number(data.get('duration') || 30),
              },
              signal,
            });
            if (session) window.open(session.url, '_blank', 'noopener,noreferrer');
            return undefined;
          },
          'impersonate',
        );
        break;
    }
  }

  /** The selected clients a bulk action applies to. */
  #eligible(action: StatusAction): Client[] {
    return [...this.#selected.values()].filter((c) => STATUS_ACTIONS[action].applies(c.status));
  }

  #runBulk(action: StatusAction): void {
    const eligible = this.#eligible(action);
    const proceed = dispatch(
      this,
      'client-bulk-action',
      { action, clientIds: [...this.#selected.keys()] },
      { cancelable: true },
    );
    const api = this.#context.client;
    if (!proceed || !api || eligible.length === 0) return;
    const t = this.#t;
    const count = { count: eligible.length, formatted: this.#number(eligible.length) };
    const { view, call } = this.#statusAction(action, api);
    const title = {
      approve: t.bulkApproveTitle,
      suspend: t.bulkSuspendTitle,
      resume: t.bulkResumeTitle,
    };
    this.#confirm({ ...view, title: title[action](count) }, eligible, call, action);
  }

  /**
   * What approve, suspend and resume ask and send, the same for one client or many (the
   * callers add the title).
   */
  #statusAction(
    action: StatusAction,
    api: ClienteleClient,
  ): {
    view: { message: string; confirmLabel: string; danger?: boolean; fields?: unknown };
    call: (client: Client, data: FormData, signal: AbortSignal) => Promise<Client | undefined>;
  } {
    const t = this.#t;
    const params = (client: Client) => ({ path: { client_id: client.id } });
    switch (action) {
      case 'approve':
        return {
          view: { message: t.approveMessage, confirmLabel: t.actionApprove },
          call: (c, _data, signal) =>
            api
              .POST('/clients/{client_id}/approve', { params: params(c), signal })
              .then((r) => r.data),
        };
      case 'suspend':
        return {
          view: {
            message: t.suspendMessage,
            confirmLabel: t.actionSuspend,
            danger: true,
            fields: this.#suspendFields(),
          },
          call: (c, data, signal) =>
            api
              .POST('/clients/{client_id}/suspend', {
                params: params(c),
                body: suspendBody(data),
                signal,
              })
              .then((r) => r.data),
        };
      case 'resume':
        return {
          view: { message: t.resumeMessage, confirmLabel: t.actionResume },
          call: (c, _data, signal) =>
            api
              .POST('/clients/{client_id}/resume', { params: params(c), signal })
              .then((r) => r.data),
        };
    }
  }

  /**
   * Opens the confirmation dialog and, on confirm, runs the call for each client (a few at a
   * time, with progress and a Stop button when there are several). Updated clients replace
   * their rows as they finish. A failure keeps the dialog open with the problem and the
   * fields as typed, ready to retry the clients that failed; those that succeeded leave the
   * selection. Stopping keeps what was done and sends nothing more.
   */
  #confirm(
    view: {
      title: string;
      message: string;
      confirmLabel: string;
      danger?: boolean;
      fields?: unknown;
    },
    clients: Client[],
    call: (client: Client, data: FormData, signal: AbortSignal) => Promise<Client | undefined>,
    action: Exclude<ClientAction, 'view'>,
  ): void {
    let pending = clients;
    let controller: AbortController | undefined;
    const bulk = clients.length > 1;
    this.#dialog.open(
      { ...view, cancelLabel: this.#t.cancel, stopLabel: bulk ? this.#t.stop : undefined },
      async (data) => {
        controller = new AbortController();
        const { signal } = controller;
        const total = pending.length;
        let done = 0;
        const progress = () =>
          bulk
            ? {
                done,
                total,
                label: this.#t.bulkProgress({
                  done: this.#number(done),
                  total: this.#number(total),
                }),
              }
            : undefined;
        this.#dialog.update({ busy: true, error: undefined, progress: progress() });
        const failed: Client[] = [];
        let lastError: unknown;
        await forEachConcurrently(pending, BULK_CONCURRENCY, async (client) => {
          if (signal.aborted) return;
          try {
            const updated = await call(client, data, signal);
            if (updated) {
              this.#countStatusChange(client.status, updated.status);
              this.#rows?.replace((row) => row.id === updated.id, updated);
            }
            this.#selected.delete(client.id);
            dispatch(this, 'client-action-done', { action, clientId: client.id });
          } catch (error) {
            if (signal.aborted) return;
            failed.push(client);
            lastError = error;
          }
          done += 1;
          if (bulk) {
            this.#dialog.update({ progress: progress() });
            this.requestUpdate();
          }
        });
        this.requestUpdate();
        if (signal.aborted) return;
        if (failed.length === 0) {
          this.#dialog.close();
          return;
        }
        const problem = this.#problemOf(lastError);
        this.#dialog.update({
          busy: false,
          progress: undefined,
          error: bulk
            ? {
                title: this.#t.bulkFailed({ failed: failed.length, total }),
                detail: [problem.title, problem.detail].filter(Boolean).join(': '),
              }
            : problem,
        });
        pending = failed;
      },
      () => controller?.abort(),
    );
  }

  /** Keeps the toolbar's status counts true after an action changed a client's status. */
  #countStatusChange(from: ClientStatus, to: ClientStatus): void {
    const counts = this.#statusCounts;
    if (!counts || from === to) return;
    this.#statusCounts = { ...counts, [from]: Math.max(0, counts[from] - 1), [to]: counts[to] + 1 };
  }

  #problemOf(error: unknown): { title: string; detail?: string | undefined } {
    if (isApiError(error)) return { title: error.title, detail: error.detail };
    return { title: this.#t.errorTitle, detail: this.#t.errorMessage };
  }

  async #exportCsv(): Promise<void> {
    if (!this.#provider || this.#loadingAll) return;
    const proceed = dispatch(
      this,
      'client-bulk-action',
      { action: 'export', clientIds: [] },
      { cancelable: true },
    );
    if (!proceed) return;
    const clients = await this.#loadAll('export');
    if (clients) downloadCsv(clientsToCsv(clients), 'clients.csv');
  }

  /** The header checkbox: all selected -> none; some or none -> every matching client. */
  async #toggleAll(): Promise<void> {
    const total = this.#rows?.total ?? 0;
    if (this.#loadingAll?.kind === 'select') {
      this.#loadingAll.controller.abort();
      return;
    }
    if (total > 0 && this.#selected.size >= total) {
      this.#selected.clear();
      this.requestUpdate();
      return;
    }
    const rows = this.#rows;
    let clients: Client[] | undefined;
    if (rows && rows.loadedCount >= total) {
      clients = [];
      for (let index = 0; index < total; index++) {
        const client = rows.get(index);
        if (client) clients.push(client);
      }
    } else {
      clients = await this.#loadAll('select');
    }
    if (!clients) return;
    for (const client of clients) this.#selected.set(client.id, client);
    this.requestUpdate();
  }

  /**
   * Every client of the current search, filters and sort, walked page by page with progress
   * in the toolbar's status. Undefined when it failed, was stopped, or the query changed.
   */
  async #loadAll(kind: LoadAll['kind']): Promise<Client[] | undefined> {
    const provider = this.#provider;
    if (!provider || this.#loadingAll) return undefined;
    const state: LoadAll = {
      kind,
      controller: new AbortController(),
      key: this.#rowsKey,
      done: 0,
      total: this.#rows?.total ?? 0,
    };
    this.#loadingAll = state;
    this.#loadAllError = undefined;
    this.requestUpdate();
    const clients: Client[] = [];
    const request = { query: this.query.trim(), filters: this.filters, sort: this.sort };
    try {
      let cursor: string | null = null;
      do {
        const page: ClientDataResult = await provider({
          ...request,
          cursor,
          limit: provider.maxLimit ?? API_MAX_LIMIT,
          signal: state.controller.signal,
        });
        if (state.controller.signal.aborted) return undefined;
        clients.push(...page.items);
        state.done = clients.length;
        state.total = page.total;
        this.requestUpdate();
        cursor = page.items.length > 0 ? page.nextCursor : null;
        if (cursor !== null) await yieldToBrowser();
      } while (cursor !== null && !state.controller.signal.aborted);
      return state.controller.signal.aborted || state.key !== this.#rowsKey ? undefined : clients;
    } catch {
      if (!state.controller.signal.aborted) this.#loadAllError = kind;
      return undefined;
    } finally {
      if (this.#loadingAll === state) this.#loadingAll = undefined;
      this.requestUpdate();
    }
  }

  #requestReferences(): void {
    if (this.#referencesRequested || this.filterOptions) return;
    const client = this.#context.client;
    if (!client) return;
    this.#referencesRequested = true;
    void loadFilterOptions(client).then((options) => {
      this.#references = options;
      this.requestUpdate();
    });
  }

  get #options(): ClientFilterOptions {
    return this.filterOptions ?? this.#references;
  }

  // ------------------------------------------------------------------ rendering

  protected override render() {
    this.#shownTotal = this.#rows?.total;
    const state = this.#state;
    const t = this.#t;
    return html`
      ${this.#renderToolbar()} ${this.#filtersOpen ? this.#renderFilterPanel() : nothing}
      ${renderActiveFilters(t, {
        chips: filterChips(this.filters),
        name: (key) => t[FILTER_LABELS[key]] as string,
        value: (key, value) => this.#filterValueLabel(key, value),
        onRemove: (key, value) => this.#setFilters(withoutFilter(this.filters, key, value)),
        onClearAll: () => this.#setFilters({}),
      })}
      ${this.#selected.size > 0 ? this.#renderBulkBar() : nothing}
      <clientele-state
        lang=${this.#locale}
        .state=${state}
        .error=${this.#rows?.error}
        .busy=${this.#rows?.loading ?? false}
        rows="6"
        @retry=${() => this.#rows?.retry()}
      >
        ${this.#renderEmpty()}
        ${this.view === 'cards' ? this.#renderCards() : this.#grid.render()}
      </clientele-state>
      ${this.#menu.render()} ${this.#dialog.render()}
    `;
  }

  #renderEmpty() {
    const t = this.#t;
    const filtered = this.query.trim() !== '' || Object.keys(this.filters).length > 0;
    return html`<div slot="empty" class="empty">
      <p class="empty-title">${filtered ? t.clientsNoMatchTitle : t.clientsEmptyTitle}</p>
      <p class="empty-message">${filtered ? t.clientsNoMatchMessage : t.clientsEmptyMessage}</p>
      ${
        filtered
          ? html`<button
            class="button"
            type="button"
            @click=${() => {
              this.#search.reset();
              this.query = '';
              this.filters = {};
            }}
          >
            ${t.clearAllFilters}
          </button>`
          : nothing
      }
    </div>`;
  }

  #renderToolbar() {
    const t = this.#t;
    const total = this.#rows?.total;
    const filterCount = filterChips(this.filters).length;
    return html`<div part="toolbar" class="toolbar">
        ${this.#search.render({ label: t.searchClients, placeholder: t.searchClientsHint })}
        <button
          class="button"
          type="button"
          aria-expanded=${String(this.#filtersOpen)}
          aria-controls="filter-panel"
          @click=${() => {
            this.#filtersOpen = !this.#filtersOpen;
            this.requestUpdate();
          }}
        >
          ${filterCount > 0 ? t.filtersActive({ count: filterCount }) : t.filters}
        </button>
        <div class="field">
          <label for="sort">${t.sortBy}</label>
          <select
            id="sort"
            class="input"
            @change=${(event: Event) => {
              const value = (event.target as HTMLSelectElement).value;
              if (isClientSort(value)) this.sort = value;
            }}
          >
            ${CLIENT_SORT_FIELDS.flatMap((field) =>
              [field, `-${field}`].map((sort) => {
                const name = t[SORT_LABELS[field]] as string;
                return html`<option value=${sort} ?selected=${this.sort === sort}>
                  ${sort.startsWith('-') ? t.sortDescending({ field: name }) : t.sortAscending({ field: name })}
                </option>`;
              }),
            )}
          </select>
        </div>
        <div class="view-toggle" role="group" aria-label=${t.viewLabel}>
          ${(['list', 'cards'] as const).map(
            (view) => html`<button
              class="button toggle"
              type="button"
              aria-pressed=${String(this.view === view)}
              @click=${() => {
                this.view = view;
              }}
            >
              ${view === 'list' ? t.viewList : t.viewCards}
            </button>`,
          )}
        </div>
        <button
          class="button"
          type="button"
          ?disabled=${!this.#provider || this.#loadingAll !== undefined || !total}
          @click=${() => void this.#exportCsv()}
        >
          ${t.exportCsv}
        </button>
        <span class="total" role="status">
          ${
            this.#loadingAll
              ? (this.#loadingAll.kind === 'export' ? t.exporting : t.selectingAll)({
                  done: this.#number(this.#loadingAll.done),
                  total: this.#number(this.#loadingAll.total),
                })
              : this.#loadAllError
                ? this.#loadAllError === 'export'
                  ? t.exportFailed
                  : t.selectAllFailed
                : total === undefined
                  ? ''
                  : t.clientsTotal({ count: total, formatted: this.#number(total) })
          }
        </span>
      </div>
      ${this.#renderStatusCounts()}`;
  }

  #renderStatusCounts() {
    const counts = this.#statusCounts;
    if (!counts) return nothing;
    const t = this.#t;
    const active = this.filters.status;
    return html`<div part="status-counts" class="status-counts" role="group" aria-label=${t.statusFilterLabel}>
      ${CLIENT_STATUSES.map((status) => {
        const pressed = active?.length === 1 && active[0] === status;
        return html`<button
          part="status-count"
          class="status-count"
          type="button"
          aria-pressed=${String(pressed)}
          @click=${() => this.#toggleStatus(status)}
        >
          ${this.#badge(status)}
          <span class="count">${this.#number(counts[status])}</span>
        </button>`;
      })}
    </div>`;
  }

  #renderFilterPanel() {
    const t = this.#t;
    return html`<div part="filter-panel" id="filter-panel" class="filter-panel" role="group" aria-label=${t.filters}>
      ${FILTER_FIELDS.map((field) => this.#renderFilterField(field))}
    </div>`;
  }

  #renderFilterField(field: FilterField) {
    const t = this.#t;
    const label = t[FILTER_LABELS[field.key]] as string;
    const value = this.filters[field.key];
    switch (field.kind) {
      case 'statuses': {
        const statuses = (value as ClientStatus[] | undefined) ?? [];
        return html`<fieldset class="statuses">
          <legend>${label}</legend>
          ${CLIENT_STATUSES.map(
            (status) => html`<label class="check">
              <input
                type="checkbox"
                .checked=${live(statuses.includes(status))}
                @change=${(event: Event) => {
                  const checked = (event.target as HTMLInputElement).checked;
                  const next = checked
                    ? [...statuses, status]
                    : statuses.filter((s) => s !== status);
                  this.#setFilters(withFilter(this.filters, 'status', next));
                }}
              />
              ${t[STATUS_KEYS[status]] as string}
            </label>`,
          )}
        </fieldset>`;
      }
      case 'date':
        return html`<div class="field">
          <label for="filter-${field.key}">${label}</label>
          <input
            id="filter-${field.key}"
            class="input"
            type="date"
            .value=${live((value as string | undefined) ?? '')}
            @change=${(event: Event) =>
              this.#setFilters(
                withFilter(
                  this.filters,
                  field.key,
                  (event.target as HTMLInputElement).value || undefined,
                ),
              )}
          />
        </div>`;
      case 'boolean':
        return html`<div class="field">
          <label for="filter-${field.key}">${label}</label>
          <select
            id="filter-${field.key}"
            class="input"
            @change=${(event: Event) => {
              const raw = (event.target as HTMLSelectElement).value;
              this.#setFilters(
                withFilter(this.filters, field.key, raw === '' ? undefined : raw === 'true'),
              );
            }}
          >
            <option value="" ?selected=${value === undefined}>${t.anyValue}</option>
            <option value="true" ?selected=${value === true}>${t.yes}</option>
            <option value="false" ?selected=${value === false}>${t.no}</option>
          </select>
        </div>`;
      default: {
        const options = field.list ? this.#options[field.list] : undefined;
        const current = (value as string | undefined) ?? '';
        const onChange = (event: Event) =>
          this.#setFilters(
            withFilter(
              this.filters,
              field.key,
              (event.target as HTMLInputElement | HTMLSelectElement).value.trim() || undefined,
            ),
          );
        const id = `filter-${field.key}`;
        return html`<div class="field">
          <label for=${id}>${label}</label>
          ${
            options
              ? html`<select id=${id} class="input" @change=${onChange}>
                <option value="" ?selected=${current === ''}>${t.anyValue}</option>
                ${options.map(
                  (option) =>
                    html`<option value=${option.id} ?selected=${current === option.id}>
                      ${option.name}
                    </option>`,
                )}
                ${
                  current && !options.some((o) => o.id === current)
                    ? html`<option value=${current} selected>${current}</option>`
                    : nothing
                }
              </select>`
              : html`<input
                  id=${id}
                  class="input"
                  type="text"
                  .value=${live(current)}
                  @change=${onChange}
                />`
          }
        </div>`;
      }
    }
  }

  #filterValueLabel(key: ClientFilterKey, value: string): string {
    const t = this.#t;
    const field = FILTER_FIELDS.find((f) => f.key === key) as FilterField | undefined;
    switch (field?.kind) {
      case 'statuses':
        return enumLabel(t, STATUS_KEYS, value);
      case 'boolean':
        return value === 'true' ? t.yes : t.no;
      case 'date':
        return formatDate(this.#locale, value);
      case 'reference': {
        const options = field.list ? this.#options[field.list] : undefined;
        return options?.find((o) => o.id === value)?.name ?? value;
      }
      default:
        return value;
    }
  }

  #renderBulkBar() {
    const t = this.#t;
    // Approve shows only when a pending client is selected (the sign-up queue); the others
    // are disabled, with the reason as their description, when no selected client qualifies.
    const button = (action: StatusAction) => {
      const spec = STATUS_ACTIONS[action];
      const permitted = this.#context.can(spec.permission);
      const none = this.#eligible(action).length === 0;
      if (action === 'approve' && none) return nothing;
      return html`<button
        class="button"
        type="button"
        ?disabled=${!permitted || none}
        title=${!permitted ? t.notPermitted : none ? t.bulkNoneEligible : nothing}
        @click=${() => this.#runBulk(action)}
      >
        ${t[spec.bulkLabel] as string}
      </button>`;
    };
    return html`<div part="bulk-bar" class="bulk-bar" role="group" aria-label=${t.selectedCount({ count: this.#selected.size })}>
      <span>${t.selectedCount({ count: this.#selected.size })}</span>
      ${button('approve')} ${button('suspend')} ${button('resume')}
      <button
        class="link-button"
        type="button"
        @click=${() => {
          this.#selected.clear();
          this.requestUpdate();
        }}
      >
        ${t.clearSelection}
      </button>
    </div>`;
  }

  #status(client: Client) {
    const reason = client.status_reason;
    // Most clients have no reason: then the badge alone, one element fewer per row.
    if (!reason) return this.#badge(client.status);
    return html`<span class="status">
      ${this.#badge(client.status)}
      <span class="status-reason">${enumLabel(this.#t, STATUS_REASON_KEYS, reason)}</span>
    </span>`;
  }

  #badge(status: ClientStatus) {
    return html`<span part="badge" class="badge tone-${enumTone(STATUS_TONES, status)}" data-status=${status}
      >${enumLabel(this.#t, STATUS_KEYS, status)}</span
    >`;
  }

  #number(value: number): string {
    return numberFormat(this.#locale).format(value);
  }

  #sortDirection(field: ClientSortField): SortDirection {
    return sortDirectionOf(this.sort, field);
  }

  #actionsButton(client: Client, tabIndex: number) {
    const open = this.#menu.owner === client.id;
    return html`<button
      part="actions-button"
      class="actions-button"
      type="button"
      data-grid-focus
      tabindex=${tabIndex}
      aria-label=${this.#t.actionsFor({ name: clientName(client) })}
      aria-haspopup="menu"
      aria-expanded=${String(open)}
      aria-controls=${open ? this.#menu.id : nothing}
      @click=${(event: Event) => this.#openMenu(event, client)}
    >
      <span aria-hidden="true">⋯</span>
    </button>`;
  }

  #checkbox(client: Client, tabIndex: number) {
    return html`<input
      class="select-box"
      type="checkbox"
      data-grid-focus
      tabindex=${tabIndex}
      aria-label=${this.#t.selectRow({ name: clientName(client) })}
      .checked=${live(this.#selected.has(client.id))}
      @change=${(event: Event) => this.#toggleRow(client, (event.target as HTMLInputElement).checked)}
    />`;
  }

  /**
   * The tri-state "select all" box: checked when every matching client is selected, mixed
   * when some are (or while all of them load), unchecked when none.
   */
  #selectAllBox(tabIndex: number) {
    const total = this.#rows?.total ?? 0;
    const all = total > 0 && this.#selected.size >= total;
    const loading = this.#loadingAll?.kind === 'select';
    return html`<input
      part="select-all"
      class="select-box"
      type="checkbox"
      data-grid-focus
      tabindex=${tabIndex}
      aria-label=${this.#t.selectAll}
      ?disabled=${total === 0 || (this.#loadingAll !== undefined && !loading)}
      .checked=${live(all)}
      .indeterminate=${live(!all && (this.#selected.size > 0 || loading))}
      @change=${() => void this.#toggleAll()}
    />`;
  }

  #columns(): GridColumn<Client>[] {
    const t = this.#t;
    const locale = this.#locale;
    return [
      {
        id: 'select',
        header: ({ tabIndex }) => this.#selectAllBox(tabIndex),
        headerWidget: true,
        width: '2.25rem',
        minWidth: 2.25,
        widget: true,
        cell: (client, { tabIndex }) => this.#checkbox(client, tabIndex),
      },
      {
        id: 'client',
        sortKey: 'company',
        header: () => t.columnClient,
        width: 'minmax(10rem, 2fr)',
        minWidth: 10,
        sort: this.#sortDirection('company'),
        cell: (client) => html`<span class="primary">${clientName(client)}</span>
          <span class="secondary">${client.company ? `${client.first_name} ${client.last_name}` : ''}</span>`,
      },
      {
        id: 'email',
        header: () => t.columnEmail,
        width: 'minmax(9.5rem, 2fr)',
        minWidth: 9.5,
        cell: (client) => client.email,
      },
      {
        id: 'country',
        header: () => t.columnCountry,
        width: 'minmax(7rem, 1fr)',
        minWidth: 7,
        sort: this.#sortDirection('country'),
        cell: (client) => countryName(locale, client.country),
      },
      {
        id: 'status',
        header: () => t.columnStatus,
        width: 'minmax(11.25rem, 1fr)',
        minWidth: 11.25,
        cell: (client) => this.#status(client),
      },
      {
        id: 'group',
        header: () => t.columnGroup,
        width: 'minmax(7rem, 1fr)',
        minWidth: 7,
        sort: this.#sortDirection('group'),
        cell: (client) => client.group?.name ?? html`<span class="muted">${t.noGroup}</span>`,
      },
      {
        id: 'configuration',
        header: () => t.columnConfiguration,
        width: 'minmax(7.5rem, 1fr)',
        minWidth: 7.5,
        sort: this.#sortDirection('configuration'),
        cell: (client) => client.configuration.name,
      },
      {
        id: 'credit',
        sortKey: 'uptodate_credit',
        header: () => t.columnCredit,
        width: 'minmax(9rem, 1fr)',
        minWidth: 9,
        sort: this.#sortDirection('uptodate_credit'),
        cell: (client) => html`<span
          class="money ${client.uptodate_credit.amount.startsWith('-') ? 'negative' : ''}"
          dir="auto"
          >${formatMoney(locale, client.uptodate_credit)}</span
        >`,
      },
      {
        id: 'created',
        sortKey: 'created_at',
        header: () => t.columnCreated,
        width: 'minmax(7rem, 1fr)',
        minWidth: 7,
        sort: this.#sortDirection('created_at'),
        cell: (client) => formatDate(locale, client.created_at),
      },
      {
        id: 'actions',
        header: () => html`<span class="visually-hidden">${t.actions}</span>`,
        width: '2.75rem',
        minWidth: 2.75,
        widget: true,
        cell: (client, { tabIndex }) => this.#actionsButton(client, tabIndex),
      },
    ];
  }

  // ------------------------------------------------------------------ cards

  #observeCards(): void {
    const element = this.renderRoot.querySelector<HTMLElement>('.cards');
    if (!element || element === this.#cardsElement) return;
    this.#cardsResize ??= new ResizeObserver(() => this.#measureCards());
    this.#cardsResize.disconnect();
    this.#cardsResize.observe(element);
    this.#cardsElement = element;
  }

  #measureCards(): void {
    const element = this.#cardsElement;
    if (!element) return;
    const columns = Math.max(1, Math.floor(element.clientWidth / CARD_MIN_WIDTH));
    if (columns !== this.#cardColumns || element.clientHeight !== this.#cardViewport) {
      this.#cardColumns = columns;
      this.#cardViewport = element.clientHeight;
      this.requestUpdate();
    }
  }

  #onCardsScroll = (event: Event): void => {
    this.#cardScrollTop = (event.currentTarget as HTMLElement).scrollTop;
    this.requestUpdate();
  };

  #renderCards() {
    const t = this.#t;
    const total = this.#rows?.total ?? 0;
    const columns = this.#cardColumns;
    const lines = Math.ceil(total / columns);
    const viewport = this.#cardViewport || CARD_HEIGHT * 4;
    const firstLine = Math.max(0, Math.floor(this.#cardScrollTop / CARD_HEIGHT) - 2);
    const lastLine = Math.min(lines, Math.ceil((this.#cardScrollTop + viewport) / CARD_HEIGHT) + 2);
    const start = firstLine * columns;
    const end = Math.min(total, lastLine * columns);
    this.#cardRange = { start, end };
    if (total > 0) queueMicrotask(() => this.#rows?.ensure(start, end));
    const cards = [];
    for (let index = start; index < end; index++) cards.push(this.#renderCard(index, columns));
    return html`<label class="check cards-select-all">
        ${this.#selectAllBox(0)}<span aria-hidden="true">${t.selectAll}</span>
      </label>
      <div
      part="cards"
      class="cards"
      role="list"
      aria-label=${t.clientsLabel}
      style=${styleProps({ '--_card-columns': columns, '--_card-height': `${CARD_HEIGHT}px` })}
      @scroll=${this.#onCardsScroll}
    >
      <div class="cards-body" style=${styleProps({ 'block-size': `${lines * CARD_HEIGHT}px` })}>${cards}</div>
    </div>`;
  }

  #renderCard(index: number, columns: number) {
    const client = this.#rows?.get(index);
    const total = this.#rows?.total ?? 0;
    const line = Math.floor(index / columns);
    const column = index % columns;
    const style = styleProps({
      transform: `translateY(${line * CARD_HEIGHT}px)`,
      'inset-inline-start': `calc(${column} * 100% / ${columns})`,
    });
    if (!client) {
      return html`<div class="card placeholder" role="listitem" aria-setsize=${total} aria-posinset=${index + 1} aria-busy="true" style=${style}>
        <span class="skeleton" aria-hidden="true"></span>
        <span class="visually-hidden">${this.#t.loading}</span>
      </div>`;
    }
    const t = this.#t;
    const locale = this.#locale;
    return html`<div
      part="card"
      class="card ${this.#selected.has(client.id) ? 'selected' : ''}"
      role="listitem"
      aria-setsize=${total}
      aria-posinset=${index + 1}
      style=${style}
    >
      <div class="card-head">
        ${this.#checkbox(client, 0)}
        <button
          class="card-title link-button"
          type="button"
          dir="auto"
          @click=${() => this.#select(client.id)}
        >
          ${clientName(client)}
        </button>
        ${this.#actionsButton(client, 0)}
      </div>
      <div class="card-meta">
        ${client.company ? html`<span dir="auto">${client.first_name} ${client.last_name}</span>` : nothing}
        <span dir="auto">${client.email}</span>
      </div>
      <div class="card-row">
        ${this.#status(client)}
        <span>${countryName(locale, client.country)}</span>
      </div>
      <dl class="card-facts">
        <div><dt>${t.columnGroup}</dt><dd dir="auto">${client.group?.name ?? t.noGroup}</dd></div>
        <div><dt>${t.columnConfiguration}</dt><dd dir="auto">${client.configuration.name}</dd></div>
        <div>
          <dt>${t.columnCredit}</dt>
          <dd class="money ${client.uptodate_credit.amount.startsWith('-') ? 'negative' : ''}" dir="auto">
            ${formatMoney(locale, client.uptodate_credit)}
          </dd>
        </div>
        <div><dt>${t.columnCreated}</dt><dd>${formatDate(locale, client.created_at)}</dd></div>
      </dl>
    </div>`;
  }

  #suspendFields() {
    const t = this.#t;
    return html`<div class="field">
        <label for="suspend-reason">${t.suspendReason}</label>
        <select id="suspend-reason" class="input" name="reason" required>
          ${SUSPEND_REASONS.map(([value, key]) => html`<option value=${value}>${t[key] as string}</option>`)}
        </select>
      </div>
      <label class="field">
        <span>${t.suspendNote}</span>
        <textarea class="input" name="note" maxlength="500" rows="3"></textarea>
      </label>`;
  }

  #impersonateFields() {
    const t = this.#t;
    return html`<label class="field">
        <span>${t.impersonateReason}</span>
        <textarea class="input" name="reason" required minlength="3" maxlength="500" rows="3"></textarea>
      </label>
      <label class="field">
        <span>${t.impersonateDuration}</span>
        <input class="input" type="number" name="duration" min="5" max="240" step="5" value="30" />
      </label>`;
  }
}

function suspendBody(data: FormData): { reason: StatusReason; note?: string } {
  const reason = String(data.get('reason') ?? 'staff') as StatusReason;
  const note = String(data.get('note') ?? '').trim();
  return note ? { reason, note } : { reason };
}
