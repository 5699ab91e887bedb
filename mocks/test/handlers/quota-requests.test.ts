import { describe, expect, it } from 'vitest';
import { generateQuotaRequests } from '../../src/data/details/quota-requests.ts';
import { TOKENS } from '../../src/index.ts';
import type { QuotaRequest } from '../../src/types.ts';
import { api, useMockServer } from '../helpers.ts';

const { backend } = useMockServer({ size: 120, seed: 21 });
const { store } = backend;

const requestsOf = async (id: string, query = ''): Promise<QuotaRequest[]> =>
  (await api(`/clients/${id}/quota-requests${query}`)).body.items;

/** A client with a seeded pending request. */
async function clientWithPending(): Promise<{ id: string; request: QuotaRequest }> {
  for (const record of store.clients.filter((r) => r.instances.length > 0)) {
    const [request] = await requestsOf(record.client.id, '?status=pending');
    if (request) return { id: record.client.id, request };
  }
  throw new Error('no seeded pending request');
}

describe('quota change requests: seeded data', () => {
  it('are the same for the same seed, whatever the limits were changed to first', async () => {
    const { id, request } = await clientWithPending();
    const read = await api(`/clients/${id}/quotas`);
    await api(`/clients/${id}/quotas`, {
      method: 'PUT',
      body: { limits: { vcpus: 999, instances: 999 } },
      headers: { 'If-Match': read.headers.get('etag')! },
    });
    const record = store.client(id)!;
    const again = generateQuotaRequests(
      store.seed,
      id,
      store.detailsOf(record).quotas,
      true,
      store.referenceTime,
    );
    expect(again.find((r) => r.status === 'pending')).toEqual(request);
  });

  it('give some clients with instances a pending request, raising limits above usage', async () => {
    const withInstances = store.clients.filter((r) => r.instances.length > 0);
    let pending = 0;
    for (const record of withInstances) {
      const requests = await requestsOf(record.client.id);
      const quotas = (await api(`/clients/${record.client.id}/quotas`)).body.items as {
        resource: string;
        limit: number | null;
        in_use: number;
        reserved: number;
      }[];
      for (const request of requests) {
        expect(request.client_id).toBe(record.client.id);
        expect(request.requested_by.id).not.toBe('stf_admin');
        expect((request.status === 'pending') === (request.decided_at === null)).toBe(true);
        for (const [resource, limit] of Object.entries(request.limits)) {
          const quota = quotas.find((q) => q.resource === resource)!;
          expect(limit).toBeGreaterThan(quota.in_use + quota.reserved);
          // A raise: above the seeded limit, unless that is unlimited.
          if (quota.limit !== null) expect(limit).toBeGreaterThan(quota.limit);
        }
      }
      // Newest first.
      const times = requests.map((r) => r.created_at);
      expect(times).toEqual([...times].sort().reverse());
      if (requests.some((r) => r.status === 'pending')) pending++;
    }
    expect(pending).toBeGreaterThan(withInstances.length / 10);
    expect(pending).toBeLessThan(withInstances.length / 2);
    const fresh = store.clients.find((r) => r.instances.length === 0)!;
    expect(await requestsOf(fresh.client.id)).toEqual([]);
  });
});

describe('quota change requests: propose and decide', () => {
  it('a proposal changes nothing; approving applies it with If-Match and records who', async () => {
    const { id } = await clientWithPending();
    const before = await api(`/clients/${id}/quotas`);
    const proposed = await api(`/clients/${id}/quota-requests`, {
      method: 'POST',
      token: TOKENS.support,
      body: { limits: { images: 40, floating_ips: null }, reason: ' Needs more images. ' },
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body.reason).toBe('Needs more images.');
    const unchanged = await api(`/clients/${id}/quotas`);
    expect(unchanged.body).toEqual(before.body);
    expect(unchanged.headers.get('etag')).toBe(before.headers.get('etag'));
    expect((await requestsOf(id, '?status=pending'))[0]!.id).toBe(proposed.body.id);

    const approved = await api(`/clients/${id}/quota-requests/${proposed.body.id}/approve`, {
      method: 'POST',
      headers: { 'If-Match': before.headers.get('etag')! },
    });
    expect(approved.status).toBe(200);
    const limits = new Map(
      approved.body.quotas.items.map((q: { resource: string; limit: number | null }) => [
        q.resource,
        q.limit,
      ]),
    );
    expect(limits.get('images')).toBe(40);
    expect(limits.get('floating_ips')).toBeNull();
    expect((await api(`/clients/${id}/quotas`)).headers.get('etag')).toBe(
      approved.headers.get('etag'),
    );
    const activity = (await api(`/clients/${id}/activity?limit=3`)).body.items.map(
      (e: { action: string }) => e.action,
    );
    expect(activity.slice(0, 2)).toEqual(['quotas.change_approved', 'quotas.change_requested']);
  });

  it('a stale If-Match leaves the request pending; a rejection says why; a reset brings the seeded ones back', async () => {
    const { id, request } = await clientWithPending();
    const stale = await api(`/clients/${id}/quota-requests/${request.id}/approve`, {
      method: 'POST',
      headers: { 'If-Match': '"q999"' },
    });
    expect(stale.status).toBe(412);
    expect((await requestsOf(id, '?status=pending')).map((r) => r.id)).toContain(request.id);
    const rejected = await api(`/clients/${id}/quota-requests/${request.id}/reject`, {
      method: 'POST',
      body: { reason: 'Not this month.' },
    });
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      decision_reason: 'Not this month.',
      decided_by: { id: 'stf_admin', name: 'Alex Admin' },
    });
    backend.reset();
    expect((await requestsOf(id, '?status=pending')).map((r) => r.id)).toContain(request.id);
  });
});
