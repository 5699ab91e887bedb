import type { Department, TicketStatus, TicketWaitingOn } from '@clientele/sdk';
import { html, nothing } from 'lit';
import { enumLabel } from '../base/enum-label.ts';
import { chipStyles } from '../ui/filter-chips.styles.ts';
import { renderActiveFilters } from '../ui/filter-chips.ts';
import type { TicketListText } from './messages.ts';
import { WAITING_ON_STATUSES } from './ticket-data.ts';
import { TicketDepartments } from './ticket-departments.ts';
import { ticketFilterStyles } from './ticket-filters.styles.ts';
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
import type { TicketFilterBarOptions, TicketFilterHost } from './ticket-toolbar.ts';

/** What the controls read of the bar that owns them, and set on it. */
export interface TicketFilterBarView {
  filters: TicketFilters;
  readonly departments: readonly Department[] | undefined;
}

/**
 * The list's filter controls, loaded on first use (the list's first frame is its search,
 * count and rows): the department and priority selects, the quick filters (waiting on staff
 * or client, status counts) and the active filter chips. They read the filters from the
 * element's properties and set them on user action, through the bar that owns them.
 */
export class TicketFilterControls {
  /** What the controls add to their host's styles (the chips' with them). */
  static readonly styles = [chipStyles, ticketFilterStyles];

  readonly #host: TicketFilterHost;
  readonly #options: TicketFilterBarOptions;
  readonly #bar: TicketFilterBarView;
  /** The departments, loaded here unless the host gives them (the selects need them first). */
  readonly departments: TicketDepartments;

  constructor(host: TicketFilterHost, options: TicketFilterBarOptions, bar: TicketFilterBarView) {
    this.#host = host;
    this.#options = options;
    this.#bar = bar;
    this.departments = new TicketDepartments(host, () =>
      options.departments() === undefined ? options.client() : undefined,
    );
  }

  #toggleStatus(status: TicketStatus): void {
    const host = this.#host;
    host.status = host.status.includes(status)
      ? host.status.filter((s) => s !== status)
      : TICKET_STATUSES.filter((s) => s === status || host.status.includes(s));
  }

  /** The department and priority selects of the toolbar. */
  renderSelects() {
    const t = this.#options.messages();
    const host = this.#host;
    const departments = this.#bar.departments ?? [];
    const department = host.departmentId ?? '';
    return html`<div class="field">
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
      </div>`;
  }

  /** The quick filters: waiting on staff or client, and the status counts. */
  renderQuickFilters() {
    const t = this.#options.messages();
    const host = this.#host;
    const counts = this.#options.counts();
    const number = this.#options.number;
    // The two groups stand apart by a wider gap, not a divider (one left at a line's end
    // when the groups wrap).
    return html`<div part="quick-filters" class="quick-filters groups">
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
          ? html`<div class="quick-filters" role="group" aria-label=${t.statusFilterLabel}>
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

  /** The active filters as removable chips, with "Clear all". */
  renderChips() {
    const t = this.#options.messages();
    return renderActiveFilters(t, {
      chips: ticketFilterChips(this.#bar.filters),
      name: (key) => t[FILTER_LABELS[key]] as string,
      value: (key, value) => this.#filterValueLabel(t, key, value),
      onRemove: (key, value) => {
        this.#bar.filters = withoutTicketFilter(this.#bar.filters, key, value);
      },
      onClearAll: () => {
        this.#bar.filters = {};
      },
    });
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
        return this.#bar.departments?.find((d) => d.id === value)?.name ?? value;
    }
  }
}
