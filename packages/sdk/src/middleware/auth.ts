import type { Middleware } from 'openapi-fetch';
import { untilAborted } from '../abort.ts';
import { noop, toFetchError } from '../errors.ts';

export interface TokenContext {
  /** True when the last token was refused (401): return a fresh one, not a cached one. */
  refresh: boolean;
  /**
   * Aborts with the request that needs the token. A refresh is shared by every request that
   * was refused meanwhile, so it carries no signal: one caller giving up does not cancel it.
   */
  signal?: AbortSignal;
}

export type GetToken = (context: TokenContext) => string | Promise<string>;

export interface AuthOptions {
  /** A fixed bearer token. */
  token?: string;
  /** Called before every request (cache the token there); takes precedence over `token`. */
  getToken?: GetToken;
}

/** An unsent copy of a request, and how many refreshes had completed when it got its token. */
type Replay = [request: Request, generation: number];

/**
 * Sends `Authorization: Bearer <token>`. With `getToken`, a 401 asks for a fresh token once
 * (`refresh: true`) and resends the request once; a second 401 is returned as is. Requests
 * refused at the same time share one refresh, and a request that was sent with a token older
 * than the last refresh is resent with the refreshed token without asking again. A request
 * that already carries an Authorization header is left alone. Tokens are never logged.
 */
export function authMiddleware({ token, getToken }: AuthOptions): Middleware {
  const replays = new Map<string, Replay>();
  let generation = 0;
  let refreshed: string | undefined;
  let refreshing: Promise<void> | undefined;

  return {
    async onRequest({ request, id }) {
      if (request.headers.has('Authorization')) return undefined;
      const sentAt = generation;
      const value = getToken ? await getToken({ refresh: false, signal: request.signal }) : token;
      if (!value) return undefined;
      request.headers.set('Authorization', `Bearer ${value}`);
      if (getToken) replays.set(id, [request.clone(), sentAt]);
      return undefined;
    },

    async onResponse({ response, id, options }) {
      const replay = replays.get(id);
      replays.delete(id);
      // Only getToken's requests have a replay: a static token cannot be refreshed.
      if (response.status !== 401 || !replay) return undefined;
      await response.body?.cancel().catch(noop);
      const [request, sentAt] = replay;
      const { signal } = request;
      // Unless a refresh completed since this request got its token, ask for a fresh one.
      if (sentAt === generation) {
        // A `.finally` callback, unlike a `finally` block inside, runs after the assignment even
        // when getToken throws at once, so a failed refresh never stays in place.
        refreshing ??= (async () => {
          refreshed = await getToken?.({ refresh: true });
          generation += 1;
        })().finally(() => {
          refreshing = undefined;
        });
        try {
          await untilAborted(refreshing, signal);
        } catch (error) {
          // The caller's abort or timeout maps as a fetch's would; getToken's errors pass.
          throw signal.aborted ? toFetchError(signal.reason) : error;
        }
      }
      request.headers.set('Authorization', `Bearer ${refreshed}`);
      try {
        return await options.fetch(request);
      } catch (error) {
        // This fetch happens outside openapi-fetch's onError chain: map its failure here.
        throw toFetchError(error);
      }
    },

    onError({ id }) {
      replays.delete(id);
      return undefined;
    },
  };
}
