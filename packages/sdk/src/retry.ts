import { untilAborted } from './abort.ts';
import { noop } from './errors.ts';
import { parseRetryAfter } from './retry-after.ts';

/** How failed requests are retried. All fields have defaults; `sleep`, `random` and `now` exist for tests. */
export interface RetryOptions {
  /** Retries after the first attempt (default 2, so at most 3 attempts). */
  maxRetries: number;
  /** Backoff base: attempt n waits a random time in [0, baseDelayMs * 2^n) (default 300). */
  baseDelayMs: number;
  /**
   * Upper bound of any wait (default 10_000). A `Retry-After` asking for longer is not
   * retried: the response reaches the caller, whose `ApiError.retryAfter` says when to try.
   */
  maxDelayMs: number;
  /** Waits `ms`, rejecting with the signal's reason when it aborts. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Returns a number in [0, 1) for the jitter (default `Math.random`). */
  random: () => number;
  /** The current time in ms, for `Retry-After` dates (default `Date.now`). */
  now: () => number;
}

export type FetchLike = (request: Request) => Promise<Response>;

/**
 * Wraps a fetch so that it retries network errors, 5xx and 429 with full-jitter exponential
 * backoff, honouring `Retry-After`. Only requests that are safe to repeat are retried: an
 * idempotent method, or any request carrying an `Idempotency-Key` (resent with the same key).
 * Nothing is retried once the request's signal has aborted, and the waits abort with it.
 */
export function withRetries(fetchFn: FetchLike, options: Partial<RetryOptions> = {}): FetchLike {
  const settings: RetryOptions = {
    maxRetries: 2,
    baseDelayMs: 300,
    maxDelayMs: 10_000,
    sleep: abortableSleep,
    random: Math.random,
    now: Date.now,
    ...options,
  };
  const maxRetries = Math.max(0, Math.floor(settings.maxRetries));

  return async (request) => {
    if (maxRetries === 0 || !isRepeatable(request)) return fetchFn(request);
    // A body can be read once: keep an unsent copy to clone for every resend.
    const pristine = request.clone();
    let attempt: Request = request;
    for (let retry = 0; ; retry += 1) {
      const isLast = retry >= maxRetries;
      // Full jitter: a random wait in [0, min(maxDelayMs, baseDelayMs * 2^retry)).
      const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** retry);
      let delay = Math.floor(settings.random() * ceiling);
      try {
        const response = await fetchFn(attempt);
        if (isLast || !isRetryableStatus(response.status) || request.signal.aborted) {
          return response;
        }
        const asked = parseRetryAfter(response.headers.get('Retry-After'), settings.now);
        // Retrying before the server's time would only be refused again, and waiting longer
        // than maxDelayMs stalls the caller: surface it (ApiError.retryAfter says when).
        if ((asked ?? 0) > settings.maxDelayMs) return response;
        delay = asked ?? delay;
        await response.body?.cancel().catch(noop);
      } catch (error) {
        if (isLast || request.signal.aborted || isAbortLike(error)) throw error;
      }
      await settings.sleep(delay, request.signal);
      attempt = retry + 1 >= maxRetries ? pristine : pristine.clone();
    }
  };
}

/** An idempotent method, or a request the server can deduplicate by its Idempotency-Key. */
export function isRepeatable(request: Request): boolean {
  return (
    /^(GET|HEAD|OPTIONS|PUT|DELETE)$/.test(request.method) || request.headers.has('Idempotency-Key')
  );
}

/** 5xx and 429 only: 400, 401, 403, 404, 409, 412, 422 and the other 4xx never change on retry. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

function isAbortLike(error: unknown): boolean {
  return /^(Abort|Timeout)Error$/.test(String((error as Error | null | undefined)?.name));
}

/** `setTimeout` as a promise that rejects with the signal's reason when the signal aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return untilAborted(
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
    signal,
  ).finally(() => clearTimeout(timer));
}
