import type { Client } from '@clientele/sdk';
import { html, nothing, type ReactiveController } from 'lit';
import { clientName } from '../base/format/client-name.ts';
import { formatDate } from '../base/format/dates.ts';
import { formatMoney } from '../base/format/money.ts';
import { prepareFormats } from '../base/format/prepare.ts';
import { styleProps } from '../base/style-props.ts';
import { adoptMoreStyles } from '../base/styles/adopt.ts';
import { clientCardsStyles } from './client-cards.styles.ts';
import { type ClientRows, clientStatus, countryName, type GridContext } from './client-context.ts';
import { clientRowStyles } from './client-row.styles.ts';
import { actionsButton, allBox, rowBox } from './client-row-controls.ts';
import type { ClientSelection } from './client-selection.ts';
import type { RowActions } from './row-actions.ts';

const CARD_HEIGHT = 200;
const CARD_MIN_WIDTH = 288;

export interface ClientCardsOptions {
  readonly rows: ClientRows;
  readonly selection: ClientSelection;
  readonly actions: RowActions;
}

/**
 * The card view: a responsive grid of client cards, windowed like the list (only the cards
 * near the viewport are in the DOM, placed by line and column). Its columns follow its width
 * through a ResizeObserver. Loaded when the grid first shows cards (`client-parts.ts`).
 */
export class ClientCards implements ReactiveController {
  readonly #ctx: GridContext;
  readonly #options: ClientCardsOptions;
  #columns = 1;
  #scrollTop = 0;
  #viewport = 0;
  #resize: ResizeObserver | undefined;
  #element: HTMLElement | undefined;
  /** The cards in the DOM, [start, end). */
  #range = { start: 0, end: 0 };

  constructor(ctx: GridContext, options: ClientCardsOptions) {
    this.#ctx = ctx;
    this.#options = options;
    ctx.host.addController(this);
    adoptMoreStyles(ctx.host, [clientRowStyles, clientCardsStyles]);
    // The cards' dates, amounts and country names, while the first page loads.
    prepareFormats(ctx.locale);
  }

  /** The cards in the DOM, [start, end) (as last rendered). */
  get range(): { start: number; end: number } {
    return this.#range;
  }

  /** Back to the top (a new query). */
  resetPosition(): void {
    this.#scrollTop = 0;
    if (this.#element) this.#element.scrollTop = 0;
  }

  hostUpdated(): void {
    const element = this.#ctx.host.renderRoot.querySelector<HTMLElement>('.cards');
    if (!element || element === this.#element) return;
    // Measured at once for the first paint, later in the next frame: an update inside the
    // observer's report could resize the grid under the grid's own observer (a loop error).
    this.#resize ??= new ResizeObserver(() => requestAnimationFrame(() => this.#measure()));
    this.#resize.disconnect();
    this.#resize.observe(element);
    this.#element = element;
    this.#measure();
  }

  hostDisconnected(): void {
    this.#resize?.disconnect();
    this.#element = undefined;
  }

  #measure(): void {
    const element = this.#element;
    if (!element) return;
    const columns = Math.max(1, Math.floor(element.clientWidth / CARD_MIN_WIDTH));
    if (columns !== this.#columns || element.clientHeight !== this.#viewport) {
      this.#columns = columns;
      this.#viewport = element.clientHeight;
      this.#ctx.host.requestUpdate();
    }
  }

  readonly #onScroll = (event: Event): void => {
    this.#scrollTop = (event.currentTarget as HTMLElement).scrollTop;
    this.#ctx.host.requestUpdate();
  };

  render() {
    const t = this.#ctx.t();
    const { rows, selection } = this.#options;
    const total = rows.total ?? 0;
    const columns = this.#columns;
    const lines = Math.ceil(total / columns);
    const viewport = this.#viewport || CARD_HEIGHT * 4;
    const firstLine = Math.max(0, Math.floor(this.#scrollTop / CARD_HEIGHT) - 2);
    const lastLine = Math.min(lines, Math.ceil((this.#scrollTop + viewport) / CARD_HEIGHT) + 2);
    const start = firstLine * columns;
    const end = Math.min(total, lastLine * columns);
    this.#range = { start, end };
    if (total > 0) queueMicrotask(() => rows.ensure(start, end));
    const cards = [];
    for (let index = start; index < end; index++) cards.push(this.#renderCard(index, total));
    return html`<label class="check cards-select-all">
        ${allBox(selection, 0)}<span aria-hidden="true">${t.selectAll}</span>
      </label>
      <div
      part="cards"
      class="cards"
      role="list"
      aria-label=${t.clientsLabel}
      style=${styleProps({ '--_card-columns': columns, '--_card-height': `${CARD_HEIGHT}px` })}
      @scroll=${this.#onScroll}
    >
      <div class="cards-body" style=${styleProps({ 'block-size': `${lines * CARD_HEIGHT}px` })}>${cards}</div>
    </div>`;
  }

  #renderCard(index: number, total: number) {
    const client: Client | undefined = this.#options.rows.get(index);
    const columns = this.#columns;
    const line = Math.floor(index / columns);
    const column = index % columns;
    const style = styleProps({
      transform: `translateY(${line * CARD_HEIGHT}px)`,
      'inset-inline-start': `calc(${column} * 100% / ${columns})`,
    });
    const t = this.#ctx.t();
    if (!client) {
      return html`<div class="card placeholder" role="listitem" aria-setsize=${total} aria-posinset=${index + 1} aria-busy="true" style=${style}>
        <span class="skeleton" aria-hidden="true"></span>
        <span class="visually-hidden">${t.loading}</span>
      </div>`;
    }
    const locale = this.#ctx.locale();
    const { selection, actions } = this.#options;
    return html`<div
      part="card"
      class="card ${selection.has(client) ? 'selected' : ''}"
      role="listitem"
      aria-setsize=${total}
      aria-posinset=${index + 1}
      style=${style}
    >
      <div class="card-head">
        ${rowBox(selection, client, 0)}
        <button
          class="card-title link-button"
          type="button"
          dir="auto"
          @click=${() => actions.select(client.id)}
        >
          ${clientName(client)}
        </button>
        ${actionsButton(actions, client, 0)}
      </div>
      <div class="card-meta">
        ${client.company ? html`<span dir="auto">${client.first_name} ${client.last_name}</span>` : nothing}
        <span dir="auto">${client.email}</span>
      </div>
      <div class="card-row">
        ${clientStatus(t, client)}
        <span>${countryName(locale, client.country)}</span>
      </div>
      <dl class="card-facts">
        <div><dt>${t.columnGroup}</dt><dd dir="auto">${client.group?.name ?? t.noGroup}</dd></div>
        <div><dt>${t.columnConfiguration}</dt><dd dir="auto">${client.configuration.name}</dd></div>
        <div>
          <dt>${t.columnCredit}</dt>
          <dd class="money ${client.uptodate_credit.amount.startsWith('-') ? 'negative' : ''}" dir="auto">
            ${formatMoney(locale, client.uptodate_credit)}
          </dd>
        </div>
        <div><dt>${t.columnCreated}</dt><dd>${formatDate(locale, client.created_at)}</dd></div>
      </dl>
    </div>`;
  }
}
