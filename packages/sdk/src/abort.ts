/**
 * Waits for `promise`, but rejects with the signal's reason as soon as `signal` aborts (at
 * once when it already has). The promise itself goes on: a shared token refresh is not
 * cancelled because one of its waiters gave up.
 */
export function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    signal?.throwIfAborted();
    const onAbort = () => reject(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal?.removeEventListener('abort', onAbort));
  });
}
