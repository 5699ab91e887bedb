import { html, nothing } from 'lit';
import { enumLabel } from '../base/enum-label.ts';
import { formatDate } from '../base/format/dates.ts';
import { STATUS_KEYS } from '../client/status-labels.ts';
import { renderActiveFilters } from '../ui/filter-chips.ts';
import { LazyPart } from '../ui/lazy-part.ts';
import { type GridContext, setFilters } from './client-context.ts';
import type { ClientFilterOptions } from './client-events.ts';
import { FILTER_LABELS } from './client-labels.ts';
import { clientGridParts } from './client-parts.ts';
import {
  type ClientFilterKey,
  FILTER_FIELDS,
  type FilterField,
  filterChips,
  withoutFilter,
} from './client-query.ts';
import type { FilterPanel } from './filter-panel.ts';

type PanelModule = Awaited<ReturnType<typeof clientGridParts.filterPanel>>;

/**
 * The grid's filters in its first paint: the active ones as removable chips, and the place of
 * the panel with every filter (`FilterPanel`), which loads on first use: when the toolbar's
 * Filters button opens it (a loading line meanwhile, an alert with Retry if it fails), or when
 * a reference filter's chip needs the names of its ids (until then the chip shows the id).
 */
export class ActiveFilters {
  readonly #ctx: GridContext;
  readonly #given: () => ClientFilterOptions | undefined;
  readonly #panel: LazyPart<PanelModule, FilterPanel>;
  #open = false;
  #namesAsked = false;

  /** `given`: the options the host set (`filterOptions`); else the panel loads them. */
  constructor(ctx: GridContext, given: () => ClientFilterOptions | undefined) {
    this.#ctx = ctx;
    this.#given = given;
    this.#panel = new LazyPart(
      ctx.host,
      () => clientGridParts.filterPanel(),
      (module) => new module.FilterPanel(ctx, given),
    );
  }

  get open(): boolean {
    return this.#open;
  }

  /** True while the panel loads (its button says so). */
  get busy(): boolean {
    return this.#panel.busy;
  }

  toggle(): void {
    this.#open = !this.#open;
    if (this.#open) this.#panel.use();
    this.#ctx.host.requestUpdate();
  }

  /** Loads the reference lists' names once the panel or a reference filter's chip needs them. */
  loadNamesIfNeeded(): void {
    const { filters } = this.#ctx.host;
    const needed =
      this.#open || FILTER_FIELDS.some((f) => f.kind === 'reference' && f.key in filters);
    if (!needed || this.#namesAsked || this.#given()) return;
    const client = this.#ctx.api();
    if (!client) return;
    // Asked once: a panel that failed to load is retried from its alert, not on every update.
    this.#namesAsked = true;
    this.#panel.use((panel) => panel.loadNames(client));
  }

  /** The panel while open: loading, failed (with Retry), or every filter. */
  renderPanel() {
    if (!this.#open) return nothing;
    const panel = this.#panel.part;
    if (panel) return panel.render();
    const t = this.#ctx.t();
    if (this.#panel.failed) return html`<div id="filter-panel">${this.#panel.renderError(t)}</div>`;
    return html`<div
      part="filter-panel"
      id="filter-panel"
      class="filter-panel-loading"
      role="group"
      aria-label=${t.filters}
      aria-busy="true"
    >
      ${t.loading}<span class="spinner"></span>
    </div>`;
  }

  /** The active filters as chips, each removable, and "Clear all". */
  renderChips() {
    const { host } = this.#ctx;
    const t = this.#ctx.t();
    return renderActiveFilters(t, {
      chips: filterChips(host.filters),
      name: (key) => t[FILTER_LABELS[key]] as string,
      value: (key, value) => this.#valueLabel(key, value),
      onRemove: (key, value) => setFilters(host, withoutFilter(host.filters, key, value)),
      onClearAll: () => setFilters(host, {}),
    });
  }

  #valueLabel(key: ClientFilterKey, value: string): string {
    const t = this.#ctx.t();
    const field = FILTER_FIELDS.find((f) => f.key === key) as FilterField | undefined;
    switch (field?.kind) {
      case 'statuses':
        return enumLabel(t, STATUS_KEYS, value);
      case 'boolean':
        return value === 'true' ? t.yes : t.no;
      case 'date':
        return formatDate(this.#ctx.locale(), value);
      case 'reference': {
        const options = this.#given() ?? this.#panel.part?.options;
        const list = field.list ? options?.[field.list] : undefined;
        return list?.find((o) => o.id === value)?.name ?? value;
      }
      default:
        return value;
    }
  }
}
