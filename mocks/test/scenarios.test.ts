import { delay } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  emptyList,
  failOperation,
  forbidOperation,
  hangOperation,
  networkErrorOperation,
  notFoundOperation,
  rateLimitOperation,
  slowNetwork,
  slowOperation,
} from '../src/index.ts';
import { createMockServer } from '../src/node.ts';
import { api, BASE, useMockServer } from './helpers.ts';

const { server, backend } = useMockServer({ size: 30 });
const opts = { baseUrl: BASE };
const someClient = () => backend.store.clients[0]!.client.id;

describe('scenario helpers', () => {
  it('failOperation answers a problem for that operation only', async () => {
    server.use(failOperation('listClients', { ...opts, status: 503, detail: 'Maintenance' }));
    const failed = await api('/clients');
    expect(failed.status).toBe(503);
    expect(failed.contentType).toBe('application/problem+json');
    expect(failed.body).toMatchObject({
      status: 503,
      detail: 'Maintenance',
      type: 'https://clientele.dev/problems/server-error',
      instance: '/api/clients',
    });
    expect(failed.headers.get('retry-after')).toBe('30');
    expect((await api('/me')).status).toBe(200);
    expect((await api(`/clients/${someClient()}`)).status).toBe(200);
  });

  it('defaults to a 500 and can apply once', async () => {
    server.use(failOperation('getMe', { ...opts, once: true }));
    expect((await api('/me')).status).toBe(500);
    expect((await api('/me')).status).toBe(200);
  });

  it('forbidOperation and notFoundOperation answer 403 and 404 problems', async () => {
    server.use(forbidOperation('updateClientQuotas', opts), notFoundOperation('getClient', opts));
    const forbidden = await api(`/clients/${someClient()}/quotas`, {
      method: 'PUT',
      body: { limits: { instances: 1 } },
    });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.detail).toContain('quotas.update');
    const missing = await api(`/clients/${someClient()}`);
    expect(missing.status).toBe(404);
    expect(missing.body.type).toBe('https://clientele.dev/problems/not-found');
  });

  it('rateLimitOperation answers 429 with Retry-After', async () => {
    server.use(rateLimitOperation('listTickets', { ...opts, retryAfter: 7 }));
    const limited = await api('/tickets');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.body.type).toBe('https://clientele.dev/problems/rate-limited');
  });

  it('emptyList answers empty pages, with zero status counts where the page has them', async () => {
    server.use(
      emptyList('listClients', opts),
      emptyList('listTickets', opts),
      emptyList('listClientInvoices', opts),
    );
    expect((await api('/clients?status=active')).body).toEqual({
      items: [],
      next_cursor: null,
      total: 0,
      status_counts: {
        active: 0,
        inactive: 0,
        suspending: 0,
        suspended: 0,
        deleting: 0,
        closed: 0,
        pending_approval: 0,
      },
    });
    expect((await api('/tickets')).body.status_counts.open).toBe(0);
    expect((await api(`/clients/${someClient()}/invoices`)).body).toEqual({
      items: [],
      next_cursor: null,
      total: 0,
    });
  });

  it('hangOperation never answers', async () => {
    server.use(hangOperation('listRegions', opts));
    const controller = new AbortController();
    const pending = fetch(`${BASE}/regions`, {
      headers: { Authorization: 'Bearer admin-token' },
      signal: controller.signal,
    });
    const winner = await Promise.race([
      pending.then(() => 'answered'),
      delay(100).then(() => 'still waiting'),
    ]);
    expect(winner).toBe('still waiting');
    controller.abort();
    await expect(pending).rejects.toThrow();
  });

  it('networkErrorOperation makes fetch reject', async () => {
    server.use(networkErrorOperation('listFlavors', opts));
    await expect(
      fetch(`${BASE}/flavors`, { headers: { Authorization: 'Bearer admin-token' } }),
    ).rejects.toThrow(TypeError);
  });

  it('slowNetwork and slowOperation delay, then answer normally', async () => {
    server.use(
      slowNetwork({ ...opts, delayMs: 20 }),
      slowOperation('getMe', { ...opts, delayMs: 20 }),
    );
    const me = await api('/me');
    expect(me.status).toBe(200);
    expect(me.body.id).toBe('stf_admin');
    expect((await api('/clients?limit=1')).body.items).toHaveLength(1);
  });
});

describe('@clientele/mocks/node', () => {
  it('createMockServer intercepts fetch for its own base URL', async () => {
    server.close();
    const own = createMockServer({ baseUrl: 'http://other.test/v1', size: 5 });
    own.server.listen({ onUnhandledFrame: 'error' });
    try {
      const response = await fetch('http://other.test/v1/clients', {
        headers: { Authorization: 'Bearer auditor-token' },
      });
      expect(response.status).toBe(200);
      expect((await response.json()).total).toBe(5);
    } finally {
      own.server.close();
      server.listen({ onUnhandledFrame: 'error' });
    }
  });
});
