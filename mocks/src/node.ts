/**
 * `@clientele/mocks/node`: the mock backend behind MSW's `setupServer`, for Node tests and
 * scripts. `fetch` (and any client built on it) is intercepted once `server.listen()` runs.
 *
 * ```ts
 * const { server, backend } = createMockServer({ baseUrl: 'http://mock.test/api' });
 * server.listen({ onUnhandledFrame: 'error' });
 * ```
 */
import { setupServer } from 'msw/node';
import { createMockBackend, type MockBackend, type MockBackendOptions } from './index.ts';

export function createMockServer(options: MockBackendOptions = {}): {
  server: ReturnType<typeof setupServer>;
  backend: MockBackend;
} {
  const backend = createMockBackend(options);
  return { server: setupServer(...backend.handlers), backend };
}

export * from './index.ts';
