/**
 * Contract test for the scenario helpers: every response must validate against
 * specs/openapi.yaml. The shared setup and the coverage rule are in support.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  emptyList,
  failOperation,
  forbidOperation,
  LIST_OPERATIONS,
  type ListOperationId,
  notFoundOperation,
  rateLimitOperation,
} from '../../src/index.ts';
import { BASE } from '../helpers.ts';
import { useContract } from './support.ts';

const { call, activeId, server } = useContract('scenarios');

describe('contract: scenarios', () => {
  it('scenario helpers answer what the spec declares', async () => {
    for (const [operationId] of Object.entries(LIST_OPERATIONS) as [ListOperationId, string][]) {
      server.use(emptyList(operationId, { baseUrl: BASE, once: true }));
      const params = { client_id: activeId(), kind: 'instances' };
      const result = await call(operationId, { params });
      expect(result.body.items).toEqual([]);
    }
    server.use(failOperation('listClients', { baseUrl: BASE, once: true }));
    expect((await call('listClients')).status).toBe(500);
    server.use(rateLimitOperation('listTickets', { baseUrl: BASE, retryAfter: 5, once: true }));
    const limited = await call('listTickets');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('5');
    server.use(forbidOperation('getClientQuotas', { baseUrl: BASE, once: true }));
    expect((await call('getClientQuotas', { params: { client_id: activeId() } })).status).toBe(403);
    server.use(notFoundOperation('getClient', { baseUrl: BASE, once: true }));
    expect((await call('getClient', { params: { client_id: activeId() } })).status).toBe(404);
  });
});
