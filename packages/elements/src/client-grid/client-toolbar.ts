import { html, nothing } from 'lit';
import { dispatch } from '../base/events.ts';
import { LazyPart } from '../ui/lazy-part.ts';
import type { SearchField } from '../ui/search-field.ts';
import type { ActiveFilters } from './active-filters.ts';
import type { ClientRows, GridContext } from './client-context.ts';
import { SORT_LABELS } from './client-labels.ts';
import { clientGridParts } from './client-parts.ts';
import { CLIENT_SORT_FIELDS, filterChips, isClientSort } from './client-query.ts';
import type { LazyWalk } from './client-walk.ts';

type CsvModule = Awaited<ReturnType<typeof clientGridParts.csv>>;

export interface ClientToolbarOptions {
  readonly rows: ClientRows;
  readonly search: SearchField;
  readonly filters: ActiveFilters;
  readonly walk: LazyWalk;
  /** The grid is too narrow for the list: no list/cards toggle. */
  cardsOnly(): boolean;
}

/**
 * The bar above the list: search, the filter panel's toggle, sort, view, CSV export of the
 * current query, and a status line with the total (or how far a walk through every client
 * got, or that it failed). The walk's code and the CSV writer load on the first export (an
 * alert with Retry under the bar if either fails).
 */
export class ClientToolbar {
  readonly #ctx: GridContext;
  readonly #options: ClientToolbarOptions;
  readonly #csv: LazyPart<CsvModule, CsvModule>;
  #widest = 0;

  constructor(ctx: GridContext, options: ClientToolbarOptions) {
    this.#ctx = ctx;
    this.#options = options;
    this.#csv = new LazyPart(
      ctx.host,
      () => clientGridParts.csv(),
      (module) => module,
    );
  }

  render() {
    const { host } = this.#ctx;
    const { search, filters, walk } = this.#options;
    const t = this.#ctx.t();
    const total = this.#options.rows.total;
    const filterCount = filterChips(host.filters).length;
    return html`<div part="toolbar" class="toolbar">
      ${search.render({ label: t.searchClients, placeholder: t.searchClientsHint })}
      <button
        class="button"
        type="button"
        aria-expanded=${String(filters.open)}
        aria-controls="filter-panel"
        aria-busy=${filters.busy ? 'true' : nothing}
        @click=${() => filters.toggle()}
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
            if (isClientSort(value)) host.sort = value;
          }}
        >
          ${CLIENT_SORT_FIELDS.flatMap((field) =>
            [field, `-${field}`].map((sort) => {
              const name = t[SORT_LABELS[field]] as string;
              return html`<option value=${sort} ?selected=${host.sort === sort}>
                ${sort.startsWith('-') ? t.sortDescending({ field: name }) : t.sortAscending({ field: name })}
              </option>`;
            }),
          )}
        </select>
      </div>
      ${this.#options.cardsOnly() ? nothing : this.#renderViewToggle()}
      <button
        class="button"
        type="button"
        ?disabled=${!this.#options.rows.current || walk.running !== undefined || !total}
        aria-busy=${this.#csv.busy ? 'true' : nothing}
        @click=${() => void this.#exportCsv()}
      >
        ${t.exportCsv}
      </button>
      <span class="total" data-room=${this.#room(total)}>
        <span role="status">${this.#status(total)}</span>
      </span>
    </div>
    ${walk.renderError(t)} ${this.#csv.renderError(t)}`;
  }

  #renderViewToggle() {
    const { host } = this.#ctx;
    const t = this.#ctx.t();
    return html`<div class="view-toggle" role="group" aria-label=${t.viewLabel}>
      ${(['list', 'cards'] as const).map(
        (view) => html`<button
          class="button toggle"
          type="button"
          aria-pressed=${String(host.view === view)}
          @click=${() => {
            host.view = view;
          }}
        >
          ${view === 'list' ? t.viewList : t.viewCards}
        </button>`,
      )}
    </div>`;
  }

  /**
   * The widest count so far, invisible under the status: the toolbar keeps its layout while
   * the count narrows as the user types ("300 clients", then "4 clients").
   */
  #room(total: number | undefined): string {
    this.#widest = Math.max(this.#widest, total ?? 0);
    const widest = this.#widest;
    return this.#ctx.t().clientsTotal({ count: widest, formatted: this.#ctx.number(widest) });
  }

  #status(total: number | undefined): string {
    const t = this.#ctx.t();
    const { running, failed } = this.#options.walk;
    if (running) {
      const progress = running.kind === 'export' ? t.exporting : t.selectingAll;
      return progress({
        done: this.#ctx.number(running.done),
        total: this.#ctx.number(running.total),
      });
    }
    if (failed) return failed === 'export' ? t.exportFailed : t.selectAllFailed;
    if (total === undefined) return '';
    return t.clientsTotal({ count: total, formatted: this.#ctx.number(total) });
  }

  async #exportCsv(): Promise<void> {
    const { rows, walk } = this.#options;
    if (!rows.current || walk.running) return;
    const detail = { action: 'export' as const, clientIds: [] };
    if (!dispatch(this.#ctx.host, 'client-bulk-action', detail, { cancelable: true })) return;
    this.#csv.prefetch(); // while the clients load
    const clients = await walk.run('export');
    if (clients) this.#csv.use((csv) => csv.downloadCsv(csv.clientsToCsv(clients), 'clients.csv'));
  }
}
