import createOpenApiClient, { type Client } from 'openapi-fetch';
import { toFetchError } from './errors.ts';
import type { paths } from './generated/openapi.ts';
import { acceptsIdempotencyKey } from './idempotent-operations.ts';
import { authMiddleware, type GetToken } from './middleware/auth.ts';
import { idempotencyMiddleware } from './middleware/idempotency.ts';
import { problemMiddleware } from './middleware/problem.ts';
import { timeoutMiddleware } from './middleware/timeout.ts';
import {
  type ListItem,
  type ListPath,
  type PageIterable,
  type PaginateArgs,
  paginate,
} from './paginate.ts';
import { type FetchLike, type RetryOptions, withRetries } from './retry.ts';

export interface ClientOptions {
  /** The API root, e.g. `https://panel.example.com/api` (absolute in Node). */
  baseUrl: string;
  /** A fixed bearer token. */
  token?: string;
  /** Returns the bearer token for each request; called with `refresh: true` once after a 401. */
  getToken?: GetToken;
  /** The fetch to use (default: `globalThis.fetch`, looked up at request time). */
  fetch?: typeof fetch;
  /** Retry settings, or `false` for none. */
  retry?: Partial<RetryOptions> | false;
  /** Deadline of a whole call, retries included (default 30_000; 0 = none). */
  timeoutMs?: number;
  /** Headers sent with every request. */
  headers?: HeadersInit;
}

/** The typed openapi-fetch client for the Clientele API, plus `paginate`. */
export type ClienteleClient = Client<paths> & {
  /** Every item of a list path, e.g. `client.paginate('/clients', { params: { query } })`. */
  paginate<P extends ListPath<paths>>(
    path: P,
    ...init: PaginateArgs<paths, P>
  ): PageIterable<ListItem<paths, P>>;
};

/**
 * Creates a Clientele API client. Every call resolves with `{ data, response }` for a 2xx
 * response or rejects: `ApiError` (non-2xx), `NetworkError` / `TimeoutError`, or the standard
 * `AbortError` when the caller's signal aborted.
 */
export function createClient(options: ClientOptions): ClienteleClient {
  // Looked up per request, so that a fetch patched later (MSW, tests) is the one used.
  const lazyFetch: FetchLike = (request) => (options.fetch ?? globalThis.fetch)(request);
  const timeoutMs = options.timeoutMs ?? 30_000;

  const client = createOpenApiClient<paths>({
    baseUrl: options.baseUrl,
    fetch: options.retry === false ? lazyFetch : withRetries(lazyFetch, options.retry),
    headers: options.headers,
  });
  // onRequest runs in this order and onResponse / onError in reverse: auth sees a 401 first
  // (and may resend), problem sees the final response last.
  client.use(problemMiddleware());
  if (timeoutMs > 0) client.use(timeoutMiddleware({ timeoutMs }));
  client.use(idempotencyMiddleware({ accepts: acceptsIdempotencyKey }));
  if (options.getToken || options.token) client.use(authMiddleware(options));

  // Every call (GET ... TRACE, request; not use or eject) gets the last word on its rejection:
  // failures outside openapi-fetch's onError chain (reading a body, a custom abort reason) are
  // mapped here. A call's init, with its signal, is its last argument.
  const api = { ...client } as Record<string, unknown>;
  for (const [name, call] of Object.entries(client)) {
    if (/^([A-Z]+|request)$/.test(name)) {
      api[name] = (...args: unknown[]) =>
        (call as (...a: unknown[]) => Promise<unknown>)(...args).catch((error: unknown) => {
          const { signal } = (args.at(-1) ?? {}) as RequestInit;
          throw toFetchError(error, signal, timeoutMs || undefined, false);
        });
    }
  }
  // Typed by ClienteleClient; the call itself needs no generics.
  const paginateAny = paginate as (client: unknown, path: string, init?: unknown) => unknown;
  api.paginate = (path: string, init?: unknown) => paginateAny(api, path, init);
  return api as unknown as ClienteleClient;
}
