import { html, nothing } from 'lit';
import { LazyPart } from '../ui/lazy-part.ts';
import type { ClientChips } from './client-chips.ts';
import type { GridContext } from './client-context.ts';
import type { ClientFilterOptions } from './client-events.ts';
import { clientGridParts } from './client-parts.ts';
import { FILTER_FIELDS } from './client-query.ts';
import type { FilterPanel } from './filter-panel.ts';

type PanelModule = Awaited<ReturnType<typeof clientGridParts.filterPanel>>;
type ChipsModule = Awaited<ReturnType<typeof clientGridParts.chips>>;

/**
 * The grid's filters in its first paint: the places of the active ones' chips (`ClientChips`)
 * and of the panel with every filter (`FilterPanel`), each loaded on first use. The chips load
 * once a filter is set; the panel when the toolbar's Filters button opens it, or when a
 * reference filter's chip needs the names of its ids (until then the chip shows the id).
 * Meanwhile a busy line with a spinner holds the place; a failed load is an alert with Retry.
 */
export class ActiveFilters {
  readonly #ctx: GridContext;
  readonly #given: () => ClientFilterOptions | undefined;
  readonly #panel: LazyPart<PanelModule, FilterPanel>;
  readonly #chips: LazyPart<ChipsModule, ClientChips>;
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
    this.#chips = new LazyPart(
      ctx.host,
      () => clientGridParts.chips(),
      (module) => new module.ClientChips(ctx, () => given() ?? this.#panel.part?.options),
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

  /**
   * Loads what the filters set need: the chips once there is one, and the reference lists'
   * names once the panel or a reference filter's chip needs them.
   */
  loadIfNeeded(): void {
    const { filters } = this.#ctx.host;
    if (Object.keys(filters).length > 0) this.#chips.prefetch();
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

  /** The active filters as chips, each removable, and "Clear all" (nothing without filters). */
  renderChips() {
    if (Object.keys(this.#ctx.host.filters).length === 0) return nothing;
    const chips = this.#chips;
    if (chips.part) return chips.part.render();
    const t = this.#ctx.t();
    return html`<div part="chips" class="chips" aria-busy=${chips.failed ? nothing : 'true'}>
      ${chips.failed ? chips.renderError(t) : html`${t.loading}<span class="spinner"></span>`}
    </div>`;
  }
}
