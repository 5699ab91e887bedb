/**
 * What the lists' data sources share: the API's list endpoints take the same paging, sort and
 * search parameters and answer in the same page shape, and the in-memory sources simulate
 * latency the same way.
 */

/** What a list shows, besides paging: the search text, the filters and the sort. */
export interface ListQuery<F extends object, S extends string> {
  /** The search text ('' for none). */
  readonly query: string;
  /** The filters, named like the API's query parameters. */
  readonly filters: F;
  readonly sort: S;
}

/** Which page: where it starts and how long it may be. */
export interface ListPaging {
  /** The cursor of the page (null for the first). */
  readonly cursor: string | null;
  /** How many rows to return at most (1..200 for the API; a provider may allow more). */
  readonly limit: number;
  /** Aborted when the answer is no longer wanted (a newer query, a scroll elsewhere). */
  readonly signal: AbortSignal;
}

/** What a list asks its data source for: one page of one query. */
export interface ListDataRequest<F extends object, S extends string>
  extends ListQuery<F, S>,
    ListPaging {}

/** One page of a cursor-paginated list. */
export interface ListPage<T> {
  readonly items: readonly T[];
  /** The cursor of the next page, null on the last page. */
  readonly nextCursor: string | null;
  /** How many rows match, over all pages. */
  readonly total: number;
}

/**
 * A list's data source: one page per call. It must honour the sort in both directions (a
 * list reads the end of a long list in the reverse order). It may declare `maxLimit`, the
 * largest page it serves (default `DEFAULT_MAX_LIMIT`, the API's): to show rows far down a
 * list, or to walk all of them, a list asks for pages of that size, so a cheap source (memory,
 * a local database) reaches any row in a few requests.
 *
 * `P` adds what a widget's pages carry besides rows (status counts), `R` what its requests
 * carry besides the query and paging (a client id).
 */
export type ListDataProvider<
  T,
  F extends object,
  S extends string,
  P extends ListPage<T> = ListPage<T>,
  R extends ListDataRequest<F, S> = ListDataRequest<F, S>,
> = ((request: R) => Promise<P>) & { readonly maxLimit?: number };

/** The API's largest `limit` for a list, the page size of walks when a provider names none. */
export const DEFAULT_MAX_LIMIT = 200;

/** The paging, sort, search and filters of one page, as an API list call sends them. */
export type ListPageRequest<F extends object, S extends string> = Omit<
  ListDataRequest<F, S>,
  'signal'
>;

/**
 * The query parameters of an API list call: the filters as they are (named like the API's),
 * `search` only when there is one, `cursor` only after the first page.
 */
export function listQueryParams<F extends object, S extends string>(
  request: ListPageRequest<F, S>,
) {
  const { query, filters, sort, cursor, limit } = request;
  return {
    ...filters,
    sort,
    limit,
    ...(query ? { search: query } : {}),
    ...(cursor === null ? {} : { cursor }),
  };
}

/** An API list page in the shape data providers return (camel case, as the elements use it). */
export function pageFromResponse<T, C>(data: {
  items: T[];
  next_cursor: string | null;
  total: number;
  status_counts?: C;
}) {
  return {
    items: data.items,
    nextCursor: data.next_cursor,
    total: data.total,
    statusCounts: data.status_counts,
  };
}

/** Waits `ms` (an in-memory source's simulated latency); rejects with an AbortError on abort. */
export function abortableDelay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(new DOMException('The request was aborted', 'AbortError'));
    };
    const timer = setTimeout(resolve, ms);
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
  });
}
