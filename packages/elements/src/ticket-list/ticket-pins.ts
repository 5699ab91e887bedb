import type { Ticket, TicketStatusCounts } from '@clientele/sdk';
import type { PagedRows } from '../list/paged-rows.ts';
import { type TicketDataResult, type TicketQuery, ticketMatches } from './ticket-data.ts';

/**
 * The tickets opened here, pinned on top of the list until the query changes, and the status
 * counts that include them. The server's pages leave the pinned tickets out (so each shows
 * once) and its totals stop counting those of them that match the query; the list's indexes
 * are the pinned tickets first, then the server's rows.
 */
export class PinnedTickets {
  #tickets: Ticket[] = [];
  /** The ids the current row cache leaves out of its pages. */
  #ids = new Set<string>();
  /** How many pinned tickets the server counts in the current query's total. */
  #counted = 0;
  #statusCounts: TicketStatusCounts | undefined;

  /** How many tickets are pinned. */
  get count(): number {
    return this.#tickets.length;
  }

  /** Tickets per status, the pinned ones included, once a page brought them. */
  get statusCounts(): TicketStatusCounts | undefined {
    return this.#statusCounts;
  }

  /** Pins a ticket just opened, and counts it (the rows reload behind it). */
  add(ticket: Ticket): void {
    this.#tickets = [ticket, ...this.#tickets];
    const counts = this.#statusCounts;
    if (counts) this.#statusCounts = { ...counts, [ticket.status]: counts[ticket.status] + 1 };
  }

  /**
   * A new row cache begins for `query`: on a new query (not a refresh of the same one) the
   * pinned tickets and the counts are forgotten; the pages to come leave out what stays pinned.
   */
  reset(query: TicketQuery | undefined, refresh: boolean): void {
    if (!refresh) {
      this.#tickets = [];
      this.#statusCounts = undefined;
    }
    this.#ids = new Set(this.#tickets.map((ticket) => ticket.id));
    this.#counted = query ? this.#tickets.filter((t) => ticketMatches(t, query)).length : 0;
  }

  /** A server page without the pinned tickets, its total without those it counted. */
  mapPage = (page: TicketDataResult): TicketDataResult => {
    if (this.#ids.size === 0) return page;
    return {
      ...page,
      items: page.items.filter((ticket) => !this.#ids.has(ticket.id)),
      total: Math.max(0, page.total - this.#counted),
    };
  };

  /** A page brought status counts: they replace the last ones. */
  takeCounts(page: TicketDataResult): boolean {
    if (!page.statusCounts) return false;
    this.#statusCounts = page.statusCounts;
    return true;
  }

  /** The total of the list: the server's rows and the pinned tickets; undefined until known. */
  total(rows: PagedRows<Ticket, TicketDataResult> | undefined): number | undefined {
    const total = rows?.total;
    return total === undefined ? undefined : total + this.#tickets.length;
  }

  /** The ticket at a list index: a pinned one, or the server's row below them. */
  row(rows: PagedRows<Ticket, TicketDataResult> | undefined, index: number): Ticket | undefined {
    const pinned = this.#tickets.length;
    return index < pinned ? this.#tickets[index] : rows?.get(index - pinned);
  }

  /** The server's rows behind list indexes [start, end). */
  serverRange(start: number, end: number): [number, number] {
    const pinned = this.#tickets.length;
    return [Math.max(0, start - pinned), Math.max(0, end - pinned)];
  }
}
