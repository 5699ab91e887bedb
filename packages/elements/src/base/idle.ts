/**
 * Runs `run` when the page is next idle, or after `timeout` ms on a page that never is (where
 * there is no `requestIdleCallback`, in a task of its own): work that makes a later step
 * cheaper (formatters, templates) done while a request is under way.
 */
export function whenIdle(run: () => void, timeout = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout });
  else setTimeout(run);
}
