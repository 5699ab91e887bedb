import { isAbortError, isApiError } from '@clientele/sdk';

/** The failure states a load can end in. */
export type FailureState = 'error' | 'forbidden' | 'notFound';

/**
 * Classifies a failed load: a 403 problem is `forbidden`, a 404 `notFound`, anything else
 * (other problems, network errors, timeouts, bugs) `error`; a cancelled request is
 * `aborted`, which is not an outcome at all.
 */
export function classifyError(error: unknown): FailureState | 'aborted' {
  if (isAbortError(error)) return 'aborted';
  if (isApiError(error)) {
    if (error.status === 403) return 'forbidden';
    if (error.status === 404) return 'notFound';
  }
  return 'error';
}
