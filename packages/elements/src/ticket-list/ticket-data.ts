import type {
  Ticket,
  TicketSort,
  TicketStatus,
  TicketStatusCounts,
  TicketWaitingOn,
} from '@clientele/sdk';
import type { TicketFilters } from './ticket-query.ts';

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

/** Statuses each quick filter stands for (as the spec defines `waiting_on`). */
export const WAITING_ON_STATUSES: Readonly<Record<TicketWaitingOn, readonly TicketStatus[]>> = {
  staff: ['open', 'customer_reply', 'in_progress'],
  client: ['answered', 'on_hold'],
};

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
