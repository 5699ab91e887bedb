/**
 * Contract test for configuration, cloud resources of every kind, domains and activity:
 * every response must validate against specs/openapi.yaml. The shared setup and the coverage
 * rule are in support.ts.
 */
import { describe, expect, it } from 'vitest';
import { TOKENS } from '../../src/index.ts';
import { UNKNOWN_CLIENT, useContract } from './support.ts';

const { call, activeId, store } = useContract('account');

describe('contract: account', () => {
  it('configuration', async () => {
    const id = activeId();
    const read = await call('getClientConfiguration', { params: { client_id: id } });
    const etag = read.headers.get('etag')!;
    expect(
      (await call('getClientConfiguration', { params: { client_id: UNKNOWN_CLIENT } })).status,
    ).toBe(404);
    expect(
      (
        await call('setClientConfiguration', {
          params: { client_id: id },
          body: { configuration_id: 'cfg_enterprise' },
        })
      ).status,
    ).toBe(428);
    expect(
      (
        await call('setClientConfiguration', {
          params: { client_id: id },
          body: { configuration_id: 'cfg_enterprise' },
          headers: { 'If-Match': '"g0"' },
        })
      ).status,
    ).toBe(412);
    expect(
      (
        await call('setClientConfiguration', {
          params: { client_id: id },
          body: { configuration_id: 'cfg_nope' },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('setClientConfiguration', {
          params: { client_id: id },
          body: '{',
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call('setClientConfiguration', {
          params: { client_id: id },
          body: { configuration_id: 'cfg_enterprise' },
          headers: { 'If-Match': etag },
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call('setClientConfiguration', {
          params: { client_id: UNKNOWN_CLIENT },
          body: { configuration_id: 'cfg_enterprise' },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call('setClientConfiguration', {
          params: { client_id: id },
          body: { configuration_id: 'cfg_enterprise' },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(200);
  });

  it('cloud resources of every kind, domains and activity', async () => {
    const record = store.clients.find((r) => r.instances.length > 2)!;
    for (const kind of [
      'instances',
      'volumes',
      'networks',
      'routers',
      'ssh-keys',
      'images',
      'ports',
    ]) {
      for (const r of [record, ...store.clients.slice(0, 10)]) {
        expect(
          (await call('listClientResources', { params: { client_id: r.client.id, kind } })).status,
        ).toBe(200);
      }
    }
    expect(
      (
        await call('listClientResources', {
          params: { client_id: record.client.id, kind: 'buckets' },
        })
      ).status,
    ).toBe(404);
    expect(
      (await call('listClientResources', { params: { client_id: UNKNOWN_CLIENT, kind: 'ports' } }))
        .status,
    ).toBe(404);
    expect(
      (
        await call('listClientResources', {
          params: { client_id: record.client.id, kind: 'ports' },
          query: 'limit=0',
        })
      ).status,
    ).toBe(400);

    const id = activeId();
    for (const r of store.clients.slice(0, 25))
      await call('listClientDomains', { params: { client_id: r.client.id } });
    expect(
      (await call('listClientDomains', { params: { client_id: UNKNOWN_CLIENT } })).status,
    ).toBe(404);
    expect(
      (await call('listClientDomains', { params: { client_id: id }, query: 'limit=1000' })).status,
    ).toBe(400);
    expect(
      (
        await call('registerClientDomain', {
          params: { client_id: id },
          body: { name: 'nimbus-contract.example', years: 2 },
          headers: { 'Idempotency-Key': 'dom-1' },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call('registerClientDomain', {
          params: { client_id: id },
          body: { name: 'nimbus-contract.example', years: 2 },
          headers: { 'Idempotency-Key': 'dom-1' },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call('registerClientDomain', {
          params: { client_id: id },
          body: { name: 'nimbus-contract.example' },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await call('registerClientDomain', {
          params: { client_id: id },
          body: { name: 'Not A Domain' },
        })
      ).status,
    ).toBe(422);
    expect(
      (await call('registerClientDomain', { params: { client_id: id }, body: '}' })).status,
    ).toBe(400);
    expect(
      (
        await call('registerClientDomain', {
          params: { client_id: id },
          body: { name: 'x-y.example' },
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call('registerClientDomain', {
          params: { client_id: UNKNOWN_CLIENT },
          body: { name: 'x-y.example' },
        })
      ).status,
    ).toBe(404);

    for (const query of [
      'sort=at',
      'sort=-at',
      'category=security',
      'category=billing&category=account',
      'limit=200',
    ]) {
      await call('listClientActivity', { params: { client_id: id }, query });
    }
    for (const r of store.clients.slice(0, 25))
      await call('listClientActivity', { params: { client_id: r.client.id }, query: 'limit=200' });
    expect(
      (await call('listClientActivity', { params: { client_id: id }, query: 'category=fun' }))
        .status,
    ).toBe(400);
    expect(
      (await call('listClientActivity', { params: { client_id: id }, query: 'sort=when' })).status,
    ).toBe(400);
    expect(
      (await call('listClientActivity', { params: { client_id: UNKNOWN_CLIENT } })).status,
    ).toBe(404);
  });
});
