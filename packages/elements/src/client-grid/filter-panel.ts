import type { ClienteleClient, ClientStatus } from '@clientele/sdk';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { adoptMoreStyles } from '../base/styles/adopt.ts';
import { STATUS_KEYS } from '../client/status-labels.ts';
import { type GridContext, setFilters } from './client-context.ts';
import type { ClientFilterOptions } from './client-events.ts';
import { FILTER_LABELS } from './client-labels.ts';
import {
  CLIENT_STATUSES,
  type ClientFilterKey,
  type ClientFilters,
  FILTER_FIELDS,
  type FilterField,
  withFilter,
} from './client-query.ts';
import { loadFilterOptions } from './filter-api.ts';
import { filterPanelStyles } from './filter-panel.styles.ts';

/**
 * The panel with every filter of the API, behind the toolbar's Filters button, and the names
 * of the reference filters' ids (groups, configurations, regions...): from `filterOptions`, or
 * loaded from the API the first time the panel or a reference filter's chip needs them. Loaded
 * on first use (`client-parts.ts`); the chips of the active filters are the grid's own
 * (`active-filters.ts`).
 */
export class FilterPanel {
  readonly #ctx: GridContext;
  readonly #given: () => ClientFilterOptions | undefined;
  #loaded: ClientFilterOptions = {};
  #requested = false;

  /** `given`: the options the host set (`filterOptions`); else they are loaded. */
  constructor(ctx: GridContext, given: () => ClientFilterOptions | undefined) {
    this.#ctx = ctx;
    this.#given = given;
    adoptMoreStyles(ctx.host, [filterPanelStyles]);
  }

  /** The names of the reference filters' ids, as far as known. */
  get options(): ClientFilterOptions {
    return this.#given() ?? this.#loaded;
  }

  /** Loads the reference lists' names (once). */
  loadNames(client: ClienteleClient): void {
    if (this.#requested || this.#given()) return;
    this.#requested = true;
    void loadFilterOptions(client).then((options) => {
      this.#loaded = options;
      this.#ctx.host.requestUpdate();
    });
  }

  render() {
    return html`<div part="filter-panel" id="filter-panel" class="filter-panel" role="group" aria-label=${this.#ctx.t().filters}>
      ${FILTER_FIELDS.map((field) => this.#renderField(field))}
    </div>`;
  }

  #renderField(field: FilterField) {
    const { host } = this.#ctx;
    const t = this.#ctx.t();
    const label = t[FILTER_LABELS[field.key]] as string;
    const value = host.filters[field.key];
    const id = `filter-${field.key}`;
    const set = (next: ClientFilters[ClientFilterKey] | undefined) =>
      setFilters(host, withFilter(host.filters, field.key, next));
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
                  set(checked ? [...statuses, status] : statuses.filter((s) => s !== status));
                }}
              />
              ${t[STATUS_KEYS[status]] as string}
            </label>`,
          )}
        </fieldset>`;
      }
      case 'date':
        return html`<div class="field">
          <label for=${id}>${label}</label>
          <input
            id=${id}
            class="input"
            type="date"
            .value=${live((value as string | undefined) ?? '')}
            @change=${(event: Event) => set((event.target as HTMLInputElement).value || undefined)}
          />
        </div>`;
      case 'boolean':
        return html`<div class="field">
          <label for=${id}>${label}</label>
          <select
            id=${id}
            class="input"
            @change=${(event: Event) => {
              const raw = (event.target as HTMLSelectElement).value;
              set(raw === '' ? undefined : raw === 'true');
            }}
          >
            <option value="" ?selected=${value === undefined}>${t.anyValue}</option>
            <option value="true" ?selected=${value === true}>${t.yes}</option>
            <option value="false" ?selected=${value === false}>${t.no}</option>
          </select>
        </div>`;
      default: {
        const options = field.list ? this.options[field.list] : undefined;
        const current = (value as string | undefined) ?? '';
        const onChange = (event: Event) =>
          set((event.target as HTMLInputElement | HTMLSelectElement).value.trim() || undefined);
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
}
