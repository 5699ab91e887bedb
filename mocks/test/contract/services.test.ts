/**
 * Contract test for a client's services (list, change plan, terminate): every response must
 * validate against specs/openapi.yaml. The shared setup and the coverage rule are in
 * support.ts.
 */
import { describe, expect, it } from 'vitest';
import { TOKENS } from '../../src/index.ts';
import { UNKNOWN_CLIENT, useContract } from './support.ts';

const { call, store } = useContract('services');

describe('contract: services', () => {
  it('services', async () => {
    const record = store.clients.find((r) =>
      r.services.some((s) => s.status === 'active' && s.productId === 'prd_hosting_pro'),
    )!;
    const id = record.client.id;
    for (const r of store.clients.slice(0, 25))
      await call('listClientServices', { params: { client_id: r.client.id } });
    expect(
      (await call('listClientServices', { params: { client_id: UNKNOWN_CLIENT } })).status,
    ).toBe(404);
    expect(
      (await call('listClientServices', { params: { client_id: id }, query: 'cursor=bad!' }))
        .status,
    ).toBe(400);
    const service = record.services.find(
      (s) => s.status === 'active' && s.productId === 'prd_hosting_pro',
    )!;
    const params = { client_id: id, service_id: service.id };
    expect(
      (await call('changeServicePlan', { params, body: { plan_id: 'pln_hosting_pro_y' } })).status,
    ).toBe(200);
    expect(
      (await call('changeServicePlan', { params, body: { plan_id: 'pln_domain_1y' } })).status,
    ).toBe(422);
    expect((await call('changeServicePlan', { params, body: '{' })).status).toBe(400);
    expect(
      (
        await call('changeServicePlan', {
          params,
          body: { plan_id: 'pln_hosting_pro_m' },
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call('changeServicePlan', {
          params: { ...params, service_id: 'svc_missing' },
          body: { plan_id: 'x' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call('terminateService', {
          params,
          body: { reason: 'Client asked' },
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    expect((await call('terminateService', { params, body: { reason: 1 } })).status).toBe(422);
    expect((await call('terminateService', { params, body: 'x' })).status).toBe(400);
    expect((await call('terminateService', { params })).status).toBe(200);
    expect((await call('terminateService', { params, body: {} })).status).toBe(409);
    expect(
      (await call('changeServicePlan', { params, body: { plan_id: 'pln_hosting_pro_m' } })).status,
    ).toBe(409);
    expect(
      (
        await call('terminateService', {
          params: { client_id: UNKNOWN_CLIENT, service_id: service.id },
        })
      ).status,
    ).toBe(404);
  });
});
