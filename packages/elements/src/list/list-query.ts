import type { SortDirection } from './data-grid.ts';

/**
 * What every list's query state has in common, as pure functions: sort keys with a leading
 * `-` for descending, filters written as the API's query parameters (a list filter repeated),
 * and the search and sort parameters of its URL state. Each list keeps its own typed wrappers
 * and vocabularies; these are the rules they share, so both read and write URLs alike.
 */

export interface ParseResult<T> {
  readonly value: T;
  /** What was ignored and why (the element warns; it never throws on a bad attribute). */
  readonly problems: readonly string[];
}

/** `field` <-> `-field`. */
export function reverseSortKey<S extends string>(sort: S): S {
  return (sort.startsWith('-') ? sort.slice(1) : `-${sort}`) as S;
}

/** The field and direction of a sort key. */
export function sortKeyParts<F extends string>(sort: string): { field: F; descending: boolean } {
  const descending = sort.startsWith('-');
  return { field: (descending ? sort.slice(1) : sort) as F, descending };
}

/** How a column sorted by `field` shows the current sort (its `aria-sort`). */
export function sortDirectionOf(sort: string, field: string): SortDirection {
  const current = sortKeyParts(sort);
  if (current.field !== field) return 'none';
  return current.descending ? 'descending' : 'ascending';
}

/** Filters as a compact, stable text ('' when none): for attributes and comparing queries. */
export function serializeParams(entries: readonly [string, string][]): string {
  return new URLSearchParams(entries as [string, string][]).toString();
}

/** One removable chip per active filter value (a status filter gives one chip per status). */
export function chipsOf<K extends string>(
  entries: readonly [string, string][],
): { key: K; value: string }[] {
  return entries.map(([key, value]) => ({ key: key as K, value }));
}

/**
 * The filters without one chip's value (or without the whole key when no value is given):
 * removing one status keeps the others, removing the last drops the filter.
 */
export function withoutFilterValue<F extends { status?: readonly string[] | undefined }>(
  filters: F,
  key: keyof F,
  value?: string,
): F {
  const next = { ...filters };
  if (key === 'status' && value !== undefined && next.status) {
    const rest = next.status.filter((status) => status !== value);
    if (rest.length > 0) next.status = rest as F['status'];
    else delete next.status;
  } else {
    delete next[key];
  }
  return next;
}

/** The search (`q`) and sort (`sort`) parameters of a list's URL state; a bad sort is reported. */
export function searchAndSortFromParams<S extends string>(
  params: URLSearchParams,
  prefix: string,
  isSort: (value: unknown) => value is S,
): { query?: string; sort?: S; problems: string[] } {
  const result: { query?: string; sort?: S; problems: string[] } = { problems: [] };
  const query = params.get(`${prefix}q`);
  if (query !== null) result.query = query;
  const sort = params.get(`${prefix}sort`);
  if (sort !== null) {
    if (isSort(sort)) result.sort = sort;
    else result.problems.push(`unknown sort "${sort}"`);
  }
  return result;
}

/**
 * A URL's parameters with a list's own rewritten: every parameter named in `names` (after the
 * prefix) is dropped, the host page's others are kept in place, then `entries` (unprefixed
 * names) are appended with the prefix. Callers leave defaults out of `entries` so URLs stay short.
 */
export function replaceListParams(
  params: URLSearchParams,
  prefix: string,
  names: readonly string[],
  entries: readonly [string, string][],
): URLSearchParams {
  const ours = new Set(names.map((name) => `${prefix}${name}`));
  const next = new URLSearchParams();
  for (const [name, value] of params) if (!ours.has(name)) next.append(name, value);
  for (const [name, value] of entries) next.append(`${prefix}${name}`, value);
  return next;
}
