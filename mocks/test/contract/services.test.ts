/**
 * Contract test for a client's services (list, change plan, terminate): every response must
 * validate against specs/openapi.yaml. The shared setup and the coverage rule are in
 * support.ts.
 */
import { describe, expect, it } from 'vitest';
import { AS_AUDITOR, FOR_UNKNOWN_CLIENT, malformedBody, useContract } from './support.ts';

const { call, expectStatuses, firstClients, store } = useContract('services');

describe('contract: services', () => {
  it('services', async () => {
    const isActivePro = (s: { status: string; productId: string }) =>
      s.status === 'active' && s.productId === 'prd_hosting_pro';
    const record = store.clients.find((r) => r.services.some(isActivePro))!;
    const id = record.client.id;
    for (const params of firstClients()) await call('listClientServices', { params });
    await expectStatuses('listClientServices', { params: { client_id: id } }, [
      [FOR_UNKNOWN_CLIENT, 404],
      [{ query: 'cursor=bad!' }, 400],
    ]);
    const service = {
      params: { client_id: id, service_id: record.services.find(isActivePro)!.id },
    };
    await expectStatuses(
      'changeServicePlan',
      { ...service, body: { plan_id: 'pln_hosting_pro_m' } },
      [
        [{ body: { plan_id: 'pln_hosting_pro_y' } }, 200],
        [{ body: { plan_id: 'pln_domain_1y' } }, 422], // another product's plan
        [malformedBody(), 400],
        [AS_AUDITOR, 403],
        [{ params: { service_id: 'svc_missing' }, body: { plan_id: 'x' } }, 404],
      ],
    );
    await expectStatuses('terminateService', service, [
      [{ ...AS_AUDITOR, body: { reason: 'Client asked' } }, 403],
      [{ body: { reason: 1 } }, 422],
      [malformedBody('x'), 400],
      [{}, 200],
      [{ body: {} }, 409], // terminated already
    ]);
    await expectStatuses(
      'changeServicePlan',
      { ...service, body: { plan_id: 'pln_hosting_pro_m' } },
      [
        [{}, 409], // terminated
      ],
    );
    await expectStatuses('terminateService', service, [[FOR_UNKNOWN_CLIENT, 404]]);
  });

  it("names the region of the cloud service's project, and none for other services", async () => {
    const record = store.clients.find(
      (r) => r.instances.length > 0 && r.services.some((s) => s.projectId !== null),
    )!;
    const { body } = await call('listClientServices', {
      params: { client_id: record.client.id },
      query: 'limit=100',
    });
    const services = body.items as { project_id: string | null; region: { id: string } | null }[];
    const cloud = services.filter((s) => s.project_id !== null);
    expect(cloud.length).toBeGreaterThan(0);
    for (const service of cloud) expect(service.region?.id).toBe(record.instances[0]!.regionId);
    for (const service of services.filter((s) => s.project_id === null)) {
      expect(service.region).toBeNull();
    }
  });
});
