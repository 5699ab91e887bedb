import type {
  ClienteleClient,
  Ticket,
  TicketPriority,
  TicketSort,
  TicketStatus,
  TicketStatusCounts,
  TicketWaitingOn,
} from '@clientele/sdk';
import { abortableDelay, listQueryParams, pageFromResponse } from '../list/list-data.ts';
import { TICKET_STATUSES, type TicketFilters, ticketSortParts } from './ticket-query.ts';

/** What `<ticket-list>` asks its data source for: one page of one query. */
export interface TicketDataRequest {
  /** One client's tickets, or undefined for every client's (the staff queue). */
  readonly clientId: string | undefined;
  /** The search text over title and id ('' for none). */
  readonly query: string;
  readonly filters: TicketFilters;
  readonly sort: TicketSort;
  /** The cursor of the page (null for the first). */
  readonly cursor: string | null;
  /** How many tickets to return at most (1..200 for the API). */
  readonly limit: number;
  /** Aborted when the answer is no longer wanted (a newer query, a scroll elsewhere). */
  readonly signal: AbortSignal;
}

export interface TicketDataResult {
  readonly items: readonly Ticket[];
  /** The cursor of the next page, null on the last page. */
  readonly nextCursor: string | null;
  /** How many tickets match, over all pages. */
  readonly total: number;
  /** Tickets per status over the filters ignoring the status and waiting-on filters. */
  readonly statusCounts?: TicketStatusCounts;
}

/**
 * A data source for `<ticket-list>`: give it to the `dataProvider` property to adapt a backend
 * that does not implement the spec, or to show an in-memory array. It must honour the sort in
 * both directions (the list reads the end of a long list in the reverse order).
 */
export type TicketDataProvider = (request: TicketDataRequest) => Promise<TicketDataResult>;

/**
 * The default data source: `listTickets` (`GET /tickets`) for the queue, `listClientTickets`
 * (`GET /clients/{client_id}/tickets`, which answers 404 for an unknown client) for one client.
 */
export function sdkTicketDataProvider(client: ClienteleClient): TicketDataProvider {
  return async (request) => {
    const { clientId, signal } = request;
    const params = listQueryParams(request);
    const { data } =
      clientId === undefined
        ? await client.GET('/tickets', { params: { query: params }, signal })
        : await client.GET('/clients/{client_id}/tickets', {
            params: { path: { client_id: clientId }, query: params },
            signal,
          });
    if (data === undefined) throw new Error('listTickets returned no body');
    return pageFromResponse(data);
  };
}

/** Statuses each quick filter stands for (as the spec defines `waiting_on`). */
export const WAITING_ON_STATUSES: Readonly<Record<TicketWaitingOn, readonly TicketStatus[]>> = {
  staff: ['open', 'customer_reply', 'in_progress'],
  client: ['answered', 'on_hold'],
};

const PRIORITY_RANK: Readonly<Record<TicketPriority, number>> = { low: 0, medium: 1, high: 2 };

function compareTickets(field: string): (a: Ticket, b: Ticket) => number {
  const key = (t: Ticket): string | number =>
    field === 'priority'
      ? PRIORITY_RANK[t.priority]
      : field === 'last_reply_at'
        ? (t.last_reply_at ?? '')
        : t.created_at;
  // The id breaks ties, so the descending order is the exact reverse of the ascending one.
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    if (x !== y) return x < y ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/** Whether a ticket belongs to a query's result, as the API decides it. */
export function ticketMatches(
  ticket: Ticket,
  request: Pick<TicketDataRequest, 'clientId' | 'query' | 'filters'>,
): boolean {
  const { clientId, filters } = request;
  const needle = request.query.trim().toLowerCase();
  if (clientId !== undefined && ticket.client.id !== clientId) return false;
  if (filters.department_id && ticket.department.id !== filters.department_id) return false;
  if (filters.priority && ticket.priority !== filters.priority) return false;
  if (filters.status?.length && !filters.status.includes(ticket.status)) return false;
  if (filters.waiting_on && !WAITING_ON_STATUSES[filters.waiting_on].includes(ticket.status)) {
    return false;
  }
  return (
    !needle ||
    ticket.title.toLowerCase().includes(needle) ||
    ticket.id.toLowerCase().includes(needle)
  );
}

/**
 * A data source over an in-memory array: the client, search, filters, sort and status
 * counts as the API defines them; cursors are offsets. The array is read, never changed.
 */
export function createTicketArrayDataProvider(
  tickets: readonly Ticket[],
  options: { latency?: number } = {},
): TicketDataProvider {
  return async ({ clientId, query, filters, sort, cursor, limit, signal }) => {
    if (options.latency) await abortableDelay(options.latency, signal);
    signal.throwIfAborted();
    const counts = Object.fromEntries(TICKET_STATUSES.map((s) => [s, 0])) as TicketStatusCounts;
    const unfiltered = {
      clientId,
      query,
      filters: { ...filters, status: [], waiting_on: undefined },
    };
    const request = { clientId, query, filters };
    const rows: Ticket[] = [];
    for (const ticket of tickets) {
      // Status counts cover every filter except status and waiting-on.
      if (!ticketMatches(ticket, unfiltered)) continue;
      counts[ticket.status]++;
      if (ticketMatches(ticket, request)) rows.push(ticket);
    }
    const { field, descending } = ticketSortParts(sort);
    rows.sort(compareTickets(field));
    if (descending) rows.reverse();
    const start = cursor === null ? 0 : Number.parseInt(cursor, 10) || 0;
    const end = Math.min(rows.length, start + limit);
    return {
      items: rows.slice(start, end),
      nextCursor: end < rows.length ? String(end) : null,
      total: rows.length,
      statusCounts: counts,
    };
  };
}
