import type { ClientStatus, ClientStatusCounts } from '@clientele/sdk';
import { html, nothing } from 'lit';
import { type GridContext, setFilters, statusBadge } from './client-context.ts';
import { CLIENT_STATUSES, withFilter } from './client-query.ts';

/**
 * The toolbar's clients per status (over the filters but the status filter), from the pages
 * as they arrive and kept true after an action moved a client; each count is a button that
 * filters by its status alone.
 */
export class StatusCounts {
  readonly #ctx: GridContext;
  #counts: ClientStatusCounts | undefined;

  constructor(ctx: GridContext) {
    this.#ctx = ctx;
  }

  /** Forgets the counts (a new query's pages bring their own). */
  reset(): void {
    this.#counts = undefined;
  }

  /** Takes a page's counts; true when they differ from those shown. */
  take(counts: ClientStatusCounts | undefined): boolean {
    if (!counts) return false;
    const changed =
      this.#counts === undefined ||
      CLIENT_STATUSES.some((status) => counts[status] !== this.#counts?.[status]);
    this.#counts = counts;
    return changed;
  }

  /** A client went from one status to another. */
  move(from: ClientStatus, to: ClientStatus): void {
    const counts = this.#counts;
    if (!counts || from === to) return;
    this.#counts = { ...counts, [from]: Math.max(0, counts[from] - 1), [to]: counts[to] + 1 };
  }

  render() {
    const counts = this.#counts;
    if (!counts) return nothing;
    const { host } = this.#ctx;
    const t = this.#ctx.t();
    const active = host.filters.status;
    return html`<div part="status-counts" class="status-counts" role="group" aria-label=${t.statusFilterLabel}>
      ${CLIENT_STATUSES.map((status) => {
        const pressed = active?.length === 1 && active[0] === status;
        return html`<button
          part="status-count"
          class="status-count"
          type="button"
          aria-pressed=${String(pressed)}
          @click=${() => this.#toggle(status)}
        >
          ${statusBadge(t, status)} ${this.#ctx.number(counts[status])}
        </button>`;
      })}
    </div>`;
  }

  #toggle(status: ClientStatus): void {
    const { host } = this.#ctx;
    const only = host.filters.status?.length === 1 && host.filters.status[0] === status;
    setFilters(host, withFilter(host.filters, 'status', only ? undefined : [status]));
  }
}
