/**
 * Contract test for configuration, cloud resources of every kind, domains and activity:
 * every response must validate against specs/openapi.yaml. The shared setup and the coverage
 * rule are in support.ts.
 */
import { CLOUD_RESOURCE_COLLECTIONS } from '@clientele/sdk/enums';
import { describe, expect, it } from 'vitest';
import {
  AS_AUDITOR,
  FOR_UNKNOWN_CLIENT,
  idempotencyKey,
  ifMatch,
  malformedBody,
  type StatusCase,
  useContract,
  WITHOUT_HEADERS,
} from './support.ts';

const { call, expectStatuses, activeId, firstClients, store } = useContract('account');

describe('contract: account', () => {
  it('configuration', async () => {
    const id = activeId();
    const read = await call('getClientConfiguration', { params: { client_id: id } });
    const etag = read.headers.get('etag')!;
    await expectStatuses('getClientConfiguration', {}, [[FOR_UNKNOWN_CLIENT, 404]]);
    const set = {
      params: { client_id: id },
      body: { configuration_id: 'cfg_enterprise' },
      ...ifMatch(etag),
    };
    await expectStatuses('setClientConfiguration', set, [
      [WITHOUT_HEADERS, 428],
      [ifMatch('"g0"'), 412],
      [{ body: { configuration_id: 'cfg_nope' } }, 422],
      [malformedBody(), 400],
      [AS_AUDITOR, 403],
      [FOR_UNKNOWN_CLIENT, 404],
      [{}, 200],
    ]);
  });

  it('cloud resources of every kind, domains and activity', async () => {
    const record = store.clients.find((r) => r.instances.length > 2)!;
    const clients = [record, ...store.clients.slice(0, 10)];
    await expectStatuses(
      'listClientResources',
      {},
      CLOUD_RESOURCE_COLLECTIONS.flatMap((kind) =>
        clients.map((r): StatusCase => [{ params: { client_id: r.client.id, kind } }, 200]),
      ),
    );
    await expectStatuses(
      'listClientResources',
      { params: { client_id: record.client.id, kind: 'ports' } },
      [
        [{ params: { kind: 'buckets' } }, 404],
        [FOR_UNKNOWN_CLIENT, 404],
        [{ query: 'limit=0' }, 400],
      ],
    );

    const id = activeId();
    for (const params of firstClients()) await call('listClientDomains', { params });
    await expectStatuses('listClientDomains', { params: { client_id: id } }, [
      [FOR_UNKNOWN_CLIENT, 404],
      [{ query: 'limit=1000' }, 400],
    ]);
    const domain = { name: 'nimbus-contract.example', years: 2 };
    await expectStatuses(
      'registerClientDomain',
      { params: { client_id: id }, body: { name: 'x-y.example' } },
      [
        [{ body: domain, ...idempotencyKey('dom-1') }, 201],
        [{ body: domain, ...idempotencyKey('dom-1') }, 201], // replayed
        [{ body: { name: domain.name } }, 409], // taken now
        [{ body: { name: 'Not A Domain' } }, 422],
        [malformedBody('}'), 400],
        [AS_AUDITOR, 403],
        [FOR_UNKNOWN_CLIENT, 404],
      ],
    );

    // The same key sent twice at once (a double submit): one domain, the same answer twice.
    const twice = { name: 'nimbus-twice.example' };
    const [first, second] = await Promise.all(
      [1, 2].map(() =>
        call('registerClientDomain', {
          params: { client_id: id },
          body: twice,
          ...idempotencyKey('dom-twice'),
        }),
      ),
    );
    expect([first!.status, second!.status]).toEqual([201, 201]);
    expect(second!.body.id).toBe(first!.body.id);
    const listed = (
      await call('listClientDomains', { params: { client_id: id }, query: 'limit=200' })
    ).body.items as { name: string }[];
    expect(listed.filter((d) => d.name === twice.name)).toHaveLength(1);

    for (const query of [
      'sort=at',
      'sort=-at',
      'category=security',
      'category=billing&category=account',
      'limit=200',
      'actor=alex',
      'impersonated=false',
      'impersonated=true&category=security',
    ]) {
      await call('listClientActivity', { params: { client_id: id }, query });
    }
    for (const params of firstClients())
      await call('listClientActivity', { params, query: 'limit=200' });
    // The actor and impersonation filters select what they say, and nothing else.
    const everything = (
      await call('listClientActivity', { params: { client_id: id }, query: 'limit=200' })
    ).body.items as { actor: { id: string; name: string }; impersonator: unknown }[];
    const someone = everything[0]!.actor;
    const byActor = (
      await call('listClientActivity', {
        params: { client_id: id },
        query: `limit=200&actor=${encodeURIComponent(someone.name.toUpperCase())}`,
      })
    ).body.items as typeof everything;
    expect(byActor.length).toBe(
      everything.filter((e) => e.actor.name.toLowerCase().includes(someone.name.toLowerCase()))
        .length,
    );
    for (const impersonated of [true, false]) {
      const items = (
        await call('listClientActivity', {
          params: { client_id: id },
          query: `limit=200&impersonated=${impersonated}`,
        })
      ).body.items as typeof everything;
      expect(items.every((e) => (e.impersonator !== null) === impersonated)).toBe(true);
      expect(items.length).toBe(
        everything.filter((e) => (e.impersonator !== null) === impersonated).length,
      );
    }
    await expectStatuses('listClientActivity', { params: { client_id: id } }, [
      [{ query: 'impersonated=yes' }, 400],
      [{ query: 'actor=' }, 400],
      [{ query: 'category=fun' }, 400],
      [{ query: 'sort=when' }, 400],
      [FOR_UNKNOWN_CLIENT, 404],
    ]);
  });
});
