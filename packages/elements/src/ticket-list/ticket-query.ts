import type { TicketPriority, TicketSort, TicketStatus, TicketWaitingOn } from '@clientele/sdk';
import {
  TICKET_PRIORITIES,
  TICKET_SORTS,
  TICKET_STATUSES,
  TICKET_WAITING_ON,
} from '@clientele/sdk/enums';
import {
  chipsOf,
  type ParseResult,
  reverseSortKey,
  serializeParams,
  sortKeyParts,
  withoutFilterValue,
} from '../list/list-query.ts';

export type { ParseResult } from '../list/list-query.ts';

/**
 * The ticket list's state as plain data: search text, filters and sort, with their parsing
 * (attributes, URLs) and serialization. Pure functions, no DOM.
 */

// Ticket statuses (the order of the status counts), priorities (lowest first, the order
// `priority` sorts in), waiting-on and sort keys, in the spec's order: generated from it.
export { TICKET_PRIORITIES, TICKET_SORTS, TICKET_STATUSES, TICKET_WAITING_ON };

/** The fields tickets sort by (each also with a leading `-` for descending). */
export const TICKET_SORT_FIELDS = ['created_at', 'last_reply_at', 'priority'] as const;
export type TicketSortField = (typeof TICKET_SORT_FIELDS)[number];

/** Newest first. */
export const DEFAULT_TICKET_SORT: TicketSort = '-created_at';

/** The filters of `listTickets` / `listClientTickets` besides search, sort and paging. */
export interface TicketFilters {
  /** Only these statuses (none: every status). */
  status?: TicketStatus[];
  department_id?: string;
  priority?: TicketPriority;
  waiting_on?: TicketWaitingOn;
}
export type TicketFilterKey = keyof TicketFilters;

/** The filter keys in display order; also their URL parameter names. */
export const TICKET_FILTER_KEYS = [
  'status',
  'waiting_on',
  'department_id',
  'priority',
] as const satisfies readonly TicketFilterKey[];

export function isTicketStatus(value: unknown): value is TicketStatus {
  return (TICKET_STATUSES as readonly unknown[]).includes(value);
}

export function isTicketPriority(value: unknown): value is TicketPriority {
  return (TICKET_PRIORITIES as readonly unknown[]).includes(value);
}

export function isTicketWaitingOn(value: unknown): value is TicketWaitingOn {
  return (TICKET_WAITING_ON as readonly unknown[]).includes(value);
}

export function isTicketSort(value: unknown): value is TicketSort {
  return (TICKET_SORTS as readonly unknown[]).includes(value);
}

/** `priority` <-> `-priority`. */
export function reverseTicketSort(sort: TicketSort): TicketSort {
  return reverseSortKey(sort);
}

/** The field and direction of a sort key. */
export function ticketSortParts(sort: TicketSort): {
  field: TicketSortField;
  descending: boolean;
} {
  return sortKeyParts<TicketSortField>(sort);
}

/**
 * Parses a list of statuses (`open customer_reply` or `open,customer_reply`, as the `status`
 * attribute takes it), in the spec's order without duplicates; unknown ones are reported.
 */
export function parseStatuses(value: string | readonly string[] | null | undefined) {
  const list = (typeof value === 'string' ? value.split(/[\s,]+/) : [...(value ?? [])])
    .map((s) => s.trim())
    .filter(Boolean);
  const problems = list.filter((s) => !isTicketStatus(s)).map((s) => `unknown status "${s}"`);
  const statuses = TICKET_STATUSES.filter((s) => list.includes(s));
  return { value: statuses, problems } satisfies ParseResult<TicketStatus[]>;
}

/** Cleans a filter object: bad values are dropped and reported, empty ones removed. */
export function normalizeTicketFilters(input: Partial<Record<string, unknown>>) {
  const filters: TicketFilters = {};
  const problems: string[] = [];
  const status = input.status;
  if (status !== undefined && status !== null && status !== '') {
    const parsed = parseStatuses(
      typeof status === 'string' ? status : Array.isArray(status) ? status.map(String) : [],
    );
    problems.push(...parsed.problems);
    if (parsed.value.length > 0) filters.status = parsed.value;
  }
  const department = input.department_id;
  if (typeof department === 'string' && department.trim()) {
    filters.department_id = department.trim();
  }
  const priority = input.priority;
  if (priority !== undefined && priority !== null && priority !== '') {
    if (isTicketPriority(priority)) filters.priority = priority;
    else problems.push(`unknown priority "${String(priority)}"`);
  }
  const waiting = input.waiting_on;
  if (waiting !== undefined && waiting !== null && waiting !== '') {
    if (isTicketWaitingOn(waiting)) filters.waiting_on = waiting;
    else problems.push(`waiting-on must be staff or client, not "${String(waiting)}"`);
  }
  return { value: filters, problems } satisfies ParseResult<TicketFilters>;
}

/** The filters as query parameters named like the API's (`status` repeated). */
export function ticketFiltersToParams(filters: TicketFilters, prefix = ''): [string, string][] {
  const entries: [string, string][] = [];
  for (const status of filters.status ?? []) entries.push([`${prefix}status`, status]);
  if (filters.waiting_on) entries.push([`${prefix}waiting_on`, filters.waiting_on]);
  if (filters.department_id) entries.push([`${prefix}department_id`, filters.department_id]);
  if (filters.priority) entries.push([`${prefix}priority`, filters.priority]);
  return entries;
}

/** A stable text form of the filters ('' when none), for comparing queries. */
export function serializeTicketFilters(filters: TicketFilters): string {
  return serializeParams(ticketFiltersToParams(filters));
}

/** One removable chip per active filter value (a status filter gives one chip per status). */
export interface TicketFilterChip {
  readonly key: TicketFilterKey;
  readonly value: string;
}

export function ticketFilterChips(filters: TicketFilters): TicketFilterChip[] {
  return chipsOf<TicketFilterKey>(ticketFiltersToParams(filters));
}

/** The filters without one chip's value (or without the whole key when no value is given). */
export function withoutTicketFilter(
  filters: TicketFilters,
  key: TicketFilterKey,
  value?: string,
): TicketFilters {
  return withoutFilterValue(filters, key, value);
}
