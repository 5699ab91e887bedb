import type {
  Ticket,
  TicketSort,
  TicketStatus,
  TicketStatusCounts,
  TicketWaitingOn,
} from '@clientele/sdk';
import type { ListDataProvider, ListDataRequest, ListPage, ListQuery } from '../list/list-data.ts';
import type { TicketFilters } from './ticket-query.ts';

/** Whose tickets a request is for. */
export interface TicketScope {
  /** One client's tickets, or undefined for every client's (the staff queue). */
  readonly clientId: string | undefined;
}

/** What the list shows: one client's tickets or the queue, with search, filters and sort. */
export type TicketQuery = ListQuery<TicketFilters, TicketSort> & TicketScope;

/** What `<ticket-list>` asks its data source for: one page of one query. */
export type TicketDataRequest = ListDataRequest<TicketFilters, TicketSort> & TicketScope;

/** A page of tickets, with the status counts for the quick filters. */
export interface TicketDataResult extends ListPage<Ticket> {
  /** Tickets per status over the filters ignoring the status and waiting-on filters. */
  readonly statusCounts?: TicketStatusCounts;
}

/**
 * A data source for `<ticket-list>`: give it to the `dataProvider` property to adapt a backend
 * that does not implement the spec, or to show an in-memory array
 * (`createTicketArrayDataProvider` from `@clientele/elements/testing`). It must honour the sort
 * in both directions (the list reads the end of a long list in the reverse order), and may
 * declare `maxLimit`, the largest page it serves (default 200, the API's maximum; see
 * `ListDataProvider`).
 */
export type TicketDataProvider = ListDataProvider<
  Ticket,
  TicketFilters,
  TicketSort,
  TicketDataResult,
  TicketDataRequest
>;

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
