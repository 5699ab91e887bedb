import type {
  ActivityCategory,
  ActivityEntry,
  ActivitySort,
  ClienteleClient,
} from '@clientele/sdk';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { ClienteleConsumer } from '../../../base/controllers/clientele-consumer.ts';
import { OwnWidth } from '../../../base/controllers/own-width.ts';
import { renderLoading } from '../../../base/states/render-loading.ts';
import { adoptMoreStyles } from '../../../base/styles/adopt.ts';
import { wordListConverter } from '../../../base/word-list.ts';
import { DataGrid } from '../../../list/data-grid.ts';
import { listChromeStyles } from '../../../list/list-chrome.styles.ts';
import { ListRows } from '../../../list/list-rows.ts';
import { providerPerClient } from '../../../list/list-view.ts';
import { LazyPart } from '../../../ui/lazy-part.ts';
import { fromRows, renderTabState, type TabState } from '../tab-state.ts';
import { sdkActivityDataProvider } from './activity-api.ts';
import { activityColumns } from './activity-columns.ts';
import {
  type ActivityDataProvider,
  type ActivityFilters,
  type ActivityQuery,
  reverseActivitySort,
  serializeActivityFilters,
} from './activity-data.ts';
import { ACTIVITY_CATEGORY_ORDER } from './activity-labels.ts';
import { activityTabParts } from './activity-parts.ts';
import { activityTabStyles } from './activity-tab.styles.ts';
import type { ActivityToolbar } from './activity-toolbar.ts';
import { type ActivityTabText, activityTabText } from './messages.ts';

const ROW_HEIGHT = 56;
/**
 * Events after which a client's log has new entries (the header's actions, the other tabs'
 * changes and sessions, quota and units changes): an open log of that client reads its first
 * page again.
 */
const CHANGES = [
  'client-user-change',
  'client-impersonate',
  'client-change',
  'client-service-change',
  'client-configuration-change',
  'client-authentication-change',
  'client-invoice-create',
  'quota-save',
  'quota-request',
  'units-entry-create',
  'units-balance-change',
] as const;
const SORTS: readonly string[] = ['at', '-at'];

/** The `category` attribute: categories separated by spaces or commas; unknown ones warned about and dropped. */
const categoryConverter = wordListConverter(
  ACTIVITY_CATEGORY_ORDER,
  (name) => `<client-activity-tab> category: "${name}" is not a category; ignored.`,
);

/**
 * One client's activity log: who did what and when, from which IP address, and the staff
 * member behind it when it happened during impersonation. An ARIA data grid, windowed over
 * cursor pages (ten thousand entries scroll like a hundred), newest first (the time column
 * sorts), filtered by category, by actor (name or id, as typed) and to impersonated entries only.
 * Read only: every staff user who may see the client sees its log. When another widget on the
 * page changes the client (`client-user-change`, `client-impersonate`, `client-change` with its
 * `clientId`), the log reads its first page again.
 *
 * The Activity tab of `<client-detail-tabs>`, and usable alone inside `<clientele-provider>`
 * (or with its own `client`). Data comes through the SDK (`listClientActivity`) or a
 * `dataProvider` function.
 *
 * @tag client-activity-tab
 * @summary One client's activity log, filtered by category, actor and impersonation.
 *
 * @csspart toolbar - The bar with the actor filter, "impersonated only" and the total.
 * @csspart actor-filter - The actor's name or id input.
 * @csspart impersonated-filter - The "impersonated only" checkbox.
 * @csspart category-filter - One category toggle button (`aria-pressed` while it filters).
 * @csspart clear-filters - The "Clear filters" button.
 * @csspart grid - The data grid (scroll container).
 * @csspart header-row - The grid's header row.
 * @csspart header-cell - A column header.
 * @csspart row - A data row (also `placeholder-row` while it loads).
 * @csspart cell - A data cell.
 * @csspart state-title - Title of the empty, error, forbidden and not-found views.
 * @csspart state-message - Message of those views.
 * @csspart retry-button - The Retry button of the error view.
 *
 * @cssprop --clientele-grid-max-block-size - Maximum height of the grid (default 70vh).
 * @cssprop --clientele-color-status-blue - Account entries (with `-text`).
 * @cssprop --clientele-color-status-green - Billing entries (with `-text`).
 * @cssprop --clientele-color-status-red - Security entries (with `-text`), and the impersonator.
 * @cssprop --clientele-color-status-amber - Support entries (with `-text`).
 * @cssprop --clientele-color-status-grey - Service entries (with `-text`).
 * @cssprop --clientele-color-accent - Focus and pressed filters.
 */
export class ClientActivityTab extends LitElement {
  static override properties = {
    client: { attribute: false },
    dataProvider: { attribute: false },
    clientId: { attribute: 'client-id' },
    category: { converter: categoryConverter },
    actor: {},
    impersonatedOnly: { type: Boolean, attribute: 'impersonated-only' },
    sort: {},
  };

  static override styles = [...listChromeStyles, activityTabStyles];

  /** The SDK client; overrides the one from `<clientele-provider>`. */
  declare client: ClienteleClient | undefined;
  /**
   * Loads pages instead of the SDK: `({clientId, filters, sort, cursor, limit, signal}) =>
   * Promise<{items, nextCursor, total}>`, honouring both sorts. For in-memory arrays, see
   * `createActivityArrayDataProvider` in the package's testing module.
   */
  declare dataProvider: ActivityDataProvider | undefined;
  /** The client whose log to show. */
  declare clientId: string | undefined;
  /** Only these categories (none: all). As an attribute: separated by spaces or commas. */
  declare category: ActivityCategory[];
  /** Only entries whose actor's name or id contains this text. */
  declare actor: string;
  /** Only entries made during impersonation. */
  declare impersonatedOnly: boolean;
  /** `-at` (newest first, the default) or `at`. */
  declare sort: ActivitySort;

  readonly #context = new ClienteleConsumer(this);
  readonly #sdkProvider = providerPerClient(sdkActivityDataProvider);
  /** The filters' controls, loaded as soon as the tab connects (the log is its first paint). */
  readonly #toolbar = new LazyPart(
    this,
    () => activityTabParts.toolbar(),
    (module) => {
      adoptMoreStyles(this, [module.ActivityToolbar.styles]);
      return new module.ActivityToolbar(this);
    },
  );

  readonly #rows = new ListRows<ActivityEntry, ActivityQuery>(this, {
    provider: () =>
      this.clientId ? (this.dataProvider ?? this.#sdkProvider(this.#context.client)) : undefined,
    query: () => ({
      clientId: this.clientId ?? '',
      query: '',
      filters: this.#filters,
      sort: this.sort,
    }),
    key: (q) => JSON.stringify([q.clientId, serializeActivityFilters(q.filters), q.sort]),
    reverseSort: reverseActivitySort,
    onReset: (refresh) => {
      if (!refresh) this.#grid.resetPosition();
    },
  });

  readonly #grid = new DataGrid<ActivityEntry>(this, {
    label: () => this.#t.activityLabel,
    total: () => this.#rows.total ?? 0,
    row: (index) => this.#rows.get(index),
    rowHeight: ROW_HEIGHT,
    placeholderLabel: () => this.#t.loading,
    columns: () => this.#columns(),
    onSort: () => {
      this.sort = reverseActivitySort(this.sort);
    },
    onRangeChange: (start, end) => this.#rows.ensure(start, end),
  });

  readonly #width: OwnWidth = new OwnWidth(this, () => this.#columns().length);

  constructor() {
    super();
    this.category = [];
    this.actor = '';
    this.impersonatedOnly = false;
    this.sort = '-at';
  }

  /** How many entries match; undefined until the first page. */
  get total(): number | undefined {
    return this.#rows.total;
  }

  /** Loads the log again from its first page (same filters). */
  reload(): void {
    this.#rows.reload();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#toolbar.prefetch();
    for (const type of CHANGES) document.addEventListener(type, this.#onChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of CHANGES) document.removeEventListener(type, this.#onChange);
  }

  /** Another widget changed this client: its log has new entries (kept on screen meanwhile). */
  readonly #onChange = (event: Event): void => {
    const detail = (event as CustomEvent<{ clientId?: string } | undefined>).detail;
    if (this.clientId && detail?.clientId === this.clientId) this.#rows.refresh();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sort') && !SORTS.includes(this.sort)) {
      console.warn(`<client-activity-tab>: sort="${this.sort}" is not at or -at; using -at.`);
      this.sort = '-at';
    }
    if (changed.has('category') && !Array.isArray(this.category)) this.category = [];
  }

  get #t(): ActivityTabText {
    return { ...this.#context.messages, ...activityTabText(this.#context.locale) };
  }

  get #filters(): ActivityFilters {
    const actor = this.actor.trim();
    return {
      ...(this.category.length ? { category: this.category } : {}),
      ...(actor ? { actor } : {}),
      ...(this.impersonatedOnly ? { impersonated: true } : {}),
    };
  }

  get #filtered(): boolean {
    return Object.keys(this.#filters).length > 0;
  }

  #columns() {
    return activityColumns({
      t: this.#t,
      locale: this.#context.locale,
      sort: this.sort,
      width: this.#width.rem,
    });
  }

  #clearFilters(): void {
    // The toolbar also forgets the actor text being typed.
    const toolbar = this.#toolbar.part;
    if (toolbar) toolbar.clear();
    else {
      this.category = [];
      this.actor = '';
      this.impersonatedOnly = false;
    }
  }

  #renderToolbar(t: ActivityTabText, toolbar: ActivityToolbar | undefined, total: string) {
    const filtered = this.#filtered;
    return html`<div part="toolbar" class="toolbar">
        ${toolbar ? toolbar.renderFields(t) : html`<div class="filters-pending" aria-busy="true"></div>`}
        <span class="total" role="status">${total}</span>
      </div>
      ${this.#toolbar.renderError(t)}
      <div class="categories" role="group" aria-label=${t.activityCategoryFilter}>
        ${toolbar?.renderCategories(t, filtered)}
      </div>`;
  }

  #empty(t: ActivityTabText): TabState['empty'] {
    return this.#filtered
      ? {
          title: t.activityNoMatchTitle,
          message: t.activityNoMatchMessage,
          action: { label: t.activityClearFilters, run: () => this.#clearFilters() },
        }
      : { title: t.activityEmptyTitle, message: t.activityEmptyMessage };
  }

  protected override render() {
    const locale = this.#context.locale;
    if (!activityTabText.ready(locale)) return renderLoading(locale);
    const t = this.#t;
    const total = this.#rows.total;
    const view = fromRows(this.#rows, !!this.clientId);
    const state = view.state;
    const chrome = state !== 'forbidden' && state !== 'notFound';
    return html`
      ${
        chrome
          ? this.#renderToolbar(
              t,
              this.#toolbar.part,
              total === undefined
                ? ''
                : t.activityTotal({
                    count: total,
                    formatted: new Intl.NumberFormat(locale).format(total),
                  }),
            )
          : nothing
      }
      ${renderTabState({ ...view, locale, rows: 6, empty: this.#empty(t) }, this.#grid.render())}
    `;
  }
}
