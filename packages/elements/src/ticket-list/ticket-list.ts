import type {
  ClienteleClient,
  Department,
  Ticket,
  TicketPriority,
  TicketSort,
  TicketStatus,
  TicketWaitingOn,
} from '@clientele/sdk';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { ClienteleConsumer } from '../base/controllers/clientele-consumer.ts';
import { OwnWidth } from '../base/controllers/own-width.ts';
import { dispatch } from '../base/events.ts';
import { renderLoading } from '../base/states/render-loading.ts';
import { ListRows } from '../list/list-rows.ts';
import { listShellStyles } from '../list/list-shell.styles.ts';
import { listViewState, providerPerClient } from '../list/list-view.ts';
import { LazyPart } from '../ui/lazy-part.ts';
import { type TicketListText, ticketListText } from './messages.ts';
import { sdkTicketDataProvider } from './ticket-api.ts';
import type { TicketDataProvider, TicketDataResult, TicketQuery } from './ticket-data.ts';
import { TicketFormLoader } from './ticket-form-loader.ts';
import { ticketListStyles } from './ticket-list.styles.ts';
import { ticketListParts } from './ticket-parts.ts';
import { PinnedTickets } from './ticket-pins.ts';
import {
  DEFAULT_TICKET_SORT,
  isTicketPriority,
  isTicketSort,
  isTicketWaitingOn,
  parseStatuses,
  reverseTicketSort,
  serializeTicketFilters,
  type TicketSortField,
  ticketSortParts,
} from './ticket-query.ts';
import { type NewTicketView, TicketFilterBar } from './ticket-toolbar.ts';

/** `detail` of `ticket-select`. */
export interface TicketSelectDetail {
  ticketId: string;
}

/** `detail` of `ticket-create`: the ticket just opened. */
export interface TicketCreateDetail {
  ticket: Ticket;
  ticketId: string;
  clientId: string;
}

declare global {
  interface HTMLElementEventMap {
    'ticket-select': CustomEvent<TicketSelectDetail>;
    'ticket-create': CustomEvent<TicketCreateDetail>;
  }
}

/** Relative times ("5 minutes ago") are refreshed this often. */
const CLOCK_TICK = 60_000;

/** The `status` attribute: statuses separated by spaces or commas; unknown ones are dropped. */
const statusConverter = {
  fromAttribute(value: string | null): TicketStatus[] {
    const result = parseStatuses(value);
    for (const problem of result.problems) console.warn(`<ticket-list> status: ${problem}`);
    return result.value;
  },
  toAttribute(value: readonly TicketStatus[]): string {
    return value.join(' ');
  },
};

/**
 * Support tickets: the staff queue of every client's tickets, or (with `client-id`) one
 * client's. An ARIA data grid, windowed over cursor pages, with the status as a coloured bar
 * and in words, filters for status (with counts), department and priority, quick filters (with
 * counts) for tickets waiting on staff or on the client, search by title or id, sorting by created,
 * last reply and priority. Staff with `tickets.create` open tickets from a form.
 *
 * Data comes through the SDK from the nearest `<clientele-provider>` (or the `client`
 * property), or from a `dataProvider` function. Search, filters and sort are attributes, so a
 * host can deep-link; with `url-state` they are mirrored into the page URL.
 *
 * @tag ticket-list
 * @summary A client's support tickets, or every client's, with filters and a form to open one.
 *
 * @event {CustomEvent<TicketSelectDetail>} ticket-select - The user chose a ticket (Enter or click on its row). `detail.ticketId`. Bubbles, composed.
 * @event {CustomEvent<TicketCreateDetail>} ticket-create - A ticket was opened from the form (`detail.ticket`, `detail.ticketId`, `detail.clientId`); it is shown at the top of the list. Bubbles, composed.
 *
 * @slot empty - Replaces the message shown when there are no tickets at all.
 *
 * @csspart toolbar - The bar with search, department and priority filters and the "New ticket" button.
 * @csspart search - The search input.
 * @csspart new-ticket - The "New ticket" button.
 * @csspart quick-filters - The row of status counts and waiting-on quick filters.
 * @csspart status-count - One status filter button with its count (`aria-pressed` when it filters).
 * @csspart waiting-filter - A "waiting on staff/client" quick filter button (`aria-pressed`).
 * @csspart chips - The active filters row.
 * @csspart chip - One active filter.
 * @csspart clear-filters - The "Clear all" button.
 * @csspart grid - The data grid (scroll container).
 * @csspart header-row - The grid's header row.
 * @csspart header-cell - A column header.
 * @csspart row - A data row (also `placeholder-row` while it loads).
 * @csspart cell - A data cell.
 * @csspart status - The status label of a ticket (the bar is drawn beside it).
 * @csspart dialog - The "open a ticket" dialog; `dialog-title`, `dialog-error` and `dialog-confirm` its pieces.
 * @csspart dialog-title - The dialog's title.
 * @csspart dialog-error - The dialog's error message.
 * @csspart dialog-confirm - The dialog's submit button.
 * @csspart client-options - The client picker's list of suggestions.
 * @csspart state-title - Title of the empty, error, forbidden and not-found views.
 * @csspart state-message - Message of those views.
 * @csspart retry-button - The Retry button of the error view.
 *
 * @cssprop --clientele-grid-max-block-size - Maximum height of the grid (default 70vh).
 * @cssprop --clientele-color-status-red - Open tickets (with `-text`, also the bar).
 * @cssprop --clientele-color-status-amber - Tickets with a customer reply (with `-text`).
 * @cssprop --clientele-color-status-blue - Tickets in progress (with `-text`).
 * @cssprop --clientele-color-status-green - Answered tickets (with `-text`).
 * @cssprop --clientele-color-status-grey - Tickets on hold and closed (with `-text`).
 * @cssprop --clientele-color-accent - Links, focus and pressed filters.
 * @cssprop --clientele-color-danger - High priority and field errors.
 */
export class TicketList extends LitElement {
  static override properties = {
    client: { attribute: false },
    dataProvider: { attribute: false },
    departments: { attribute: false },
    clientId: { attribute: 'client-id' },
    query: {},
    status: { converter: statusConverter },
    departmentId: { attribute: 'department-id' },
    priority: {},
    waitingOn: { attribute: 'waiting-on' },
    sort: {},
    urlState: { attribute: 'url-state' },
  };

  // The data grid's styles come with the grid (`ticket-grid.ts`).
  static override styles = [...listShellStyles, ticketListStyles];

  /** The SDK client; overrides the one from `<clientele-provider>`. */
  declare client: ClienteleClient | undefined;
  /**
   * Loads pages instead of the SDK: `(request: {clientId, query, filters, sort, cursor, limit,
   * signal}) => Promise<{items, nextCursor, total, statusCounts?}>`. It must support both
   * directions of each sort. For in-memory arrays (tests, stories), see
   * `createTicketArrayDataProvider` in the package's testing module.
   */
  declare dataProvider: TicketDataProvider | undefined;
  /** The departments to filter by and open tickets in (`{id, name}`). Loaded from the API when unset. */
  declare departments: readonly Department[] | undefined;
  /** One client's tickets (its id); without it, every client's tickets (the staff queue). */
  declare clientId: string | undefined;
  /** The search text (title or ticket id). */
  declare query: string;
  /** Only tickets in these statuses. As an attribute: separated by spaces or commas (`open customer_reply`). */
  declare status: TicketStatus[];
  /** Only tickets of this department (its id). */
  declare departmentId: string | undefined;
  /** Only tickets of this priority: `low`, `medium` or `high`. */
  declare priority: TicketPriority | undefined;
  /** Only tickets waiting on `staff` (open, customer reply, in progress) or on the `client` (answered, on hold). */
  declare waitingOn: TicketWaitingOn | undefined;
  /** The sort: `created_at`, `last_reply_at` or `priority`, `-` for descending. Default `-created_at` (newest first). */
  declare sort: TicketSort;
  /**
   * Present: mirror search, filters and sort into the page URL (`history.replaceState`) and
   * restore them from it on load. Its value is a prefix for the parameter names ('' for none).
   */
  declare urlState: string | null | undefined;

  readonly #context = new ClienteleConsumer(this);
  readonly #filterBar = new TicketFilterBar(this, {
    messages: () => this.#t,
    number: (value) => this.#number(value),
    departments: () => this.departments,
    client: () => this.#context.client,
    counts: () => this.#pinned.statusCounts,
    total: () => this.total,
    clientId: () => this.clientId || undefined,
    newTicket: () => this.#newTicket,
  });
  /** `url-state`, loaded only when set: the first request waits for what the URL says. */
  readonly #url = new LazyPart(
    this,
    () => ticketListParts.url(),
    (module) =>
      module.ticketUrlState(this, {
        get: () => this.#filterBar.filters,
        set: (filters) => {
          this.#filterBar.filters = filters;
        },
      }),
  );
  readonly #sdkProvider = providerPerClient(sdkTicketDataProvider);
  /** Tickets opened here, on top of the server's rows until the query changes. */
  readonly #pinned = new PinnedTickets();
  /** The server's rows for the current query. */
  readonly #rows = new ListRows<Ticket, TicketQuery, TicketDataResult>(this, {
    provider: () =>
      this.#urlPending ? undefined : (this.dataProvider ?? this.#sdkProvider(this.#context.client)),
    query: () => ({
      clientId: this.clientId || undefined,
      query: this.query.trim(),
      filters: this.#filterBar.filters,
      sort: this.sort,
    }),
    key: (q) =>
      JSON.stringify([q.clientId ?? null, q.query, serializeTicketFilters(q.filters), q.sort]),
    reverseSort: reverseTicketSort,
    onReset: (refresh) => {
      this.#pinned.reset(this.#rows.query, refresh);
      // A new query shows its first rows; a refresh keeps the place.
      if (!refresh) this.#grid.part?.grid.resetPosition();
    },
    mapPage: this.#pinned.mapPage,
    onPage: (page) => this.#pinned.takeCounts(page),
  });
  #announcement = '';
  #clock: ReturnType<typeof setInterval> | undefined;
  #formInputs: readonly unknown[] = [];

  /** The grid, loaded with the first page (the loading skeleton meanwhile). */
  readonly #grid = new LazyPart(
    this,
    () => ticketListParts.grid(),
    (module) =>
      module.ticketGrid(this, {
        label: () => this.#t.ticketsLabel,
        placeholderLabel: () => this.#t.loading,
        total: () => this.total ?? 0,
        row: (index) => this.#pinned.row(this.#rows.shown, index),
        view: () => ({
          t: this.#t,
          locale: this.#locale,
          clientId: this.clientId,
          sort: this.sort,
          width: this.#width.rem,
        }),
        onSort: (field) => this.#sortBy(field),
        onActivate: (ticket) => dispatch(this, 'ticket-select', { ticketId: ticket.id }),
        onRangeChange: (start, end) => this.#rows.ensure(...this.#pinned.serverRange(start, end)),
      }),
    () => ticketListParts.grid.peek?.(),
  );

  /** The columns follow the widget's own width. */
  readonly #width: OwnWidth = new OwnWidth(this, () => this.#grid.part?.columnCount());

  readonly #form = new TicketFormLoader(this, {
    messages: () => this.#t,
    locale: () => this.#locale,
    client: () => this.#context.client,
    clientId: () => this.clientId || undefined,
    departments: () => this.#departments,
    departmentsFailed: () => this.#filterBar.departmentsFailed,
    onCreated: (ticket) => this.#onCreated(ticket),
  });

  constructor() {
    super();
    this.query = '';
    this.status = [];
    this.sort = DEFAULT_TICKET_SORT;
  }

  get #t(): TicketListText {
    return ticketListText(this.#context.locale);
  }

  get #locale(): string {
    return this.#context.locale;
  }

  /** How many tickets match (including ones just opened here); undefined until the first page. */
  get total(): number | undefined {
    return this.#pinned.total(this.#rows.shown);
  }

  /** Loads everything again (same client, search, filters and sort). */
  reload(): void {
    this.#rows.reload();
  }

  /** Opens the "open a ticket" form when the user may open tickets (it loads on first use). */
  openCreateForm(): void {
    if (this.#canCreate) this.#form.open();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#clock = setInterval(() => this.requestUpdate(), CLOCK_TICK);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#clock);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.urlState !== null && this.urlState !== undefined) this.#url.prefetch();
    this.#url.part?.restore();
    this.#checkAttributes(changed);
    // The open form shows the departments once they arrive, in the current language.
    const formInputs = [this.#departments, this.#locale] as const;
    if (formInputs.some((input, i) => input !== this.#formInputs[i])) {
      this.#formInputs = formInputs;
      this.#form.refresh();
    }
    this.#url.part?.write(changed);
    this.#grid.prefetch();
  }

  /** The URL state is set but not loaded yet: nothing to ask for until it is. */
  get #urlPending(): boolean {
    return this.urlState !== null && this.urlState !== undefined && !this.#url.part;
  }

  // Bad values are warned about and dropped, never thrown (the attribute may come from a URL).
  #checkAttributes(changed: PropertyValues<this>): void {
    if (changed.has('sort') && !isTicketSort(this.sort)) {
      console.warn(
        `<ticket-list>: sort="${this.sort}" is not a ticket sort; using ${DEFAULT_TICKET_SORT}.`,
      );
      this.sort = DEFAULT_TICKET_SORT;
    }
    if (changed.has('priority') && this.priority && !isTicketPriority(this.priority)) {
      console.warn(`<ticket-list>: priority="${this.priority}" is not low, medium or high.`);
      this.priority = undefined;
    }
    if (changed.has('waitingOn') && this.waitingOn && !isTicketWaitingOn(this.waitingOn)) {
      console.warn(`<ticket-list>: waiting-on="${this.waitingOn}" is not staff or client.`);
      this.waitingOn = undefined;
    }
    if (changed.has('status') && !Array.isArray(this.status)) this.status = [];
  }

  get #departments(): readonly Department[] | undefined {
    return this.#filterBar.departments;
  }

  /** Opening needs the SDK (a dataProvider alone only reads). */
  get #newTicket(): NewTicketView | undefined {
    if (!this.#context.client) return undefined;
    // While the user's permissions load, the button waits without claiming a reason.
    const status = this.#context.user?.status;
    const known = status !== 'loading' && status !== 'idle';
    return {
      allowed: this.#canCreate,
      known,
      form: this.#form.part,
      open: () => this.openCreateForm(),
    };
  }

  get #canCreate(): boolean {
    return this.#context.can('tickets.create');
  }

  #onCreated(ticket: Ticket): void {
    this.#pinned.add(ticket);
    // Reload behind the pinned ticket: the server's pages shifted by one.
    this.#rows.refresh();
    this.#announcement = this.#t.ticketCreated({ id: ticket.id });
    this.#grid.part?.grid.resetPosition();
    this.requestUpdate();
    dispatch(this, 'ticket-create', { ticket, ticketId: ticket.id, clientId: ticket.client.id });
  }

  /** A new sort field starts descending (newest, latest reply, highest priority first). */
  #sortBy(field: TicketSortField): void {
    const current = ticketSortParts(this.sort);
    this.sort = current.field === field ? reverseTicketSort(this.sort) : `-${field}`;
  }

  #number(value: number): string {
    return new Intl.NumberFormat(this.#locale).format(value);
  }

  protected override render() {
    // The locale's strings load on first use: a skeleton meanwhile, not a flash of English.
    if (!ticketListText.ready(this.#locale)) return renderLoading(this.#locale);
    const shown = this.#rows.shown;
    // A part it waits for (the URL state; the grid, once there are rows to show): the loading
    // skeleton, or why it failed with Retry.
    const rowsState = listViewState(shown, this.total);
    const waiting = this.#urlPending
      ? this.#url
      : rowsState === 'loaded' && !this.#grid.part
        ? this.#grid
        : undefined;
    const state = waiting ? (waiting.failed ? 'error' : 'loading') : rowsState;
    // Nothing to filter or open for a client that does not exist or may not be seen.
    const chrome = state !== 'forbidden' && state !== 'notFound';
    return html`
      ${chrome ? this.#filterBar.renderToolbar() : nothing}
      ${chrome ? this.#filterBar.renderQuickFilters() : nothing}
      ${chrome ? this.#filterBar.renderChips() : nothing}
      <clientele-state
        lang=${this.#locale}
        .state=${state}
        .error=${waiting ? waiting.error : shown?.error}
        .busy=${this.#rows.current?.loading ?? false}
        rows="6"
        exportparts="title: state-title, message: state-message, retry-button"
        @retry=${() => (waiting ? waiting.use() : this.#rows.current?.retry())}
      >
        ${this.#filterBar.renderEmpty()} ${this.#grid.part?.grid.render()}
      </clientele-state>
      <span class="visually-hidden" role="status">${this.#announcement}</span>
      ${this.#form.render()}
    `;
  }
}
