import type { Middleware } from 'openapi-fetch';
import { TimeoutError, toFetchError } from '../errors.ts';

export interface TimeoutOptions {
  /** Milliseconds for the whole call, retries and their waits included. */
  timeoutMs: number;
  /** Makes the timeout signal (default `AbortSignal.timeout`); tests pass one they control. */
  timeoutSignal?: (ms: number) => AbortSignal;
}

/**
 * Gives every request a signal that aborts when the caller's signal does or when `timeoutMs`
 * passes. A timeout rejects with `TimeoutError`; a caller abort with the standard
 * `AbortError`, whatever reason the caller gave, so UI code can ignore it.
 */
export function timeoutMiddleware({
  timeoutMs,
  timeoutSignal = (ms) => AbortSignal.timeout(ms),
}: TimeoutOptions): Middleware {
  const sources = new WeakMap<Request, [caller: AbortSignal, timeout: AbortSignal]>();

  return {
    onRequest({ request }) {
      const signals: [AbortSignal, AbortSignal] = [request.signal, timeoutSignal(timeoutMs)];
      const next = new Request(request, { signal: AbortSignal.any(signals) });
      sources.set(next, signals);
      return next;
    },

    onError({ request, error }) {
      const [caller, timeout] = sources.get(request) ?? [];
      if (caller?.aborted) return toFetchError(error, caller);
      if (timeout?.aborted) return new TimeoutError(timeoutMs, { cause: error });
      return undefined;
    },
  };
}
