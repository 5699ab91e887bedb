import type {
  Department,
  TicketPriority,
  TicketStatus,
  TicketStatusCounts,
  TicketWaitingOn,
} from '@clientele/sdk';
import { html, nothing } from 'lit';
import { enumLabel } from '../base/enum-label.ts';
import type { LazyStatus } from '../base/lazy.ts';
import { renderActiveFilters } from '../ui/filter-chips.ts';
import { SearchField, type SearchFieldHost } from '../ui/search-field.ts';
import type { TicketListText } from './messages.ts';
import { WAITING_ON_STATUSES } from './ticket-data.ts';
import {
  FILTER_LABELS,
  PRIORITY_KEYS,
  TICKET_STATUS_KEYS,
  TICKET_STATUS_TONES,
  WAITING_KEYS,
} from './ticket-labels.ts';
import {
  isTicketPriority,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  TICKET_WAITING_ON,
  type TicketFilterKey,
  type TicketFilters,
  ticketFilterChips,
  withoutTicketFilter,
} from './ticket-query.ts';

/** The element's search and filter properties, which the bar reads and sets. */
export interface TicketFilterHost extends SearchFieldHost {
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
  /** Where loading the form stands (it loads on first use). */
  readonly form: LazyStatus;
  /** Opens the form (loading it first; again after a failed load). */
  open(): void;
}

export interface TicketFilterBarOptions {
  messages(): TicketListText;
  /** Formats a count in the widget's locale. */
  number(value: number): string;
  departments(): readonly Department[] | undefined;
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
 */
export class TicketFilterBar {
  readonly #host: TicketFilterHost;
  readonly #options: TicketFilterBarOptions;
  readonly #search: SearchField;

  constructor(host: TicketFilterHost, options: TicketFilterBarOptions) {
    this.#host = host;
    this.#options = options;
    this.#search = new SearchField(host);
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

  #toggleStatus(status: TicketStatus): void {
    const host = this.#host;
    host.status = host.status.includes(status)
      ? host.status.filter((s) => s !== status)
      : TICKET_STATUSES.filter((s) => s === status || host.status.includes(s));
  }

  renderToolbar() {
    const t = this.#options.messages();
    const host = this.#host;
    const total = this.#options.total();
    const departments = this.#options.departments() ?? [];
    const department = host.departmentId ?? '';
    return html`<div part="toolbar" class="toolbar">
      ${this.#search.render({ label: t.searchTickets, placeholder: t.searchTicketsHint })}
      <div class="field">
        <label for="filter-department">${t.columnDepartment}</label>
        <select
          id="filter-department"
          class="input"
          @change=${(event: Event) => {
            host.departmentId = (event.target as HTMLSelectElement).value || undefined;
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
            host.priority = isTicketPriority(value) ? value : undefined;
          }}
        >
          <option value="" ?selected=${!host.priority}>${t.anyValue}</option>
          ${TICKET_PRIORITIES.map(
            (p) =>
              html`<option value=${p} ?selected=${host.priority === p}>
                ${t[PRIORITY_KEYS[p]] as string}
              </option>`,
          )}
        </select>
      </div>
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
        aria-busy=${form === 'loading' ? 'true' : nothing}
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
      ${form === 'loading' ? html`<span class="hint">${t.ticketFormLoading}</span>` : nothing}
      ${
        form === 'error'
          ? html`<p class="hint form-failed" role="alert">
              ${t.ticketFormFailed} ${t.networkErrorMessage}
            </p>
            <button
              class="button"
              type="button"
              @click=${(event: Event) => {
                // The Retry button goes away while the form loads: keep focus on its opener.
                const row = (event.currentTarget as HTMLElement).parentElement;
                row?.querySelector<HTMLElement>('[part="new-ticket"]')?.focus();
                view.open();
              }}
            >
              ${t.retry}
            </button>`
          : nothing
      }
    </div>`;
  }

  renderQuickFilters() {
    const t = this.#options.messages();
    const host = this.#host;
    const counts = this.#options.counts();
    const number = this.#options.number;
    return html`<div part="quick-filters" class="quick-filters">
      <div class="quick-filters" role="group" aria-label=${t.waitingOnLabel}>
        ${TICKET_WAITING_ON.map((waiting) => {
          const pressed = host.waitingOn === waiting;
          return html`<button
            part="waiting-filter"
            class="pill"
            type="button"
            aria-pressed=${String(pressed)}
            @click=${() => {
              host.waitingOn = pressed ? undefined : waiting;
            }}
          >
            ${t[WAITING_KEYS[waiting][0]] as string}
            ${
              counts
                ? html`<span class="count"
                    >${number(
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
                  aria-pressed=${String(host.status.includes(status))}
                  data-status=${status}
                  @click=${() => this.#toggleStatus(status)}
                >
                  <span class="dot" aria-hidden="true"></span>
                  ${t[TICKET_STATUS_KEYS[status]] as string}
                  <span class="count">${number(counts[status])}</span>
                </button>`,
              )}
            </div>`
          : nothing
      }
    </div>`;
  }

  renderChips() {
    const t = this.#options.messages();
    return renderActiveFilters(t, {
      chips: ticketFilterChips(this.filters),
      name: (key) => t[FILTER_LABELS[key]] as string,
      value: (key, value) => this.#filterValueLabel(t, key, value),
      onRemove: (key, value) => {
        this.filters = withoutTicketFilter(this.filters, key, value);
      },
      onClearAll: () => {
        this.filters = {};
      },
    });
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

  #filterValueLabel(t: TicketListText, key: TicketFilterKey, value: string): string {
    switch (key) {
      case 'status':
        return enumLabel(t, TICKET_STATUS_KEYS, value);
      case 'priority':
        return enumLabel(t, PRIORITY_KEYS, value);
      case 'waiting_on':
        return t[WAITING_KEYS[value as TicketWaitingOn][1]] as string;
      default:
        return this.#options.departments()?.find((d) => d.id === value)?.name ?? value;
    }
  }
}
