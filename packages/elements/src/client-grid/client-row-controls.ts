import type { Client } from '@clientele/sdk';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { clientName } from '../base/format/client-name.ts';
import type { ClientSelection } from './client-selection.ts';
import type { RowActions } from './row-actions.ts';

/*
 * What selects clients and what the selection offers: the row and card boxes, the tri-state
 * "select all" box, and the bulk bar. Loaded with the list or the card view (nothing is
 * selected before either is there), so the first paint does not carry them.
 */

/** A row's or card's checkbox. */
export function rowBox(selection: ClientSelection, client: Client, tabIndex: number) {
  return html`<input
      class="select-box"
      type="checkbox"
      data-grid-focus
      tabindex=${tabIndex}
      aria-label=${selection.ctx.t().selectRow({ name: clientName(client) })}
      .checked=${live(selection.has(client))}
      @change=${(event: Event) => selection.set(client, (event.target as HTMLInputElement).checked)}
    />`;
}

/**
 * The tri-state "select all" box: checked when every matching client is selected, mixed
 * when some are (or while all of them load), unchecked when none.
 */
export function allBox(selection: ClientSelection, tabIndex: number) {
  const total = selection.list.total ?? 0;
  const all = total > 0 && selection.size >= total;
  const running = selection.walk.running;
  const loading = running?.kind === 'select';
  return html`<input
      part="select-all"
      class="select-box"
      type="checkbox"
      data-grid-focus
      tabindex=${tabIndex}
      aria-label=${selection.ctx.t().selectAll}
      ?disabled=${total === 0 || (running !== undefined && !loading)}
      .checked=${live(all)}
      .indeterminate=${live(!all && (selection.size > 0 || loading))}
      @change=${() => void toggleAll(selection)}
    />`;
}

/** All selected -> none; some or none -> every matching client; while loading them -> stop. */
async function toggleAll(selection: ClientSelection): Promise<void> {
  const rows = selection.list;
  const walk = selection.walk;
  const total = rows.total ?? 0;
  if (walk.running?.kind === 'select') {
    walk.stop();
    return;
  }
  if (total > 0 && selection.size >= total) {
    selection.clear();
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
  if (clients) selection.add(clients);
}

/** The bar over the list while clients are selected. */
export function bulkBar(selection: ClientSelection, actions: RowActions) {
  const t = selection.ctx.t();
  const label = t.selectedCount({ count: selection.size });
  const loaded = actions.loaded;
  const busy = actions.busy;
  return html`<div
      part="bulk-bar"
      class="bulk-bar"
      role="group"
      aria-label=${label}
      aria-busy=${busy ? 'true' : nothing}
    >
      <span>${label}</span>
      ${loaded ? loaded.renderBulkButtons() : busy ? html`<span>${t.loading}</span><span class="spinner"></span>` : nothing}
      <button class="link-button" type="button" @click=${() => selection.clear()}>
        ${t.clearSelection}
      </button>
    </div>`;
}
