import type { RequestHandler } from 'msw';

/** Story parameters understood by the mock loader. */
export interface MockParameters {
  /** Handlers that take precedence for this story (see the scenarios of `@clientele/mocks`). */
  handlers?: RequestHandler[];
  /** Persona whose token the provider uses: `admin` (default), `auditor` or `support`. */
  persona?: 'admin' | 'auditor' | 'support';
}

type Started = Awaited<ReturnType<typeof import('@clientele/mocks/browser').startMockWorker>>;
let started: Promise<Started> | undefined;

/**
 * Starts the mock service worker once, then gives every story fresh seeded data and only
 * its own scenario handlers, so stories never see each other's changes.
 */
export async function mockLoader({ parameters }: { parameters: { mocks?: MockParameters } }) {
  // A start that failed is not kept: the next story tries again instead of failing the same way.
  started ??= import('@clientele/mocks/browser')
    .then(({ startMockWorker }) => startMockWorker({ baseUrl: '/api' }))
    .catch((error: unknown) => {
      started = undefined;
      throw error;
    });
  const { worker, backend } = await started;
  backend.reset();
  // resetHandlers() drops runtime overrides only; passing handlers to it would replace the
  // backend's own, so scenario handlers are prepended with use().
  worker.resetHandlers();
  worker.use(...(parameters.mocks?.handlers ?? []));
  return {};
}
