/**
 * Contract test for quota change requests (list, propose, approve with If-Match, reject): every
 * response must validate against specs/openapi.yaml. The shared setup and the coverage rule are
 * in support.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  AS_AUDITOR,
  AS_SUPPORT,
  FOR_UNKNOWN_CLIENT,
  idempotencyKey,
  ifMatch,
  malformedBody,
  useContract,
  WITHOUT_HEADERS,
} from './support.ts';

const { call, expectStatuses, firstClients, store } = useContract('quota-requests');

describe('contract: quota-requests', () => {
  it('quota change requests', async () => {
    const record = store.clients.find((r) => r.instances.length > 1)!;
    const client = { params: { client_id: record.client.id } };
    await expectStatuses('listClientQuotaRequests', client, [
      [{ query: 'status=pending' }, 200],
      [{ query: 'status=maybe' }, 400],
      [AS_AUDITOR, 200],
      [FOR_UNKNOWN_CLIENT, 404],
    ]);
    const propose = {
      ...client,
      body: { limits: { vcpus: 64, floating_ips: null }, reason: 'Migration next week.' },
    };
    const created = await expectStatuses('createClientQuotaRequest', propose, [
      [AS_AUDITOR, 403],
      [{ body: { limits: { vcpus: -1 }, reason: 'Nope' } }, 422],
      [{ body: { limits: { vcpus: 4 }, reason: '' } }, 422],
      [{ body: { limits: {}, reason: 'Nothing' } }, 422],
      [malformedBody(), 400],
      [FOR_UNKNOWN_CLIENT, 404],
      [{ ...AS_SUPPORT, ...idempotencyKey('qr-once') }, 201],
      [{ ...AS_SUPPORT, ...idempotencyKey('qr-once') }, 201], // replayed
      [
        { ...AS_SUPPORT, ...idempotencyKey('qr-once'), body: { ...propose.body, reason: 'Other' } },
        422,
      ],
      [{ body: { limits: { instances: 0 }, reason: 'Shrink it' } }, 201],
    ]);
    const first = created[6]!.body;
    expect(created[7]!.body).toEqual(first);
    expect(created[7]!.headers.get('idempotent-replayed')).toBe('true');
    expect(first).toMatchObject({ status: 'pending', requested_by: { id: 'stf_support' } });
    const shrink = created.at(-1)!.body;

    const etag = (await call('getClientQuotas', client)).headers.get('etag')!;
    const approve = { params: { ...client.params, request_id: first.id }, ...ifMatch(etag) };
    const approved = await expectStatuses('approveClientQuotaRequest', approve, [
      [WITHOUT_HEADERS, 428],
      [ifMatch('"q0"'), 412],
      [AS_SUPPORT, 403],
      [{ params: { request_id: 'qr_nope' } }, 404],
      [malformedBody('x'), 400],
      [{}, 200],
      [{}, 409], // decided already
    ]);
    const after = approved[5]!;
    expect(after.body.request).toMatchObject({
      status: 'approved',
      decided_by: { id: 'stf_admin' },
    });
    const vcpus = after.body.quotas.items.find((q: { resource: string }) => q.resource === 'vcpus');
    expect(vcpus.limit).toBe(64);
    expect(after.headers.get('etag')).not.toBe(etag);

    // A limit below usage needs force, as a direct update does.
    const current = ifMatch(after.headers.get('etag')!);
    await expectStatuses(
      'approveClientQuotaRequest',
      { params: { ...client.params, request_id: shrink.id }, ...current },
      [
        [{}, 422],
        [{ body: { force: true } }, 200],
      ],
    );

    const another = await call('createClientQuotaRequest', {
      ...propose,
      ...AS_SUPPORT,
      body: { limits: { ports: 80 }, reason: 'More ports please.' },
    });
    const reject = {
      params: { ...client.params, request_id: another.body.id },
      body: { reason: 'Attach the capacity plan.' },
    };
    const rejected = await expectStatuses('rejectClientQuotaRequest', reject, [
      [AS_SUPPORT, 403],
      [{ body: { reason: '' } }, 422],
      [{ params: { request_id: 'qr_nope' } }, 404],
      [{}, 200],
      [{}, 409],
    ]);
    expect(rejected[3]!.body).toMatchObject({
      status: 'rejected',
      decision_reason: 'Attach the capacity plan.',
    });
    const pending = await call('listClientQuotaRequests', { ...client, query: 'status=pending' });
    expect(pending.body.items.map((r: { id: string }) => r.id)).not.toContain(another.body.id);
    for (const params of firstClients()) await call('listClientQuotaRequests', { params });
  });
});
