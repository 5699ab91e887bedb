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

/**
 * What a Service Worker registration says when another registration or update of the same
 * scope, or a reload, overtook it (Storybook's docs page starts one worker per story frame):
 * the worker already active keeps answering, so it is no failure of the mocks.
 */
const REGISTRATION_RACE = /Failed to (update|register) a ServiceWorker/;

function isRegistrationRace(reason: unknown): boolean {
  return reason instanceof Error && REGISTRATION_RACE.test(reason.message);
}

let raceGuardInstalled = false;

/**
 * MSW updates an existing registration without awaiting it (`registration.update()`), so a
 * lost race surfaced as an uncaught rejection. This listener runs before any other (capture at
 * the window, registered first by the mocks) and drops that one rejection only.
 */
function ignoreRegistrationRaces(): void {
  if (raceGuardInstalled) return;
  raceGuardInstalled = true;
  window.addEventListener(
    'unhandledrejection',
    (event) => {
      if (!isRegistrationRace(event.reason)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    { capture: true },
  );
}

const START_ATTEMPTS = 3;

export async function startMockWorker(options: MockWorkerOptions = {}): Promise<{
  worker: ReturnType<typeof setupWorker>;
  backend: MockBackend;
}> {
  const { serviceWorkerUrl = '/mockServiceWorker.js', quiet = true, ...backendOptions } = options;
  const backend = createMockBackend(backendOptions);
  ignoreRegistrationRaces();
  for (let attempt = 1; ; attempt++) {
    const worker = setupWorker(...backend.handlers);
    try {
      await worker.start({
        serviceWorker: { url: serviceWorkerUrl },
        quiet,
        onUnhandledFrame: 'bypass',
      });
      return { worker, backend };
    } catch (error) {
      // A registration that lost a race is tried again once the other one has settled.
      if (attempt >= START_ATTEMPTS || !isRegistrationRace(error)) throw error;
      try {
        await worker.stop();
      } catch {
        // Never started: nothing to stop.
      }
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

export * from './index.ts';
