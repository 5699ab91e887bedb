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

interface Replay {
  /** An unsent copy of the request, to resend with a fresh token. */
  request: Request;
  /** How many refreshes had completed when the request got its token. */
  generation: number;
}

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
  let refreshing: Promise<string> | undefined;

  const refresh = (): Promise<string> => {
    refreshing ??= (async () => {
      try {
        const fresh = await getToken!({ refresh: true });
        refreshed = fresh;
        generation += 1;
        return fresh;
      } finally {
        refreshing = undefined;
      }
    })();
    return refreshing;
  };

  return {
    async onRequest({ request, id }) {
      if (request.headers.has('Authorization')) return undefined;
      const sentAt = generation;
      const value = getToken ? await getToken({ refresh: false, signal: request.signal }) : token;
      if (!value) return undefined;
      request.headers.set('Authorization', `Bearer ${value}`);
      if (getToken) replays.set(id, { request: request.clone(), generation: sentAt });
      return undefined;
    },

    async onResponse({ response, id, options }) {
      const replay = replays.get(id);
      replays.delete(id);
      if (response.status !== 401 || !replay || !getToken) return undefined;
      await response.body?.cancel().catch(noop);
      const { signal } = replay.request;
      let fresh = refreshed;
      if (replay.generation === generation || fresh === undefined) {
        try {
          fresh = await untilAborted(refresh(), signal);
        } catch (error) {
          // The caller's abort or timeout maps as a fetch's would; getToken's errors pass.
          throw signal.aborted ? toFetchError(signal.reason) : error;
        }
      }
      replay.request.headers.set('Authorization', `Bearer ${fresh}`);
      try {
        return await options.fetch(replay.request);
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
