import type { Client, ClienteleClient, ClientSort } from '@clientele/sdk';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { ClienteleConsumer } from '../base/controllers/clientele-consumer.ts';
import { numberFormat } from '../base/format/intl-cache.ts';
import { renderLoading } from '../base/states/render-loading.ts';
import { statusToneStyles } from '../client/status-badge.styles.ts';
import type { DataGrid } from '../list/data-grid.ts';
import { ListRows } from '../list/list-rows.ts';
import { listShellStyles } from '../list/list-shell.styles.ts';
import { providerPerClient } from '../list/list-view.ts';
import { yieldToBrowser } from '../list/paged-rows.ts';
import { LazyPart } from '../ui/lazy-part.ts';
import { SearchField } from '../ui/search-field.ts';
import { ActiveFilters } from './active-filters.ts';
import { sdkClientDataProvider } from './client-api.ts';
import type { ClientCards } from './client-cards.ts';
import type { ClientQuery, ClientRows, GridContext } from './client-context.ts';
import type { ClientDataProvider, ClientDataResult } from './client-data.ts';
import type { ClientFilterOptions } from './client-events.ts';
import { clientGridStyles } from './client-grid.styles.ts';
import { DEFAULT_CARDS_BELOW, GridLayout } from './client-layout.ts';
import { clientGridParts } from './client-parts.ts';
import {
  type ClientFilters,
  type ClientGridView,
  DEFAULT_SORT,
  isClientGridView,
  isClientSort,
  parseFilters,
  reverseSort,
  serializeFilters,
  sortParts,
} from './client-query.ts';
import { ClientSelection } from './client-selection.ts';
import { ClientToolbar } from './client-toolbar.ts';
import { LazyWalk } from './client-walk.ts';
import { clientGridText } from './messages.ts';
import { RowActions } from './row-actions.ts';
import { StatusCounts } from './status-counts.ts';

const FIRST_PAGE = 50;

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
    cardsBelow: { attribute: 'cards-below', type: Number },
    urlState: { attribute: 'url-state' },
  };

  // The data grid's styles come with the list view (`client-list.ts`).
  static override styles = [...listShellStyles, statusToneStyles, clientGridStyles];

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
   * Below this width of its own (CSS px, default 600) the grid shows cards whatever `view`
   * says, and the list/cards toggle hides; `0` keeps the list at any width. Above it, the list
   * drops columns that do not fit: configuration first, then group, country, created, credit
   * and email; client, status and the actions always show.
   */
  declare cardsBelow: number;
  /**
   * Present: mirror search, filters, sort and view into the page URL (`history.replaceState`)
   * and restore them from it on load. Its value is a prefix for the parameter names ('' for none).
   */
  declare urlState: string | null | undefined;

  readonly #context = new ClienteleConsumer(this);
  /** What the grid's parts read of it: language, SDK client, permissions. */
  readonly #ctx: GridContext = {
    host: this,
    t: () => clientGridText(this.#context.locale),
    locale: () => this.#context.locale,
    api: () => this.#context.client,
    can: (permission) => this.#context.can(permission),
    number: (value) => numberFormat(this.#context.locale).format(value),
  };
  readonly #layout = new GridLayout(this);
  readonly #sdkProvider = providerPerClient(sdkClientDataProvider);
  readonly #rows: ClientRows = new ListRows<Client, ClientQuery, ClientDataResult>(this, {
    provider: () => this.#provider,
    query: () => ({ query: this.query.trim(), filters: this.filters, sort: this.sort }),
    key: (q) => JSON.stringify([q.query, serializeFilters(q.filters), q.sort]),
    reverseSort,
    pageSize: FIRST_PAGE,
    // A new query: nothing of the old one stays (selection, counts, menu, scroll position).
    onReset: () => {
      this.#counts.reset();
      this.#selection.clear();
      this.#actions.closeMenu();
      this.#grid.part?.resetPosition();
      this.#cards.part?.resetPosition();
    },
    onPage: (page) => this.#counts.take(page.statusCounts),
    shows: (range) => this.#shows(range),
  });
  /** A walk through every matching client (CSV export or "select all"), while it runs. */
  readonly #walk = new LazyWalk(this.#ctx, this.#rows);
  readonly #selection = new ClientSelection(this.#ctx, this.#rows, this.#walk);
  readonly #counts = new StatusCounts(() => this.requestUpdate());
  readonly #actions = new RowActions(this.#ctx, {
    selection: this.#selection,
    onChange: (before, after) => {
      this.#counts.move(before.status, after.status);
      this.#rows.current?.replace((row) => row.id === after.id, after);
    },
  });
  readonly #search = new SearchField(this);
  /** `url-state`, loaded only when set: the first request waits for what the URL says. */
  readonly #url = new LazyPart(
    this,
    () => clientGridParts.url(),
    (module) => module.clientUrlState(this),
  );
  readonly #filters = new ActiveFilters(this.#ctx, () => this.filterOptions);
  readonly #toolbar = new ClientToolbar(this.#ctx, {
    rows: this.#rows,
    search: this.#search,
    filters: this.#filters,
    walk: this.#walk,
    cardsOnly: () => this.#cardsOnly,
  });
  /** The list view, loaded with the first page (the loading skeleton meanwhile). */
  readonly #grid = new LazyPart(
    this,
    () => clientGridParts.list(),
    (module): DataGrid<Client> =>
      module.clientList(this.#ctx, {
        rows: this.#rows,
        selection: this.#selection,
        actions: this.#actions,
        layout: this.#layout,
        onSort: (field) => {
          this.sort = sortParts(this.sort).field === field ? reverseSort(this.sort) : field;
        },
      }),
    () => clientGridParts.list.peek?.(),
  );
  /**
   * What either view's rows bring above them (the status counts, the selection's bulk bar), in
   * the views' chunk: loaded with the view, and shown with it.
   */
  readonly #controls = new LazyPart(
    this,
    () => clientGridParts.controls(),
    (module) => module,
    () => clientGridParts.controls.peek?.(),
  );
  /** The card view, loaded when first shown (the loading skeleton meanwhile). */
  readonly #cards = new LazyPart(
    this,
    () => clientGridParts.cards(),
    (module): ClientCards =>
      new module.ClientCards(this.#ctx, {
        rows: this.#rows,
        selection: this.#selection,
        actions: this.#actions,
      }),
  );

  constructor() {
    super();
    this.query = '';
    this.filters = {};
    this.sort = DEFAULT_SORT;
    this.view = 'list';
    this.cardsBelow = DEFAULT_CARDS_BELOW;
  }

  /** How many clients match the current search and filters; undefined until the first page arrives. */
  get total(): number | undefined {
    return this.#rows.total;
  }

  /** Ids of the selected clients (the selection clears when the search, filters or sort change). */
  get selectedIds(): string[] {
    return this.#selection.ids;
  }

  /** Loads everything again (same search, filters and sort). */
  reload(): void {
    this.#rows.reload();
  }

  /**
   * The first update waits a task, with the first page's request sent: that render (the toolbar,
   * the grid's header and placeholder rows) is the grid's longest before the rows, and the
   * request would otherwise leave only after it, the round trip starting that much later.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) {
      this.#rows.start();
      await yieldToBrowser();
    }
    super.scheduleUpdate();
  }

  // The rows follow the settled properties in their own hostUpdate, right after this.
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.urlState !== null && this.urlState !== undefined) this.#url.prefetch();
    this.#url.part?.restore();
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
    if (changed.has('cardsBelow') && !(this.cardsBelow >= 0)) {
      console.warn(
        `<client-grid>: cards-below is not a width in px; using ${DEFAULT_CARDS_BELOW}.`,
      );
      this.cardsBelow = DEFAULT_CARDS_BELOW;
    }
    if (changed.has('filters') && (this.filters === null || typeof this.filters !== 'object')) {
      this.filters = {};
    }
    this.#url.part?.write(changed);
    // The chips of the filters set; the panel's selects and the chips of reference filters
    // show names, not ids.
    this.#filters.loadIfNeeded();
    if (this.#shownView === 'cards') this.#cards.prefetch();
    else this.#grid.prefetch();
    this.#controls.prefetch();
    // Clients were selected: the bulk bar offers actions.
    if (this.#selection.size > 0) this.#actions.prepare();
  }

  /** Too narrow for the list: cards, whatever `view` says. */
  get #cardsOnly(): boolean {
    return this.#layout.cards(this.cardsBelow);
  }

  /** The view on screen: `view`, or cards when the grid is too narrow for the list. */
  get #shownView(): ClientGridView {
    return this.#cardsOnly ? 'cards' : this.view;
  }

  /** The URL state is set but not loaded yet: nothing to show or ask for until it is. */
  get #urlPending(): boolean {
    return this.urlState !== null && this.urlState !== undefined && !this.#url.part;
  }

  get #provider(): ClientDataProvider | undefined {
    if (this.#urlPending) return undefined;
    return this.dataProvider ?? this.#sdkProvider(this.#context.client);
  }

  /** Whether rows [start, end) are (partly) in the DOM of the current view. */
  #shows({ start, end }: { start: number; end: number }): boolean {
    const view = this.#shownView;
    const shown =
      view === 'cards'
        ? (this.#cards.part?.range ?? { start: 0, end: 0 })
        : (this.#grid.part?.renderedRange ?? { start: 0, end: 0 });
    if (start < shown.end && end > shown.start) return true;
    const active = (this.#grid.part?.active.row ?? 0) - 1;
    return view === 'list' && active >= start && active < end;
  }

  protected override render() {
    const rows = this.#rows.current;
    const locale = this.#ctx.locale();
    // The locale's strings load on first use: a skeleton meanwhile, not a flash of English.
    if (!clientGridText.ready(locale)) return renderLoading(locale);
    // A part the view waits for (the URL state; the list or the cards and their controls, once
    // there are rows to show): the loading skeleton, or why it failed with Retry.
    const view = this.#shownView === 'cards' ? this.#cards : this.#grid;
    const controls = this.#controls.part;
    const rowsShown = this.#rows.state === 'loaded';
    const waiting = this.#urlPending
      ? this.#url
      : rowsShown && !view.part
        ? view
        : rowsShown && !controls
          ? this.#controls
          : undefined;
    // The list and its controls are there before the first page: the grid shows its header and
    // placeholder rows, the counts their buttons, so the rows fill in where they will stay.
    const filling =
      !waiting &&
      this.#rows.state === 'loading' &&
      this.#shownView === 'list' &&
      view.part !== undefined &&
      controls !== undefined;
    const state = waiting ? (waiting.failed ? 'error' : 'loading') : this.#rows.state;
    return html`
      ${this.#toolbar.render()}
      ${controls?.renderStatusCounts(this.#ctx, this.#counts.counts ?? (filling ? 'pending' : undefined))}
      ${this.#filters.renderPanel()}
      ${this.#filters.renderChips()}
      ${this.#selection.size > 0 ? controls?.bulkBar(this.#selection, this.#actions) : nothing}
      ${this.#actions.renderError()}
      <clientele-state
        lang=${this.#ctx.locale()}
        .state=${filling ? 'loaded' : state}
        .error=${waiting ? waiting.error : rows?.error}
        .busy=${filling || (rows?.loading ?? false)}
        rows="6"
        @retry=${() => (waiting ? waiting.use() : this.#rows.current?.retry())}
      >
        ${this.#rows.state === 'empty' ? this.#renderEmpty() : nothing}
        ${waiting ? nothing : view.part?.render()}
      </clientele-state>
      ${this.#actions.render()}
    `;
  }

  #renderEmpty() {
    const t = this.#ctx.t();
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
}
