import type { Middleware } from 'openapi-fetch';
import { ApiError, toFetchError } from '../errors.ts';

/**
 * Turns every non-2xx response into a thrown `ApiError` and every fetch failure into a
 * `NetworkError` (aborts stay `AbortError`). With it, a call resolves with data or rejects:
 * `{ error }` is never returned.
 */
export function problemMiddleware(): Middleware {
  return {
    async onResponse({ response }) {
      if (response.ok) return undefined;
      throw await ApiError.fromResponse(response);
    },

    onError({ error }) {
      return toFetchError(error);
    },
  };
}
