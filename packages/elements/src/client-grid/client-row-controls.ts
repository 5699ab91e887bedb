import type { Client, ClientStatus, ClientStatusCounts } from '@clientele/sdk';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { enumLabel, enumTone } from '../base/enum-label.ts';
import { clientName } from '../base/format/client-name.ts';
import { STATUS_KEYS, STATUS_TONES } from '../client/status-labels.ts';
import { type GridContext, setFilters } from './client-context.ts';
import { CLIENT_STATUSES, withFilter } from './client-query.ts';
import type { ClientSelection } from './client-selection.ts';
import type { RowActions } from './row-actions.ts';

/*
 * What the rows and cards act with, and what they bring above them: the row and card boxes,
 * the tri-state "select all" box, the bulk bar, each row's actions button, and the status
 * counts (which a page brings with its rows). Loaded with the list or the card view (nothing is
 * selected or counted before either is there), so the first paint does not carry them.
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

/** A row's or card's actions button, which opens the menu. */
export function actionsButton(actions: RowActions, client: Client, tabIndex: number) {
  const loaded = actions.loaded;
  const open = loaded?.menuOwner === client.id;
  const busy = actions.waitsFor(client.id);
  // The visible "⋯" is no part of the name: aria-label gives it.
  return html`<button
      part="actions-button"
      class="actions-button"
      type="button"
      data-grid-focus
      tabindex=${tabIndex}
      aria-label=${actions.ctx.t().actionsFor({ name: clientName(client) })}
      aria-haspopup="menu"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${open ? loaded.menuId : nothing}
      aria-busy=${busy ? 'true' : nothing}
      @click=${(event: Event) => actions.openMenu(event.currentTarget as HTMLElement, client)}
    >${busy ? html`<span class="spinner"></span>` : '⋯'}</button>`;
}

/**
 * The clients per status, each count a button that filters by its status alone. While the
 * counts are still being counted (`pending`), the buttons show without numbers, so the row
 * keeps its place and the rows below do not move when the numbers land.
 */
export function renderStatusCounts(
  ctx: GridContext,
  counts: ClientStatusCounts | 'pending' | undefined,
) {
  if (!counts) return nothing;
  const { host } = ctx;
  const t = ctx.t();
  const active = host.filters.status;
  const pending = counts === 'pending';
  return html`<div
      part="status-counts"
      class="status-counts"
      role="group"
      aria-label=${t.statusFilterLabel}
      aria-busy=${pending ? 'true' : nothing}
    >
      ${CLIENT_STATUSES.map((status) => {
        const pressed = active?.length === 1 && active[0] === status;
        return html`<button
          part="status-count"
          class="status-count tone-${enumTone(STATUS_TONES, status)}"
          type="button"
          aria-pressed=${String(pressed)}
          @click=${() => toggleStatus(ctx, status)}
        >
          ${enumLabel(t, STATUS_KEYS, status)} ${pending ? html`<span class="count-pending"></span>` : ctx.number(counts[status])}
        </button>`;
      })}
    </div>`;
}

function toggleStatus(ctx: GridContext, status: ClientStatus): void {
  const { host } = ctx;
  const only = host.filters.status?.length === 1 && host.filters.status[0] === status;
  setFilters(host, withFilter(host.filters, 'status', only ? undefined : [status]));
}
