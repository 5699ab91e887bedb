import type { TicketSort } from '@clientele/sdk';
import { replaceListParams, searchAndSortFromParams } from '../list/list-query.ts';
import { UrlState, type UrlStateHost } from '../list/url-state.ts';
import {
  DEFAULT_TICKET_SORT,
  isTicketSort,
  normalizeTicketFilters,
  TICKET_FILTER_KEYS,
  type TicketFilters,
  ticketFiltersToParams,
} from './ticket-query.ts';

/**
 * `url-state`: the list's search, filters and sort in the page URL. Loaded only by a list with
 * the attribute (`ticket-parts.ts`), which holds its first request until this arrives.
 */

/** The list as its URL state sees it: the properties it mirrors. */
export interface TicketUrlHost extends UrlStateHost {
  query: string;
  sort: TicketSort;
}

/** Mirrors the list's state into the page URL and back (`UrlState`); `filters` reads and sets its filters. */
export function ticketUrlState(
  host: TicketUrlHost,
  filters: { get(): TicketFilters; set(filters: TicketFilters): void },
): UrlState<TicketListState> {
  return new UrlState<TicketListState>(host, {
    tag: 'ticket-list',
    watched: ['query', 'status', 'departmentId', 'priority', 'waitingOn', 'sort'],
    read: ticketStateFromParams,
    write: ticketStateToParams,
    current: () => ({ query: host.query.trim(), filters: filters.get(), sort: host.sort }),
    defaults: () => ({ query: '', filters: {}, sort: DEFAULT_TICKET_SORT }),
    apply: (state) => {
      if (state.query !== undefined) host.query = state.query;
      if (state.filters !== undefined) filters.set(state.filters);
      if (state.sort !== undefined) host.sort = state.sort;
    },
  });
}

/** The whole list state a URL can carry. */
export interface TicketListState {
  query: string;
  filters: TicketFilters;
  sort: TicketSort;
}

/** Reads list state from a URL's query; missing parts stay undefined. */
export function ticketStateFromParams(
  params: URLSearchParams,
  prefix = '',
): { state: Partial<TicketListState>; problems: string[] } {
  const { problems, ...state }: Partial<TicketListState> & { problems: string[] } =
    searchAndSortFromParams(params, prefix, isTicketSort);
  const raw: Record<string, unknown> = {};
  const statuses = params.getAll(`${prefix}status`);
  if (statuses.length > 0) raw.status = statuses;
  for (const key of ['waiting_on', 'department_id', 'priority'] as const) {
    const value = params.get(`${prefix}${key}`);
    if (value !== null) raw[key] = value;
  }
  const filters = normalizeTicketFilters(raw);
  problems.push(...filters.problems);
  if (Object.keys(filters.value).length > 0) state.filters = filters.value;
  return { state, problems };
}

/**
 * Writes list state into a URL's query, keeping every parameter that is not ours. Defaults
 * (no search, newest first) are left out so URLs stay short.
 */
export function ticketStateToParams(
  params: URLSearchParams,
  state: TicketListState,
  prefix = '',
): URLSearchParams {
  const entries = ticketFiltersToParams(state.filters);
  if (state.query) entries.unshift(['q', state.query]);
  if (state.sort !== DEFAULT_TICKET_SORT) entries.push(['sort', state.sort]);
  return replaceListParams(params, prefix, ['q', 'sort', ...TICKET_FILTER_KEYS], entries);
}
