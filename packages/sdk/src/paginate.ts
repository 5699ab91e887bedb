import type { Client, FetchOptions } from 'openapi-fetch';
import { ApiError, ClienteleError } from './errors.ts';

/** The operation behind `GET path`. */
type GetOperation<Paths, P extends keyof Paths> = Paths[P] extends { get: infer Op } ? Op : never;

/** The JSON body of an operation's 200 response. */
type OkBody<Op> = Op extends { responses: { 200: { content: { 'application/json': infer Body } } } }
  ? Body
  : never;

type ItemOf<Body> = [Body] extends [{ items: Array<infer Item>; next_cursor: string | null }]
  ? Item
  : never;

/** The GET paths whose 200 body is a page (`{items, next_cursor, total}`). */
export type ListPath<Paths> = {
  [P in keyof Paths]-?: [ItemOf<OkBody<GetOperation<Paths, P>>>] extends [never] ? never : P;
}[keyof Paths] &
  string;

/** The item type of a list path, e.g. `Client` for `/clients`. */
export type ListItem<Paths, P extends ListPath<Paths>> = ItemOf<OkBody<GetOperation<Paths, P>>>;

/** What `client.GET(path, init)` takes; `cursor` in the query starts from that cursor. */
export type PaginateInit<Paths, P extends ListPath<Paths>> = FetchOptions<GetOperation<Paths, P>>;

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/** `init` is required exactly when the path has required parameters (e.g. `client_id`). */
export type PaginateArgs<Paths, P extends ListPath<Paths>> =
  RequiredKeys<PaginateInit<Paths, P>> extends never
    ? [init?: PaginateInit<Paths, P>]
    : [init: PaginateInit<Paths, P>];

/** All items of a list, page after page; iterate with `for await`, or collect with `toArray`. */
export interface PageIterable<Item> extends AsyncIterable<Item> {
  /** Collects items until `limit` (a required positive integer) or the last page. */
  toArray(options: { limit: number }): Promise<Item[]>;
}

interface Page {
  items: unknown[];
  next_cursor: string | null;
}

type LooseGet = (
  path: string,
  init: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * Iterates every item of a GET list path, following `next_cursor` and passing it as the
 * `cursor` query parameter; the caller's other parameters and signal go with every page.
 * Pages are fetched lazily: stopping the iteration stops the requests.
 */
export function paginate<Paths extends {}, P extends ListPath<Paths>>(
  client: Client<Paths>,
  path: P,
  ...[init]: PaginateArgs<Paths, P>
): PageIterable<ListItem<Paths, P>> {
  const get = (client as unknown as { GET: LooseGet }).GET;
  const base = (init ?? {}) as Record<string, unknown> & {
    params?: { query?: Record<string, unknown> };
  };

  async function* iterate(): AsyncGenerator<ListItem<Paths, P>, void, undefined> {
    const params = base.params ?? {};
    let cursor = params.query?.cursor;
    for (;;) {
      const query = cursor === undefined ? params.query : { ...params.query, cursor };
      const { data, error, response } = await get(path, { ...base, params: { ...params, query } });
      // Without the problem middleware openapi-fetch returns errors instead of throwing them.
      if (!response.ok) throw new ApiError(response, error);
      if (!isPage(data)) throw new ClienteleError(`GET ${path}: not a page`);
      yield* data.items as ListItem<Paths, P>[];
      if (data.next_cursor === null) return;
      if (data.next_cursor === cursor) throw new ClienteleError(`GET ${path}: same cursor twice`);
      cursor = data.next_cursor;
    }
  }

  return {
    [Symbol.asyncIterator]: iterate,
    async toArray({ limit }) {
      if (!Number.isInteger(limit) || limit < 1) {
        throw new RangeError(`limit must be a positive integer, not ${limit}`);
      }
      const items: ListItem<Paths, P>[] = [];
      for await (const item of iterate()) {
        if (items.push(item) >= limit) break;
      }
      return items;
    },
  };
}

function isPage(value: unknown): value is Page {
  const page = value as Partial<Page> | null | undefined;
  return (
    Array.isArray(page?.items) &&
    (page.next_cursor === null || typeof page.next_cursor === 'string')
  );
}
