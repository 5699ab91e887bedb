/**
 * What the lists' data sources share: the API's list endpoints take the same paging, sort and
 * search parameters and answer in the same page shape, and the in-memory sources simulate
 * latency the same way.
 */

/** The paging, sort, search and filters of one page, as a list's data provider receives them. */
export interface ListPageRequest<F extends object, S extends string> {
  readonly query: string;
  readonly filters: F;
  readonly sort: S;
  readonly cursor: string | null;
  readonly limit: number;
}

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
