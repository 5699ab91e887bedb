import { replaceListParams, searchAndSortFromParams } from '../list/list-query.ts';
import { UrlState } from '../list/url-state.ts';
import type { ClientGridHost } from './client-context.ts';
import {
  type ClientListState,
  DEFAULT_SORT,
  FILTER_FIELDS,
  filtersFromParams,
  filtersToParams,
  isClientGridView,
  isClientSort,
} from './client-query.ts';

/**
 * `url-state`: the grid's search, filters, sort and view in the page URL. Loaded only by a grid
 * with the attribute (`client-parts.ts`), which holds its first request until this arrives.
 */

/** Mirrors the grid's list state into the page URL and back (`UrlState`). */
export function clientUrlState(
  host: ClientGridHost & { readonly urlState: string | null | undefined },
): UrlState<ClientListState> {
  return new UrlState<ClientListState>(host, {
    tag: 'client-grid',
    watched: ['query', 'filters', 'sort', 'view'],
    read: stateFromParams,
    write: stateToParams,
    current: () => ({
      query: host.query.trim(),
      filters: host.filters,
      sort: host.sort,
      view: host.view,
    }),
    defaults: () => ({ query: '', filters: {}, sort: DEFAULT_SORT, view: 'list' }),
    apply: (state) => {
      if (state.query !== undefined) host.query = state.query;
      if (state.filters !== undefined) host.filters = state.filters;
      if (state.sort !== undefined) host.sort = state.sort;
      if (state.view !== undefined) host.view = state.view;
    },
  });
}

/** The URL parameters of the list state besides the filters (named like the API's). */
const STATE_PARAMS = ['q', 'sort', 'view'];

/** Reads list state from a URL's query; missing parts stay undefined. */
export function stateFromParams(
  params: URLSearchParams,
  prefix = '',
): { state: Partial<ClientListState>; problems: string[] } {
  const { problems, ...state }: Partial<ClientListState> & { problems: string[] } =
    searchAndSortFromParams(params, prefix, isClientSort);
  const view = params.get(`${prefix}view`);
  if (view !== null) {
    if (isClientGridView(view)) state.view = view;
    else problems.push(`unknown view "${view}"`);
  }
  const filters = filtersFromParams(params, prefix);
  problems.push(...filters.problems);
  if (Object.keys(filters.value).length > 0) state.filters = filters.value;
  return { state, problems };
}

/**
 * Writes list state into a URL's query, keeping every parameter that is not ours. Defaults
 * (no search, default sort, list view) are left out so URLs stay short.
 */
export function stateToParams(
  params: URLSearchParams,
  state: ClientListState,
  prefix = '',
): URLSearchParams {
  const entries = filtersToParams(state.filters);
  if (state.query) entries.unshift(['q', state.query]);
  if (state.sort !== DEFAULT_SORT) entries.push(['sort', state.sort]);
  if (state.view !== 'list') entries.push(['view', state.view]);
  return replaceListParams(
    params,
    prefix,
    [...STATE_PARAMS, ...FILTER_FIELDS.map((field) => field.key)],
    entries,
  );
}
