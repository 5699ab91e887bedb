import type { FieldError, Problem } from './generated/openapi.ts';
import { parseRetryAfter } from './retry-after.ts';

/** Base class of every error the SDK itself throws. */
export class ClienteleError extends Error {
  override name = 'ClienteleError';
}

/**
 * The server answered with a non-2xx status. Built from the RFC 9457 problem body when there
 * is one; any other body still gives an `ApiError`, titled after the status text.
 */
export class ApiError extends ClienteleError {
  override name = 'ApiError';
  /** The HTTP status of the response. */
  readonly status: number;
  /** The problem type URI (`about:blank` when the body was not a problem). */
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly instance: string | undefined;
  /** Field-level errors (`[]` when none). */
  readonly errors: readonly FieldError[];
  /** The problem's `request_id`, else the `X-Request-Id` response header. Quote it to support. */
  readonly requestId: string | undefined;
  /** Seconds to wait before trying again, from the `Retry-After` header. */
  readonly retryAfter: number | undefined;
  /** The parsed JSON body, when the body was a JSON object. */
  readonly problem: Partial<Problem> | undefined;
  /** The response; its body is still unread. */
  readonly response: Response;

  constructor(response: Response, body?: unknown, now: () => number = Date.now) {
    const problem =
      typeof body === 'object' && body !== null && !Array.isArray(body)
        ? (body as Partial<Problem>)
        : undefined;
    const { status, headers } = response;
    const title = text(problem?.title) ?? (response.statusText || `HTTP ${status}`);
    const detail = text(problem?.detail);
    super(`${title} (HTTP ${status})${detail ? `: ${detail}` : ''}`);
    this.status = status;
    this.type = text(problem?.type) ?? 'about:blank';
    this.title = title;
    this.detail = detail;
    this.instance = text(problem?.instance);
    this.errors = Array.isArray(problem?.errors) ? problem.errors.filter(isFieldError) : [];
    this.requestId = text(problem?.request_id) ?? headers.get('X-Request-Id') ?? undefined;
    const retryAfterMs = parseRetryAfter(headers.get('Retry-After'), now);
    this.retryAfter = retryAfterMs && Math.ceil(retryAfterMs / 1000);
    this.problem = problem;
    this.response = response;
  }

  /** Reads the body (from a clone, so `response` stays readable) and builds the error. */
  static async fromResponse(response: Response): Promise<ApiError> {
    // An unreadable body counts as none; one that is not JSON stays text.
    const body = await response
      .clone()
      .text()
      .then((body) => {
        try {
          return JSON.parse(body) as unknown;
        } catch {
          return body || undefined;
        }
      }, noop);
    return new ApiError(response, body);
  }
}

/** The request never got a response: DNS, connection, CORS, or an offline browser. */
export class NetworkError extends ClienteleError {
  override name = 'NetworkError';

  constructor(message = 'No response arrived', options?: ErrorOptions) {
    super(message, options);
  }
}

/** The request (including its retries) took longer than the client's `timeoutMs`. */
export class TimeoutError extends NetworkError {
  override name = 'TimeoutError';
  readonly timeoutMs: number | undefined;

  constructor(timeoutMs?: number, options?: ErrorOptions) {
    super(
      `The request timed out${timeoutMs === undefined ? '' : ` after ${timeoutMs} ms`}`,
      options,
    );
    this.timeoutMs = timeoutMs;
  }
}

/** True when `error` is an `ApiError` (with the given status, when one is passed). */
export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** True for the standard abort rejection (`DOMException` named `AbortError`). */
export function isAbortError(error: unknown): error is DOMException {
  return (error as Error | null | undefined)?.name === 'AbortError';
}

/**
 * Maps a rejection to the SDK's errors: once the caller's `signal` aborted, every failure is
 * the standard `AbortError`; SDK errors and aborts stay as they are; an `AbortSignal.timeout()`
 * rejection becomes `TimeoutError` (of `timeoutMs`); anything else is a fetch failure and
 * becomes `NetworkError`, unless `network` is false (a body that is not JSON, getToken's own
 * errors), when it stays as it is.
 */
export function toFetchError(
  error: unknown,
  signal?: AbortSignal | null,
  timeoutMs?: number,
  network = true,
): Error {
  if (signal?.aborted) {
    // The caller's abort, as the standard `AbortError` whatever reason they aborted with.
    const { reason } = signal;
    return isAbortError(reason) ? reason : new DOMException('Aborted', 'AbortError');
  }
  if (error instanceof ClienteleError || isAbortError(error)) return error;
  if ((error as Error | null | undefined)?.name === 'TimeoutError') {
    return new TimeoutError(timeoutMs, { cause: error });
  }
  return network ? new NetworkError(undefined, { cause: error }) : (error as Error);
}

/** Does nothing; for promises whose failure changes nothing (e.g. cancelling an unwanted body). */
export function noop(): undefined {
  return undefined;
}

/** A non-empty string, else `undefined`. */
function text(value: unknown): string | undefined {
  return (typeof value === 'string' && value) || undefined;
}

function isFieldError(value: unknown): value is FieldError {
  return ['field', 'code', 'message'].every(
    (key) => typeof (value as Record<string, unknown> | null)?.[key] === 'string',
  );
}
