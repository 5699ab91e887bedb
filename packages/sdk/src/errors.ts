import type { FieldError, Problem } from './generated/openapi.ts';
import { parseRetryAfter } from './retry-after.ts';

/** Base class of every error the SDK itself throws. */
export class ClienteleError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ClienteleError';
  }
}

/**
 * The server answered with a non-2xx status. Built from the RFC 9457 problem body when there
 * is one; any other body still gives an `ApiError`, titled after the status text.
 */
export class ApiError extends ClienteleError {
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
    const problem = isRecord(body) ? (body as Partial<Problem>) : undefined;
    const title =
      stringOrUndefined(problem?.title) ?? (response.statusText || `HTTP ${response.status}`);
    const detail = stringOrUndefined(problem?.detail);
    super(`${title} (HTTP ${response.status})${detail ? `: ${detail}` : ''}`);
    this.name = 'ApiError';
    this.status = response.status;
    this.type = stringOrUndefined(problem?.type) ?? 'about:blank';
    this.title = title;
    this.detail = detail;
    this.instance = stringOrUndefined(problem?.instance);
    this.errors = Array.isArray(problem?.errors) ? problem.errors.filter(isFieldError) : [];
    this.requestId =
      stringOrUndefined(problem?.request_id) ?? response.headers.get('X-Request-Id') ?? undefined;
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), now);
    this.retryAfter = retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000);
    this.problem = problem;
    this.response = response;
  }

  /** Reads the body (from a clone, so `response` stays readable) and builds the error. */
  static async fromResponse(response: Response): Promise<ApiError> {
    return new ApiError(response, await readBody(response));
  }
}

/** The request never got a response: DNS, connection, CORS, or an offline browser. */
export class NetworkError extends ClienteleError {
  constructor(message = 'The request failed before a response arrived', options?: ErrorOptions) {
    super(message, options);
    this.name = 'NetworkError';
  }
}

/** The request (including its retries) took longer than the client's `timeoutMs`. */
export class TimeoutError extends NetworkError {
  readonly timeoutMs: number | undefined;

  constructor(timeoutMs?: number, options?: ErrorOptions) {
    super(
      timeoutMs === undefined
        ? 'The request timed out'
        : `The request timed out after ${timeoutMs} ms`,
      options,
    );
    this.name = 'TimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

/** True when `error` is an `ApiError` (with the given status, when one is passed). */
export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** True for the standard abort rejection (`DOMException` named `AbortError`). */
export function isAbortError(error: unknown): error is DOMException {
  return hasName(error, 'AbortError');
}

/** The rejection of an `AbortSignal.timeout()` signal. */
function isTimeoutReason(error: unknown): boolean {
  return hasName(error, 'TimeoutError') && !(error instanceof ClienteleError);
}

/** The caller's abort, as the standard `AbortError` whatever reason they aborted with. */
export function abortErrorFrom(reason: unknown): DOMException {
  return isAbortError(reason)
    ? reason
    : new DOMException('This operation was aborted', 'AbortError');
}

/**
 * Maps what a `fetch` rejected with to the SDK's errors: aborts stay the standard
 * `AbortError`, an `AbortSignal.timeout()` becomes `TimeoutError`, anything else `NetworkError`.
 * Pass the caller's own signal when known: once it aborted, every failure is an `AbortError`.
 */
export function toFetchError(error: unknown, callerSignal?: AbortSignal): Error {
  if (callerSignal?.aborted) return abortErrorFrom(callerSignal.reason);
  if (error instanceof ClienteleError || isAbortError(error)) return error;
  if (isTimeoutReason(error)) return new TimeoutError(undefined, { cause: error });
  return new NetworkError(undefined, { cause: error });
}

async function readBody(response: Response): Promise<unknown> {
  let text: string;
  try {
    text = await response.clone().text();
  } catch {
    return undefined;
  }
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function hasName(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function isFieldError(value: unknown): value is FieldError {
  return (
    isRecord(value) &&
    typeof value.field === 'string' &&
    typeof value.code === 'string' &&
    typeof value.message === 'string'
  );
}
