/**
 * `@clientele/mocks`: a spec-true mock backend for the Clientele API. Seeded data in an
 * in-memory store, and MSW handlers typed from the spec's generated `paths`.
 *
 * ```ts
 * const { handlers, store, reset } = createMockBackend({ baseUrl: '/api', seed: 1, size: 300 });
 * // Data that ends today rather than at REFERENCE_TIME (2026-03-01T12:00:00Z):
 * createMockBackend({ referenceTime: new Date() });
 * ```
 */
import type { HttpHandler } from 'msw';
import { createHandlers } from './handlers/index.ts';
import { MockStore, type StoreOptions } from './store.ts';

export interface MockBackendOptions extends StoreOptions {
  /** Where the API is mounted, relative (`/api`) or absolute (`http://mock.test/api`). Default `/api`. */
  readonly baseUrl?: string;
}

export interface MockBackend {
  /** The MSW request handlers, one per operation of the spec. */
  readonly handlers: HttpHandler[];
  /** The in-memory store behind them (read it in tests; change it through the API). */
  readonly store: MockStore;
  /** Back to the seeded data: forgets every change and idempotency key. */
  reset(): void;
}

/** The bearer tokens the mocks accept. */
export const TOKENS = {
  /** Every permission. */
  admin: 'admin-token',
  /** Read-only: `clients.read` and `tickets.read`. */
  auditor: 'auditor-token',
  /** Billing clerk: reads clients, credits and debits units, never below a cutoff. */
  billing: 'billing-token',
  /** Support staff: reads, opens tickets and proposes quota changes (`quotas.request`). */
  support: 'support-token',
} as const;

export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const { baseUrl = '/api', ...storeOptions } = options;
  const store = new MockStore(storeOptions);
  return { handlers: createHandlers(store, baseUrl), store, reset: () => store.reset() };
}

export { type Dataset, type DatasetOptions, generateDataset } from './data/dataset.ts';
export {
  hostReferenceTime,
  REFERENCE_TIME,
  REFERENCE_TIME_ENV,
  type ReferenceTime,
  referenceTimeFromText,
  resolveReferenceTime,
} from './data/model.ts';
export {
  LIST_OPERATIONS,
  type ListOperationId,
  OPERATIONS,
  type OperationInfo,
} from './operations.ts';
export * from './scenarios.ts';
export { MockStore, type StoreOptions } from './store.ts';
