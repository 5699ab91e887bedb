/**
 * Query helpers shared by every list: opaque cursors, `limit`, enum and boolean and date
 * parameters, stable sorting with an id tiebreak, and paging. A bad parameter is a 400
 * problem naming the parameter, as the spec's BadRequest response says.
 */
import { fieldError, problems } from './problems.ts';
import { isValidDate } from './validation.ts';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
  total: number;
}

function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const padded = text.replace(/-/g, '+').replace(/_/g, '/');
  return atob(padded + '='.repeat((4 - (padded.length % 4)) % 4));
}

/** The opaque cursor for a position in a list (base64url of `{"offset":N}`). */
export function encodeCursor(offset: number): string {
  return toBase64Url(JSON.stringify({ offset }));
}

/** The position a cursor stands for; a 400 problem when it is not one of ours. */
export function decodeCursor(cursor: string): number {
  const invalid = () =>
    problems.badRequest([fieldError('cursor', 'format', 'Is not a cursor returned by this API.')]);
  if (!/^[A-Za-z0-9_-]{1,1024}$/.test(cursor)) throw invalid();
  try {
    const parsed: unknown = JSON.parse(fromBase64Url(cursor));
    if (typeof parsed === 'object' && parsed !== null && 'offset' in parsed) {
      const { offset } = parsed;
      if (typeof offset === 'number' && Number.isSafeInteger(offset) && offset >= 0) return offset;
    }
  } catch {
    // fall through to the problem below
  }
  throw invalid();
}

export interface PageRequest {
  offset: number;
  limit: number;
}

/** Reads `cursor` and `limit` (1..200, default 50). */
export function pageRequest(query: URLSearchParams): PageRequest {
  const rawLimit = query.get('limit');
  let limit = DEFAULT_LIMIT;
  if (rawLimit !== null) {
    if (!/^-?\d+$/.test(rawLimit))
      throw problems.badRequest([
        fieldError('limit', 'type', 'Must be an integer between 1 and 200.'),
      ]);
    limit = Number(rawLimit);
    if (limit < 1)
      throw problems.badRequest([fieldError('limit', 'minimum', 'Must be at least 1.')]);
    if (limit > MAX_LIMIT)
      throw problems.badRequest([fieldError('limit', 'maximum', `Must be at most ${MAX_LIMIT}.`)]);
  }
  const cursor = query.get('cursor');
  return { offset: cursor === null ? 0 : decodeCursor(cursor), limit };
}

/** One page of an already filtered and sorted list. */
export function paginate<T, U = T>(
  items: readonly T[],
  page: PageRequest,
  map?: (item: T) => U,
): Page<U> {
  const slice = items.slice(page.offset, page.offset + page.limit);
  const end = page.offset + slice.length;
  return {
    items: map ? slice.map(map) : (slice as unknown as U[]),
    next_cursor: end < items.length ? encodeCursor(end) : null,
    total: items.length,
  };
}

/** An optional enum parameter; 400 when the value is not allowed. */
export function enumParam<T extends string>(
  query: URLSearchParams,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw problems.badRequest([fieldError(name, 'enum', `Must be one of: ${allowed.join(', ')}.`)]);
  }
  return value as T;
}

/** A repeatable enum parameter (`status=a&status=b`); empty when absent. */
export function enumListParam<T extends string>(
  query: URLSearchParams,
  name: string,
  allowed: readonly T[],
): T[] {
  const values = query.getAll(name);
  for (const value of values) {
    if (!(allowed as readonly string[]).includes(value)) {
      throw problems.badRequest([
        fieldError(name, 'enum', `Each value must be one of: ${allowed.join(', ')}.`),
      ]);
    }
  }
  return [...new Set(values)] as T[];
}

export function booleanParam(query: URLSearchParams, name: string): boolean | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw problems.badRequest([fieldError(name, 'type', 'Must be true or false.')]);
}

export function dateParam(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  if (!isValidDate(value))
    throw problems.badRequest([fieldError(name, 'format', 'Must be a date (YYYY-MM-DD).')]);
  return value;
}

export function stringParam(
  query: URLSearchParams,
  name: string,
  maxLength = 200,
): string | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  if (value.length < 1)
    throw problems.badRequest([fieldError(name, 'minLength', 'Must not be empty.')]);
  if (value.length > maxLength)
    throw problems.badRequest([
      fieldError(name, 'maxLength', `Must be at most ${maxLength} characters.`),
    ]);
  return value;
}

/** An id-valued filter parameter (same rules as the spec's `Id`). */
export function idParam(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  if (!/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/.test(value)) {
    throw problems.badRequest([fieldError(name, 'pattern', 'Must be an id.')]);
  }
  return value;
}

export type SortKey = string | number | bigint | null;

/**
 * Compares two sort keys: `null` last when ascending (first when descending, the exact
 * reverse), strings by code unit after lower-casing upstream.
 */
export function compareKeys(a: SortKey, b: SortKey): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * Sorts by one key, ascending or descending, with the id as a tiebreak (always ascending),
 * so that pages never overlap or skip.
 */
export function sortBy<T>(
  items: readonly T[],
  key: (item: T) => SortKey,
  descending: boolean,
  id: (item: T) => string,
): T[] {
  const keyed = items.map((item) => ({ item, key: key(item), id: id(item) }));
  keyed.sort((a, b) => {
    const order = compareKeys(a.key, b.key);
    if (order !== 0) return descending ? -order : order;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return keyed.map((k) => k.item);
}

/** Splits `-field` into the field and the direction. */
export function parseSort<T extends string>(sort: T): { field: string; descending: boolean } {
  return sort.startsWith('-')
    ? { field: sort.slice(1), descending: true }
    : { field: sort, descending: false };
}

/** Zero for each status, in the order given: an empty `status_counts`. */
export function zeroCounts<S extends string>(statuses: readonly S[]): Record<S, number> {
  return Object.fromEntries(statuses.map((status) => [status, 0])) as Record<S, number>;
}

/**
 * Filters a list and counts its statuses, as the client and ticket lists do: `counts` cover
 * the items that pass `filters` (every filter but the status ones), and an item is kept
 * when it also has a status named by each non-empty list of `statuses`.
 */
export function filterAndCount<T, S extends string>(
  items: Iterable<T>,
  options: {
    readonly filters: readonly ((item: T) => boolean)[];
    readonly status: (item: T) => S;
    readonly counts: Record<S, number>;
    readonly statuses: readonly (readonly S[])[];
  },
): T[] {
  const { filters, status, counts } = options;
  const statusFilters = options.statuses.filter((list) => list.length > 0);
  const kept: T[] = [];
  for (const item of items) {
    if (!filters.every((filter) => filter(item))) continue;
    const itemStatus = status(item);
    counts[itemStatus]++;
    if (statusFilters.every((list) => list.includes(itemStatus))) kept.push(item);
  }
  return kept;
}
