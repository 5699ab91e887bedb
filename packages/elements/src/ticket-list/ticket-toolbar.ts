import type {
  ClienteleClient,
  Department,
  TicketPriority,
  TicketStatus,
  TicketStatusCounts,
  TicketWaitingOn,
} from '@clientele/sdk';
import { html, nothing, type ReactiveController } from 'lit';
import { adoptMoreStyles } from '../base/styles/adopt.ts';
import { LazyPart } from '../ui/lazy-part.ts';
import { SearchField, type SearchFieldHost } from '../ui/search-field.ts';
import type { TicketListText } from './messages.ts';
import type { TicketFilterControls } from './ticket-filters.ts';
import { ticketListParts } from './ticket-parts.ts';
import { type TicketFilters, ticketFilterChips } from './ticket-query.ts';

type TicketFiltersModule = Awaited<ReturnType<typeof ticketListParts.filters>>;

/** The element's search and filter properties, which the bar reads and sets. */
export interface TicketFilterHost extends SearchFieldHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  status: TicketStatus[];
  departmentId: string | undefined;
  priority: TicketPriority | undefined;
  waitingOn: TicketWaitingOn | undefined;
}

/** The "New ticket" button's state; undefined hides it. */
export interface NewTicketView {
  readonly allowed: boolean;
  /** The user's permissions are known (else a refused button waits without a reason). */
  readonly known: boolean;
  /** The form, loaded on first use: busy meanwhile, or failed (an alert with Retry). */
  readonly form: Pick<LazyPart<unknown, unknown>, 'busy' | 'renderError'>;
  /** Opens the form (loading it first; again after a failed load). */
  open(): void;
}

export interface TicketFilterBarOptions {
  messages(): TicketListText;
  /** Formats a count in the widget's locale. */
  number(value: number): string;
  /** The departments the host gives; undefined: the controls load them through `client`. */
  departments(): readonly Department[] | undefined;
  /** The SDK client to load the departments from. */
  client(): ClienteleClient | undefined;
  /** Tickets per status, once a page brought them. */
  counts(): TicketStatusCounts | undefined;
  /** How many tickets match, once known. */
  total(): number | undefined;
  /** One client's tickets (the empty view says so). */
  clientId(): string | undefined;
  newTicket(): NewTicketView | undefined;
}

/**
 * The list's search and filters: the toolbar (search, department, priority, "New ticket" and
 * the total), the quick filters (waiting on staff or client, status counts), the active
 * filter chips and the empty view with its "Clear all". The filters live in the element's
 * properties (attributes a host can set); the bar reads them and sets them on user action.
 *
 * The filter controls (`ticket-filters.ts`) are no part of the list's first frame: they load
 * when the bar connects, in parallel with the first page; meanwhile their place is kept, and
 * a failed load says so with a Retry.
 */
export class TicketFilterBar implements ReactiveController {
  readonly #host: TicketFilterHost;
  readonly #options: TicketFilterBarOptions;
  readonly #search: SearchField;
  readonly #controls: LazyPart<TicketFiltersModule, TicketFilterControls>;

  constructor(host: TicketFilterHost, options: TicketFilterBarOptions) {
    this.#host = host;
    this.#options = options;
    this.#search = new SearchField(host);
    this.#controls = new LazyPart(
      host,
      () => ticketListParts.filters(),
      (module) => {
        adoptMoreStyles(host, module.TicketFilterControls.styles);
        return new module.TicketFilterControls(host, options, this);
      },
    );
    host.addController(this);
  }

  /** The departments to filter by and open tickets in: the host's, else the loaded ones. */
  get departments(): readonly Department[] | undefined {
    return this.#options.departments() ?? this.#controls.part?.departments.data;
  }

  /** The departments could not be loaded (nor the controls that load them). */
  get departmentsFailed(): boolean {
    return this.#controls.failed || this.#controls.part?.departments.error !== undefined;
  }

  hostConnected(): void {
    this.#controls.prefetch();
  }

  /** The filters as the API names them, from the element's properties. */
  get filters(): TicketFilters {
    const host = this.#host;
    const filters: TicketFilters = {};
    if (host.status.length > 0) filters.status = [...host.status];
    if (host.departmentId) filters.department_id = host.departmentId;
    if (host.priority) filters.priority = host.priority;
    if (host.waitingOn) filters.waiting_on = host.waitingOn;
    return filters;
  }

  set filters(filters: TicketFilters) {
    const host = this.#host;
    host.status = filters.status ?? [];
    host.departmentId = filters.department_id;
    host.priority = filters.priority;
    host.waitingOn = filters.waiting_on;
  }

  /** Search or filters narrow the list. */
  get filtered(): boolean {
    return this.#host.query.trim() !== '' || ticketFilterChips(this.filters).length > 0;
  }

  clearAll = (): void => {
    this.#search.reset();
    this.#host.query = '';
    this.filters = {};
  };

  renderToolbar() {
    const t = this.#options.messages();
    const total = this.#options.total();
    return html`<div part="toolbar" class="toolbar">
      ${this.#search.render({ label: t.searchTickets, placeholder: t.searchTicketsHint })}
      ${this.#controls.part?.renderSelects() ?? this.#renderControlsPending(t)}
      ${this.#renderNewTicket(t)}
      <span class="total" role="status">
        ${
          total === undefined
            ? ''
            : t.ticketsTotal({ count: total, formatted: this.#options.number(total) })
        }
      </span>
    </div>`;
  }

  /** The selects' place while they load, or why they did not, with a Retry. */
  #renderControlsPending(t: TicketListText) {
    if (!this.#controls.failed) {
      return html`<div class="filters-pending" aria-hidden="true"></div>`;
    }
    return this.#controls.renderError({ ...t, errorTitle: t.filtersFailed });
  }

  #renderNewTicket(t: TicketListText) {
    // Opening needs the SDK (a dataProvider alone only reads).
    const view = this.#options.newTicket();
    if (!view) return nothing;
    const { allowed, known, form } = view;
    // Not permitted: still focusable (aria-disabled), with the reason next to it.
    return html`<div class="new-ticket">
      <button
        part="new-ticket"
        class="button primary"
        type="button"
        aria-disabled=${allowed ? nothing : 'true'}
        aria-busy=${form.busy ? 'true' : nothing}
        aria-describedby=${allowed || !known ? nothing : 'new-ticket-reason'}
        @click=${() => view.open()}
      >
        ${t.newTicket}
      </button>
      ${
        allowed || !known
          ? nothing
          : html`<span id="new-ticket-reason" class="hint">${t.newTicketNotPermitted}</span>`
      }
      ${form.busy ? html`<span class="hint">${t.ticketFormLoading}</span>` : nothing}
      ${form.renderError({ ...t, errorTitle: t.ticketFormFailed }, (event) => {
        // The Retry button goes away while the form loads: keep focus on its opener.
        const row = (event.currentTarget as HTMLElement).closest('.new-ticket');
        row?.querySelector<HTMLElement>('[part="new-ticket"]')?.focus();
      })}
    </div>`;
  }

  /** The quick filters: waiting on staff or client, and the status counts. */
  renderQuickFilters() {
    return this.#controls.part?.renderQuickFilters() ?? nothing;
  }

  /** The active filters as removable chips, with "Clear all". */
  renderChips() {
    return this.#controls.part?.renderChips() ?? nothing;
  }

  /** The empty view: no tickets at all (the `empty` slot), or none matching, with Clear all. */
  renderEmpty() {
    const t = this.#options.messages();
    if (!this.filtered) {
      return html`<div slot="empty" class="empty">
        <slot name="empty">
          <p class="empty-title">${t.ticketsEmptyTitle}</p>
          <p class="empty-message">
            ${this.#options.clientId() ? t.clientTicketsEmptyMessage : t.ticketsEmptyMessage}
          </p>
        </slot>
      </div>`;
    }
    return html`<div slot="empty" class="empty">
      <p class="empty-title">${t.ticketsNoMatchTitle}</p>
      <p class="empty-message">${t.ticketsNoMatchMessage}</p>
      <button class="button" type="button" @click=${this.clearAll}>${t.clearAllFilters}</button>
    </div>`;
  }
}
