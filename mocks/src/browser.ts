/**
 * `@clientele/mocks/browser`: the mock backend in a service worker (MSW's `setupWorker`),
 * for the demo portal, Storybook and browser tests. Requests the handlers do not know
 * (assets, other hosts) pass through untouched.
 *
 * ```ts
 * const { worker, backend } = await startMockWorker({ baseUrl: '/api' });
 * // register the widgets now: their first request is already mocked
 * ```
 */
import { setupWorker } from 'msw/browser';
import { createMockBackend, type MockBackend, type MockBackendOptions } from './index.ts';

export interface MockWorkerOptions extends MockBackendOptions {
  /** Where `mockServiceWorker.js` is served. Default `/mockServiceWorker.js`. */
  readonly serviceWorkerUrl?: string;
  /** Silence MSW's per-request console logging. Default true. */
  readonly quiet?: boolean;
}

export async function startMockWorker(options: MockWorkerOptions = {}): Promise<{
  worker: ReturnType<typeof setupWorker>;
  backend: MockBackend;
}> {
  const { serviceWorkerUrl = '/mockServiceWorker.js', quiet = true, ...backendOptions } = options;
  const backend = createMockBackend(backendOptions);
  const worker = setupWorker(...backend.handlers);
  await worker.start({
    serviceWorker: { url: serviceWorkerUrl },
    quiet,
    onUnhandledFrame: 'bypass',
  });
  return { worker, backend };
}

export * from './index.ts';
