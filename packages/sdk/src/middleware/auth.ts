import type { Middleware } from 'openapi-fetch';
import { toFetchError } from '../errors.ts';

export interface TokenContext {
  /** True when the last token was refused (401): return a fresh one, not a cached one. */
  refresh: boolean;
  /** Aborts with the request that needs the token. */
  signal?: AbortSignal;
}

export type GetToken = (context: TokenContext) => string | Promise<string>;

export interface AuthOptions {
  /** A fixed bearer token. */
  token?: string;
  /** Called before every request (cache the token there); takes precedence over `token`. */
  getToken?: GetToken;
}

/**
 * Sends `Authorization: Bearer <token>`. With `getToken`, a 401 asks for a fresh token once
 * (`refresh: true`) and resends the request once; a second 401 is returned as is. A request
 * that already carries an Authorization header is left alone. Tokens are never logged.
 */
export function authMiddleware({ token, getToken }: AuthOptions): Middleware {
  // Unsent copies of the requests that may need resending, by openapi-fetch's request id.
  const replays = new Map<string, Request>();

  return {
    async onRequest({ request, id }) {
      if (request.headers.has('Authorization')) return undefined;
      const value = getToken ? await getToken({ refresh: false, signal: request.signal }) : token;
      if (!value) return undefined;
      request.headers.set('Authorization', `Bearer ${value}`);
      if (getToken) replays.set(id, request.clone());
      return undefined;
    },

    async onResponse({ response, id, options }) {
      const replay = replays.get(id);
      replays.delete(id);
      if (response.status !== 401 || !replay || !getToken) return undefined;
      const fresh = await getToken({ refresh: true, signal: replay.signal });
      replay.headers.set('Authorization', `Bearer ${fresh}`);
      await response.body?.cancel().catch(() => undefined);
      try {
        return await options.fetch(replay);
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
