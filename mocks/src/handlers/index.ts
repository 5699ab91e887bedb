/**
 * All handlers, one factory per domain (as Grafana's mocks do), combined into the one list
 * `createMockBackend` returns.
 */
import type { HttpHandler } from 'msw';
import type { MockStore } from '../store.ts';
import { accountHandlers } from './account.ts';
import { authenticationHandlers } from './authentication.ts';
import { billingHandlers } from './billing.ts';
import { clientActionHandlers } from './client-actions.ts';
import { clientTransitionHandlers } from './client-transitions.ts';
import { clientHandlers } from './clients.ts';
import { meHandlers } from './me.ts';
import { quotaRequestHandlers } from './quota-requests.ts';
import { quotaHandlers } from './quotas.ts';
import { referenceHandlers } from './reference.ts';
import { createHttp } from './route.ts';
import { serviceHandlers } from './services.ts';
import { ticketHandlers } from './tickets.ts';
import { unitHandlers } from './units.ts';
import { userHandlers } from './users.ts';

export function createHandlers(store: MockStore, baseUrl = '/api'): HttpHandler[] {
  const http = createHttp(baseUrl);
  return [
    ...meHandlers(http, store),
    ...clientHandlers(http, store),
    ...clientTransitionHandlers(http, store),
    ...clientActionHandlers(http, store),
    ...referenceHandlers(http, store),
    ...billingHandlers(http, store),
    ...serviceHandlers(http, store),
    ...userHandlers(http, store),
    ...accountHandlers(http, store),
    ...ticketHandlers(http, store),
    ...quotaHandlers(http, store),
    ...quotaRequestHandlers(http, store),
    ...unitHandlers(http, store),
    ...authenticationHandlers(http, store),
  ];
}
