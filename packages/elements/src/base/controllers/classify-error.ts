import type { ApiError } from '@clientele/sdk';

/** The failure states a load can end in. */
export type FailureState = 'error' | 'forbidden' | 'notFound';

/**
 * The SDK's `ApiError` (or a subclass such as `ConflictError`), told by its documented shape (an
 * `Error` with a numeric `status`) rather than `instanceof`: the widgets then carry none of the
 * SDK's error classes, and an error from another copy of the SDK on the page still counts.
 */
export function asApiError(error: unknown): ApiError | undefined {
  return error instanceof Error && typeof (error as Partial<ApiError>).status === 'number'
    ? (error as ApiError)
    : undefined;
}

/**
 * Classifies a failed load: a 403 problem is `forbidden`, a 404 `notFound`, anything else
 * (other problems, network errors, timeouts, bugs) `error`; a cancelled request (the standard
 * `AbortError`) is `aborted`, which is not an outcome at all.
 */
export function classifyError(error: unknown): FailureState | 'aborted' {
  if ((error as Error | null | undefined)?.name === 'AbortError') return 'aborted';
  const status = asApiError(error)?.status;
  return status === 403 ? 'forbidden' : status === 404 ? 'notFound' : 'error';
}
