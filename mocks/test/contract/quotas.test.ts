/**
 * Contract test for quotas (read, update with If-Match, force, reset all or some): every response must
 * validate against specs/openapi.yaml. The shared setup and the coverage rule are in
 * support.ts.
 */
import { describe, expect, it } from 'vitest';
import { QUOTA_RESOURCES } from '../../src/data/details/quotas.ts';
import type { Quota } from '../../src/types.ts';
import {
  AS_AUDITOR,
  FOR_UNKNOWN_CLIENT,
  ifMatch,
  malformedBody,
  useContract,
  WITHOUT_HEADERS,
} from './support.ts';

const { call, expectStatuses, firstClients, store } = useContract('quotas');

describe('contract: quotas', () => {
  it('quotas', async () => {
    const record = store.clients.find((r) => r.instances.length > 1)!;
    const client = { params: { client_id: record.client.id } };
    const read = await call('getClientQuotas', client);
    const etag = read.headers.get('etag')!;
    await expectStatuses('getClientQuotas', client, [
      [FOR_UNKNOWN_CLIENT, 404],
      [AS_AUDITOR, 200],
    ]);
    const usage = new Map<string, number>(
      read.body.items.map((q: { resource: string; in_use: number; reserved: number }) => [
        q.resource,
        q.in_use + q.reserved,
      ]),
    );
    const limits = Object.fromEntries(
      QUOTA_RESOURCES.map((r, i) => [r, i % 3 === 0 ? null : usage.get(r)! + 5]),
    );
    const update = { ...client, body: { limits: { instances: 20 } }, ...ifMatch(etag) };
    const results = await expectStatuses('updateClientQuotas', update, [
      [WITHOUT_HEADERS, 428],
      [ifMatch('"q0"'), 412],
      [{ body: { limits: { instances: 0 } } }, 422], // below usage
      [{ body: { limits: { widgets: 1 } } }, 422],
      [{ body: { limits: { vcpus: -1 } } }, 422],
      [malformedBody('x'), 400],
      [AS_AUDITOR, 403],
      [FOR_UNKNOWN_CLIENT, 404],
      [{ body: { limits } }, 200],
    ]);
    const updated = ifMatch(results.at(-1)!.headers.get('etag')!);
    await expectStatuses('updateClientQuotas', { ...update, ...updated }, [
      [{ body: { limits: { instances: 0 }, force: true } }, 200],
    ]);
    const reset = await expectStatuses('resetClientQuotas', client, [
      [updated, 412], // the etag before the forced update
      [AS_AUDITOR, 403],
      [FOR_UNKNOWN_CLIENT, 404],
      [{ query: 'resource=lasers' }, 400],
      [{ query: 'resource=vcpus&resource=ram_mib' }, 200], // only these two
      [{}, 200],
    ]);
    const [one, all] = reset.slice(-2).map((r) => r.body.items as Quota[]);
    const limitOf = (items: Quota[], resource: string) =>
      items.find((q) => q.resource === resource)!;
    expect(limitOf(one!, 'vcpus').limit).toBe(limitOf(one!, 'vcpus').default_limit);
    expect(limitOf(one!, 'ram_mib').limit).toBe(limitOf(one!, 'ram_mib').default_limit);
    // The forced update set instances to 0 (its default is 10): untouched by the partial reset.
    expect(limitOf(one!, 'instances').limit).toBe(0);
    expect(all!.every((q) => q.limit === q.default_limit)).toBe(true);
    await expectStatuses('updateClientQuotas', update, [
      [
        { ...ifMatch(reset.at(-1)!.headers.get('etag')!), body: { limits: { ports: 2147483648 } } },
        422,
      ],
    ]);
    for (const params of firstClients()) await call('getClientQuotas', { params });
  });
});
