import type { Client } from '@clientele/sdk';
import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { clientName } from '../base/format/client-name.ts';
import { RowSelection } from '../list/row-selection.ts';
import type { ClientRows, GridContext } from './client-context.ts';
import type { LazyWalk } from './client-walk.ts';

/**
 * The selected clients, with the row boxes and the tri-state "select all" box that change
 * them. Selecting all means every matching client, not just the loaded rows.
 */
export class ClientSelection extends RowSelection<Client> {
  readonly #ctx: GridContext;
  readonly #rows: ClientRows;
  readonly #walk: LazyWalk;

  constructor(ctx: GridContext, rows: ClientRows, walk: LazyWalk) {
    super(ctx.host, (client) => client.id);
    this.#ctx = ctx;
    this.#rows = rows;
    this.#walk = walk;
  }

  /** A row's or card's checkbox. */
  rowBox(client: Client, tabIndex: number) {
    return html`<input
      class="select-box"
      type="checkbox"
      data-grid-focus
      tabindex=${tabIndex}
      aria-label=${this.#ctx.t().selectRow({ name: clientName(client) })}
      .checked=${live(this.has(client))}
      @change=${(event: Event) => this.set(client, (event.target as HTMLInputElement).checked)}
    />`;
  }

  /**
   * The tri-state "select all" box: checked when every matching client is selected, mixed
   * when some are (or while all of them load), unchecked when none.
   */
  allBox(tabIndex: number) {
    const total = this.#rows.total ?? 0;
    const all = total > 0 && this.size >= total;
    const running = this.#walk.running;
    const loading = running?.kind === 'select';
    return html`<input
      part="select-all"
      class="select-box"
      type="checkbox"
      data-grid-focus
      tabindex=${tabIndex}
      aria-label=${this.#ctx.t().selectAll}
      ?disabled=${total === 0 || (running !== undefined && !loading)}
      .checked=${live(all)}
      .indeterminate=${live(!all && (this.size > 0 || loading))}
      @change=${() => void this.#toggleAll()}
    />`;
  }

  /** All selected -> none; some or none -> every matching client; while loading them -> stop. */
  async #toggleAll(): Promise<void> {
    const rows = this.#rows;
    const walk = this.#walk;
    const total = rows.total ?? 0;
    if (walk.running?.kind === 'select') {
      walk.stop();
      return;
    }
    if (total > 0 && this.size >= total) {
      this.clear();
      return;
    }
    const loaded = rows.current;
    let clients: Client[] | undefined;
    if (loaded && loaded.loadedCount >= total) {
      clients = [];
      for (let index = 0; index < total; index++) {
        const client = loaded.get(index);
        if (client) clients.push(client);
      }
    } else {
      clients = await walk.run('select');
    }
    if (clients) this.add(clients);
  }
}
