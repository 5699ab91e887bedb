import type { Ticket, TicketSort, TicketStatusCounts } from '@clientele/sdk';
import type { ReactiveControllerHost } from 'lit';
import type { ResourceState } from '../base/controllers/resource-controller.ts';
import { listViewState } from '../list/list-view.ts';
import { PagedRows } from '../list/paged-rows.ts';
import { type TicketDataProvider, type TicketDataResult, ticketMatches } from './ticket-data.ts';
import { reverseTicketSort, serializeTicketFilters, type TicketFilters } from './ticket-query.ts';

const FIRST_PAGE = 50;

/** The query the rows are for, read from the element at each sync. */
export interface TicketRowSyncOptions {
  provider(): TicketDataProvider | undefined;
  clientId(): string | undefined;
  query(): string;
  filters(): TicketFilters;
  sort(): TicketSort;
  /** A new query shows its first rows: scroll the grid back to the top. */
  resetPosition(): void;
}

/**
 * The ticket list's row sync, in one place: which `PagedRows` cache the grid shows for the
 * element's current query, the rows kept on screen while a refresh loads, the status counts,
 * and the tickets opened here, pinned on top. `sync()` is the element's former `#syncRows`,
 * moved as it was; it is meant to give way to the shared row-sync controller of `src/list/`.
 */
export class TicketRowSync {
  readonly #host: ReactiveControllerHost;
  readonly #options: TicketRowSyncOptions;
  #rows: PagedRows<Ticket, TicketDataResult> | undefined;
  /** The rows shown while a refreshed query loads its first page (after a ticket was opened). */
  #previousRows: PagedRows<Ticket, TicketDataResult> | undefined;
  #rowsKey = '';
  #rowsProvider: TicketDataProvider | undefined;
  #statusCounts: TicketStatusCounts | undefined;
  /** Tickets opened here, shown first until the query changes. */
  #created: Ticket[] = [];
  /** How many of them the server counts in the current query's total. */
  #createdCounted = 0;

  constructor(host: ReactiveControllerHost, options: TicketRowSyncOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** A new query (client, search, filters, sort or data source) starts a new row cache. */
  sync(refresh = false): void {
    const provider = this.#options.provider();
    const clientId = this.#options.clientId();
    const query = this.#options.query();
    const filters = this.#options.filters();
    const sort = this.#options.sort();
    const key = provider
      ? JSON.stringify([clientId ?? null, query, serializeTicketFilters(filters), sort])
      : '';
    if (!refresh && this.#rows && key === this.#rowsKey && this.#rowsProvider === provider) return;
    this.#rows?.abort();
    this.#previousRows = refresh ? this.#rows : undefined;
    if (!refresh) {
      this.#created = [];
      this.#statusCounts = undefined;
    }
    this.#rowsKey = key;
    this.#rowsProvider = provider;
    if (!provider) {
      this.#rows = undefined;
      return;
    }
    // Tickets opened here stay on top; the server's pages leave them out so they show once.
    const pinned = new Set(this.#created.map((ticket) => ticket.id));
    const request = { clientId, query, filters };
    this.#createdCounted = this.#created.filter((t) => ticketMatches(t, request)).length;
    const rows = new PagedRows<Ticket, TicketDataResult>({
      pageSize: FIRST_PAGE,
      fetchPage: async ({ cursor, limit, reversed, signal }) => {
        const page = await provider({
          ...request,
          sort: reversed ? reverseTicketSort(sort) : sort,
          cursor,
          limit,
          signal,
        });
        if (pinned.size === 0) return page;
        return {
          ...page,
          items: page.items.filter((ticket) => !pinned.has(ticket.id)),
          total: Math.max(0, page.total - this.#createdCounted),
        };
      },
      onPage: (page) => {
        if (this.#rows !== rows) return;
        this.#previousRows = undefined;
        if (page.statusCounts) this.#statusCounts = page.statusCounts;
        this.#host.requestUpdate();
      },
      onError: () => {
        if (this.#rows !== rows) return;
        this.#previousRows = undefined;
        this.#host.requestUpdate();
      },
      // The grid's aria-busy follows `loading`, which turns false after the last page.
      onIdle: () => {
        if (this.#rows === rows) this.#host.requestUpdate();
      },
    });
    this.#rows = rows;
    if (!refresh) this.#options.resetPosition();
    rows.ensure(0, FIRST_PAGE);
  }

  /** The next `sync()` loads everything again, even for the same query. */
  invalidate(): void {
    this.#rowsKey = '';
  }

  /** Stops the loads in flight (the element was disconnected); the next sync starts afresh. */
  abort(): void {
    this.#rows?.abort();
    this.#rowsKey = '';
  }

  retry(): void {
    this.#rows?.retry();
  }

  /** The grid shows rows `start` to `end`: load them (the pinned tickets come first). */
  ensure(start: number, end: number): void {
    const pinned = this.#created.length;
    this.#rows?.ensure(Math.max(0, start - pinned), Math.max(0, end - pinned));
  }

  /** Pins a ticket opened here on top, counts it, and reloads behind it. */
  pin(ticket: Ticket): void {
    this.#created = [ticket, ...this.#created];
    if (this.#statusCounts) {
      this.#statusCounts = {
        ...this.#statusCounts,
        [ticket.status]: this.#statusCounts[ticket.status] + 1,
      };
    }
    // Reload behind the pinned ticket: the server's pages shifted by one.
    this.sync(true);
  }

  get statusCounts(): TicketStatusCounts | undefined {
    return this.#statusCounts;
  }

  get loading(): boolean {
    return this.#rows?.loading ?? false;
  }

  /** The rows on screen: the current query's, or the previous ones while a refresh loads. */
  get #shownRows(): PagedRows<Ticket, TicketDataResult> | undefined {
    return this.#rows?.total === undefined && this.#previousRows ? this.#previousRows : this.#rows;
  }

  get error(): unknown {
    return this.#shownRows?.error;
  }

  /** How many tickets match, the pinned ones included; undefined until the first page. */
  get total(): number | undefined {
    const total = this.#shownRows?.total;
    // Neither the current nor the previous rows hold the tickets pinned on top.
    return total === undefined ? undefined : total + this.#created.length;
  }

  row(index: number): Ticket | undefined {
    const pinned = this.#created.length;
    return index < pinned ? this.#created[index] : this.#shownRows?.get(index - pinned);
  }

  get state(): ResourceState {
    return listViewState(this.#shownRows, this.total);
  }
}
