import type {
  ClienteleClient,
  Department,
  Ticket,
  TicketPriority,
  TicketSort,
  TicketStatus,
  TicketStatusCounts,
  TicketWaitingOn,
} from '@clientele/sdk';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { ClienteleConsumer } from '../base/controllers/clientele-consumer.ts';
import { ResourceController, type ResourceState } from '../base/controllers/resource-controller.ts';
import { enumLabel, enumTone } from '../base/enum-label.ts';
import { dispatch } from '../base/events.ts';
import { formatDateTime, formatRelativeTime } from '../base/format/dates.ts';
import { DataGrid, type GridColumn, type SortDirection } from '../list/data-grid.ts';
import { sortDirectionOf } from '../list/list-query.ts';
import { listWidgetStyles } from '../list/list-view.styles.ts';
import { listViewState, providerPerClient } from '../list/list-view.ts';
import { PagedRows } from '../list/paged-rows.ts';
import { UrlState } from '../list/url-state.ts';
import { renderActiveFilters } from '../ui/filter-chips.ts';
import { SearchField } from '../ui/search-field.ts';
import { type TicketListText, ticketListText } from './messages.ts';
import {
  sdkTicketDataProvider,
  type TicketDataProvider,
  type TicketDataResult,
  ticketMatches,
  WAITING_ON_STATUSES,
} from './ticket-data.ts';
import { TicketCreateForm } from './ticket-form.ts';
import { ticketListStyles } from './ticket-list.styles.ts';
import {
  DEFAULT_TICKET_SORT,
  isTicketPriority,
  isTicketSort,
  isTicketWaitingOn,
  parseStatuses,
  reverseTicketSort,
  serializeTicketFilters,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  TICKET_WAITING_ON,
  type TicketFilterKey,
  type TicketFilters,
  type TicketListState,
  type TicketSortField,
  ticketFilterChips,
  ticketSortParts,
  ticketStateFromParams,
  ticketStateToParams,
  withoutTicketFilter,
} from './ticket-query.ts';

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

const ROW_HEIGHT = 52;
const FIRST_PAGE = 50;
/** Relative times ("5 minutes ago") are refreshed this often. */
const CLOCK_TICK = 60_000;

export const TICKET_STATUS_KEYS: Record<TicketStatus, keyof TicketListText> = {
  open: 'ticketStatusOpen',
  customer_reply: 'ticketStatusCustomerReply',
  answered: 'ticketStatusAnswered',
  in_progress: 'ticketStatusInProgress',
  on_hold: 'ticketStatusOnHold',
  closed: 'ticketStatusClosed',
};

/**
 * Bar and label colour per status: red for new tickets nobody picked up, amber for a client
 * waiting on an answer, blue while staff work on it, green once answered, grey when parked or
 * closed. The text always says the status; colour only repeats it.
 */
export const TICKET_STATUS_TONES: Record<TicketStatus, string> = {
  open: 'red',
  customer_reply: 'amber',
  in_progress: 'blue',
  answered: 'green',
  on_hold: 'grey',
  closed: 'grey',
};

const PRIORITY_KEYS: Record<TicketPriority, keyof TicketListText> = {
  low: 'priorityLow',
  medium: 'priorityMedium',
  high: 'priorityHigh',
};

const WAITING_KEYS: Record<
  TicketWaitingOn,
  [button: keyof TicketListText, value: keyof TicketListText]
> = {
  staff: ['waitingOnStaff', 'waitingOnStaffValue'],
  client: ['waitingOnClient', 'waitingOnClientValue'],
};

const FILTER_LABELS: Record<TicketFilterKey, keyof TicketListText> = {
  status: 'columnStatus',
  waiting_on: 'waitingOnLabel',
  department_id: 'columnDepartment',
  priority: 'columnPriority',
};

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

  static override styles = [...listWidgetStyles, ticketListStyles];

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
  readonly #search = new SearchField(this);
  readonly #url = new UrlState<TicketListState>(this, {
    tag: 'ticket-list',
    watched: ['query', 'status', 'departmentId', 'priority', 'waitingOn', 'sort'],
    read: ticketStateFromParams,
    write: ticketStateToParams,
    current: () => ({ query: this.query.trim(), filters: this.#filters, sort: this.sort }),
    defaults: () => ({ query: '', filters: {}, sort: DEFAULT_TICKET_SORT }),
    apply: (state) => {
      if (state.query !== undefined) this.query = state.query;
      if (state.filters !== undefined) this.#setFilters(state.filters);
      if (state.sort !== undefined) this.sort = state.sort;
    },
  });
  #rows: PagedRows<Ticket, TicketDataResult> | undefined;
  /** The rows shown while a refreshed query loads its first page (after a ticket was opened). */
  #previousRows: PagedRows<Ticket, TicketDataResult> | undefined;
  #rowsKey = '';
  #rowsProvider: TicketDataProvider | undefined;
  #statusCounts: TicketStatusCounts | undefined;
  /** Tickets opened here, shown first until the query changes. */
  #created: Ticket[] = [];
  /** How many of them the server counts in the current query's total. */
  #createdCounted = 0;
  #announcement = '';
  readonly #sdkProvider = providerPerClient(sdkTicketDataProvider);
  #clock: ReturnType<typeof setInterval> | undefined;
  #formInputs: readonly unknown[] = [];

  readonly #loadedDepartments = new ResourceController(this, {
    args: () =>
      this.departments === undefined && this.#context.client
        ? ([this.#context.client] as const)
        : undefined,
    load: async ([api], signal) => {
      const { data } = await api.GET('/ticket-departments', {
        params: { query: { limit: 200 } },
        signal,
      });
      return data?.items ?? [];
    },
  });

  readonly #grid = new DataGrid<Ticket>(this, {
    label: () => this.#t.ticketsLabel,
    total: () => this.#total ?? 0,
    row: (index) => this.#row(index),
    rowHeight: ROW_HEIGHT,
    placeholderLabel: () => this.#t.loading,
    columns: () => this.#columns(),
    onSort: (id) => this.#sortBy(id as TicketSortField),
    onActivate: (ticket) => dispatch(this, 'ticket-select', { ticketId: ticket.id }),
    onRangeChange: (start, end) => {
      const pinned = this.#created.length;
      this.#rows?.ensure(Math.max(0, start - pinned), Math.max(0, end - pinned));
    },
  });

  readonly #form = new TicketCreateForm(this, {
    messages: () => this.#t,
    client: () => this.#context.client,
    clientId: () => this.clientId || undefined,
    departments: () => this.#departments,
    departmentsFailed: () => this.#loadedDepartments.error !== undefined,
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
    return this.#total;
  }

  /** Loads everything again (same client, search, filters and sort). */
  reload(): void {
    this.#rowsKey = '';
    this.requestUpdate();
  }

  /** Opens the "open a ticket" form (when the user may open tickets). */
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
    this.#rows?.abort();
    // Reconnecting starts from scratch (the loads in flight were aborted).
    this.#rowsKey = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#url.restore();
    this.#checkAttributes(changed);
    this.#syncRows();
    // The open form shows the departments once they arrive, in the current language.
    const formInputs = [this.#departments, this.#locale] as const;
    if (formInputs.some((input, i) => input !== this.#formInputs[i])) {
      this.#formInputs = formInputs;
      this.#form.refresh();
    }
    this.#url.write(changed);
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

  // ------------------------------------------------------------------ data

  get #filters(): TicketFilters {
    const filters: TicketFilters = {};
    if (this.status.length > 0) filters.status = [...this.status];
    if (this.departmentId) filters.department_id = this.departmentId;
    if (this.priority) filters.priority = this.priority;
    if (this.waitingOn) filters.waiting_on = this.waitingOn;
    return filters;
  }

  #setFilters(filters: TicketFilters): void {
    this.status = filters.status ?? [];
    this.departmentId = filters.department_id;
    this.priority = filters.priority;
    this.waitingOn = filters.waiting_on;
  }

  get #departments(): readonly Department[] | undefined {
    return this.departments ?? this.#loadedDepartments.data;
  }

  get #provider(): TicketDataProvider | undefined {
    return this.dataProvider ?? this.#sdkProvider(this.#context.client);
  }

  /** A new query (client, search, filters, sort or data source) starts a new row cache. */
  #syncRows(refresh = false): void {
    const provider = this.#provider;
    const clientId = this.clientId || undefined;
    const query = this.query.trim();
    const filters = this.#filters;
    const sort = this.sort;
    const key = provider
      ? JSON.stringify([clientId ?? null, query, serializeTicketFilters(filters), sort])
      : '';
    if (!refresh && this.#rows && key === this.#rowsKey && this.#rowsProvider === provider) return;
    this.#rows?.abort();
    this.#previousRows = refresh ? this.#rows : undefined;
    if (!refresh) {
      this.#created = [];
      this.#statusCounts = undefined;
    }
    this.#rowsKey = key;
    this.#rowsProvider = provider;
    if (!provider) {
      this.#rows = undefined;
      return;
    }
    // Tickets opened here stay on top; the server's pages leave them out so they show once.
    const pinned = new Set(this.#created.map((ticket) => ticket.id));
    const request = { clientId, query, filters };
    this.#createdCounted = this.#created.filter((t) => ticketMatches(t, request)).length;
    const rows = new PagedRows<Ticket, TicketDataResult>({
      pageSize: FIRST_PAGE,
      fetchPage: async ({ cursor, limit, reversed, signal }) => {
        const page = await provider({
          ...request,
          sort: reversed ? reverseTicketSort(sort) : sort,
          cursor,
          limit,
          signal,
        });
        if (pinned.size === 0) return page;
        return {
          ...page,
          items: page.items.filter((ticket) => !pinned.has(ticket.id)),
          total: Math.max(0, page.total - this.#createdCounted),
        };
      },
      onPage: (page) => {
        if (this.#rows !== rows) return;
        this.#previousRows = undefined;
        if (page.statusCounts) this.#statusCounts = page.statusCounts;
        this.requestUpdate();
      },
      onError: () => {
        if (this.#rows !== rows) return;
        this.#previousRows = undefined;
        this.requestUpdate();
      },
      // The grid's aria-busy follows `loading`, which turns false after the last page.
      onIdle: () => {
        if (this.#rows === rows) this.requestUpdate();
      },
    });
    this.#rows = rows;
    if (!refresh) this.#grid.resetPosition();
    rows.ensure(0, FIRST_PAGE);
  }

  /** The rows on screen: the current query's, or the previous ones while a refresh loads. */
  get #shownRows(): PagedRows<Ticket, TicketDataResult> | undefined {
    return this.#rows?.total === undefined && this.#previousRows ? this.#previousRows : this.#rows;
  }

  get #total(): number | undefined {
    const total = this.#shownRows?.total;
    // Neither the current nor the previous rows hold the tickets pinned on top.
    return total === undefined ? undefined : total + this.#created.length;
  }

  #row(index: number): Ticket | undefined {
    const pinned = this.#created.length;
    return index < pinned ? this.#created[index] : this.#shownRows?.get(index - pinned);
  }

  get #state(): ResourceState {
    return listViewState(this.#shownRows, this.#total);
  }

  #onCreated(ticket: Ticket): void {
    this.#created = [ticket, ...this.#created];
    if (this.#statusCounts) {
      this.#statusCounts = {
        ...this.#statusCounts,
        [ticket.status]: this.#statusCounts[ticket.status] + 1,
      };
    }
    this.#announcement = this.#t.ticketCreated({ id: ticket.id });
    // Reload behind the pinned ticket: the server's pages shifted by one.
    this.#syncRows(true);
    this.#grid.resetPosition();
    this.requestUpdate();
    dispatch(this, 'ticket-create', { ticket, ticketId: ticket.id, clientId: ticket.client.id });
  }

  get #canCreate(): boolean {
    return this.#context.can('tickets.create');
  }

  // ------------------------------------------------------------------ user intents

  /** A new sort field starts descending (newest, latest reply, highest priority first). */
  #sortBy(field: TicketSortField): void {
    const current = ticketSortParts(this.sort);
    this.sort = current.field === field ? reverseTicketSort(this.sort) : `-${field}`;
  }

  #toggleStatus(status: TicketStatus): void {
    this.status = this.status.includes(status)
      ? this.status.filter((s) => s !== status)
      : TICKET_STATUSES.filter((s) => s === status || this.status.includes(s));
  }

  #clearAll = (): void => {
    this.#search.reset();
    this.query = '';
    this.#setFilters({});
  };

  // ------------------------------------------------------------------ rendering

  protected override render() {
    const state = this.#state;
    const t = this.#t;
    // Nothing to filter or open for a client that does not exist or may not be seen.
    const chrome = state !== 'forbidden' && state !== 'notFound';
    return html`
      ${chrome ? this.#renderToolbar() : nothing}
      ${chrome ? this.#renderQuickFilters() : nothing}
      ${
        chrome
          ? renderActiveFilters(t, {
              chips: ticketFilterChips(this.#filters),
              name: (key) => t[FILTER_LABELS[key]] as string,
              value: (key, value) => this.#filterValueLabel(key, value),
              onRemove: (key, value) =>
                this.#setFilters(withoutTicketFilter(this.#filters, key, value)),
              onClearAll: () => this.#setFilters({}),
            })
          : nothing
      }
      <clientele-state
        lang=${this.#locale}
        .state=${state}
        .error=${this.#shownRows?.error}
        .busy=${this.#rows?.loading ?? false}
        rows="6"
        exportparts="title: state-title, message: state-message, retry-button"
        @retry=${() => this.#rows?.retry()}
      >
        ${this.#renderEmpty()} ${this.#grid.render()}
      </clientele-state>
      <span class="visually-hidden" role="status">${this.#announcement}</span>
      ${this.#form.render()}
    `;
  }

  #renderEmpty() {
    const t = this.#t;
    const filtered = this.query.trim() !== '' || ticketFilterChips(this.#filters).length > 0;
    if (!filtered) {
      return html`<div slot="empty" class="empty">
        <slot name="empty">
          <p class="empty-title">${t.ticketsEmptyTitle}</p>
          <p class="empty-message">
            ${this.clientId ? t.clientTicketsEmptyMessage : t.ticketsEmptyMessage}
          </p>
        </slot>
      </div>`;
    }
    return html`<div slot="empty" class="empty">
      <p class="empty-title">${t.ticketsNoMatchTitle}</p>
      <p class="empty-message">${t.ticketsNoMatchMessage}</p>
      <button class="button" type="button" @click=${this.#clearAll}>${t.clearAllFilters}</button>
    </div>`;
  }

  #renderToolbar() {
    const t = this.#t;
    const total = this.#total;
    const departments = this.#departments ?? [];
    const department = this.departmentId ?? '';
    return html`<div part="toolbar" class="toolbar">
      ${this.#search.render({ label: t.searchTickets, placeholder: t.searchTicketsHint })}
      <div class="field">
        <label for="filter-department">${t.columnDepartment}</label>
        <select
          id="filter-department"
          class="input"
          @change=${(event: Event) => {
            this.departmentId = (event.target as HTMLSelectElement).value || undefined;
          }}
        >
          <option value="" ?selected=${department === ''}>${t.anyValue}</option>
          ${departments.map(
            (d) => html`<option value=${d.id} ?selected=${department === d.id}>${d.name}</option>`,
          )}
          ${
            department && !departments.some((d) => d.id === department)
              ? html`<option value=${department} selected>${department}</option>`
              : nothing
          }
        </select>
      </div>
      <div class="field">
        <label for="filter-priority">${t.columnPriority}</label>
        <select
          id="filter-priority"
          class="input"
          @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value;
            this.priority = isTicketPriority(value) ? value : undefined;
          }}
        >
          <option value="" ?selected=${!this.priority}>${t.anyValue}</option>
          ${TICKET_PRIORITIES.map(
            (p) =>
              html`<option value=${p} ?selected=${this.priority === p}>
                ${t[PRIORITY_KEYS[p]] as string}
              </option>`,
          )}
        </select>
      </div>
      ${this.#renderNewTicket()}
      <span class="total" role="status">
        ${total === undefined ? '' : t.ticketsTotal({ count: total, formatted: this.#number(total) })}
      </span>
    </div>`;
  }

  #renderNewTicket() {
    // Opening needs the SDK (a dataProvider alone only reads).
    if (!this.#context.client) return nothing;
    const t = this.#t;
    const allowed = this.#canCreate;
    // While the user's permissions load, the button waits without claiming a reason.
    const status = this.#context.user?.status;
    const known = status !== 'loading' && status !== 'idle';
    // Not permitted: still focusable (aria-disabled), with the reason next to it.
    return html`<div class="new-ticket">
      <button
        part="new-ticket"
        class="button primary"
        type="button"
        aria-disabled=${allowed ? nothing : 'true'}
        aria-describedby=${allowed || !known ? nothing : 'new-ticket-reason'}
        @click=${() => this.openCreateForm()}
      >
        ${t.newTicket}
      </button>
      ${
        allowed || !known
          ? nothing
          : html`<span id="new-ticket-reason" class="hint">${t.newTicketNotPermitted}</span>`
      }
    </div>`;
  }

  #renderQuickFilters() {
    const t = this.#t;
    const counts = this.#statusCounts;
    return html`<div part="quick-filters" class="quick-filters">
      <div class="quick-filters" role="group" aria-label=${t.waitingOnLabel}>
        ${TICKET_WAITING_ON.map((waiting) => {
          const pressed = this.waitingOn === waiting;
          return html`<button
            part="waiting-filter"
            class="pill"
            type="button"
            aria-pressed=${String(pressed)}
            @click=${() => {
              this.waitingOn = pressed ? undefined : waiting;
            }}
          >
            ${t[WAITING_KEYS[waiting][0]] as string}
            ${
              counts
                ? html`<span class="count"
                    >${this.#number(
                      WAITING_ON_STATUSES[waiting].reduce((sum, status) => sum + counts[status], 0),
                    )}</span
                  >`
                : nothing
            }
          </button>`;
        })}
      </div>
      ${
        counts
          ? html`<span class="divider" aria-hidden="true"></span>
            <div class="quick-filters" role="group" aria-label=${t.statusFilterLabel}>
              ${TICKET_STATUSES.map(
                (status) => html`<button
                  part="status-count"
                  class="pill tone-${TICKET_STATUS_TONES[status]}"
                  type="button"
                  aria-pressed=${String(this.status.includes(status))}
                  data-status=${status}
                  @click=${() => this.#toggleStatus(status)}
                >
                  <span class="dot" aria-hidden="true"></span>
                  ${t[TICKET_STATUS_KEYS[status]] as string}
                  <span class="count">${this.#number(counts[status])}</span>
                </button>`,
              )}
            </div>`
          : nothing
      }
    </div>`;
  }

  #filterValueLabel(key: TicketFilterKey, value: string): string {
    const t = this.#t;
    switch (key) {
      case 'status':
        return enumLabel(t, TICKET_STATUS_KEYS, value);
      case 'priority':
        return enumLabel(t, PRIORITY_KEYS, value);
      case 'waiting_on':
        return t[WAITING_KEYS[value as TicketWaitingOn][1]] as string;
      default:
        return this.#departments?.find((d) => d.id === value)?.name ?? value;
    }
  }

  #number(value: number): string {
    return new Intl.NumberFormat(this.#locale).format(value);
  }

  #sortDirection(field: TicketSortField): SortDirection {
    return sortDirectionOf(this.sort, field);
  }

  #time(value: string, text: string) {
    const exact = formatDateTime(this.#locale, value, { dateStyle: 'medium', timeStyle: 'short' });
    return html`<time datetime=${value} title=${exact}>${text}</time>`;
  }

  #columns(): GridColumn<Ticket>[] {
    const t = this.#t;
    const locale = this.#locale;
    const columns: GridColumn<Ticket>[] = [
      {
        id: 'status',
        header: () => t.columnStatus,
        width: 'minmax(9rem, 1fr)',
        minWidth: 9,
        cell: (ticket) => html`<span
            class="status-bar tone-${enumTone(TICKET_STATUS_TONES, ticket.status)}"
            aria-hidden="true"
          ></span
          ><span
            part="status"
            class="status-text tone-${enumTone(TICKET_STATUS_TONES, ticket.status)}"
            data-status=${ticket.status}
            >${enumLabel(t, TICKET_STATUS_KEYS, ticket.status)}</span
          >`,
      },
      {
        id: 'id',
        header: () => t.columnTicketId,
        width: 'minmax(6.5rem, 0.6fr)',
        minWidth: 6.5,
        cell: (ticket) => html`<span class="ticket-id">${ticket.id}</span>`,
      },
      {
        id: 'title',
        header: () => t.columnTitle,
        width: 'minmax(10.5rem, 3fr)',
        minWidth: 10.5,
        cell: (ticket) => html`<span class="primary">${ticket.title}</span>`,
      },
    ];
    if (!this.clientId) {
      columns.push({
        id: 'client',
        header: () => t.columnClient,
        width: 'minmax(10rem, 1.5fr)',
        minWidth: 10,
        cell: (ticket) => ticket.client.name,
      });
    }
    columns.push(
      {
        id: 'department',
        header: () => t.columnDepartment,
        width: 'minmax(9rem, 1fr)',
        minWidth: 9,
        cell: (ticket) => ticket.department.name,
      },
      {
        id: 'priority',
        header: () => t.columnPriority,
        width: 'minmax(7rem, 0.7fr)',
        minWidth: 7,
        sort: this.#sortDirection('priority'),
        cell: (ticket) =>
          html`<span class="priority-${ticket.priority}" data-priority=${ticket.priority}
            >${enumLabel(t, PRIORITY_KEYS, ticket.priority)}</span
          >`,
      },
      {
        id: 'created',
        sortKey: 'created_at',
        header: () => t.columnCreated,
        width: 'minmax(12.5rem, 1fr)',
        minWidth: 12.5,
        sort: this.#sortDirection('created_at'),
        cell: (ticket) =>
          this.#time(
            ticket.created_at,
            formatDateTime(locale, ticket.created_at, { dateStyle: 'medium', timeStyle: 'short' }),
          ),
      },
      {
        id: 'last-reply',
        sortKey: 'last_reply_at',
        header: () => t.columnLastReply,
        width: 'minmax(12rem, 1fr)',
        minWidth: 12,
        sort: this.#sortDirection('last_reply_at'),
        cell: (ticket) =>
          ticket.last_reply_at
            ? html`<span class="relative"
                  >${this.#time(
                    ticket.last_reply_at,
                    formatRelativeTime(locale, ticket.last_reply_at),
                  )}</span
                ><span class="secondary"
                  >${formatDateTime(locale, ticket.last_reply_at, {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  })}</span
                >`
            : html`<span class="muted">${t.noReplyYet}</span>`,
      },
    );
    return columns;
  }
}
