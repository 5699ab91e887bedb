/**
 * Contract test for quotas (read, update with If-Match, force, reset): every response must
 * validate against specs/openapi.yaml. The shared setup and the coverage rule are in
 * support.ts.
 */
import { describe, expect, it } from 'vitest';
import { QUOTA_RESOURCES } from '../../src/data/details/quotas.ts';
import { TOKENS } from '../../src/index.ts';
import { UNKNOWN_CLIENT, useContract } from './support.ts';

const { call, store } = useContract('quotas');

describe('contract: quotas', () => {
  it('quotas', async () => {
    const record = store.clients.find((r) => r.instances.length > 1)!;
    const id = record.client.id;
    const read = await call('getClientQuotas', { params: { client_id: id } });
    let etag = read.headers.get('etag')!;
    expect((await call('getClientQuotas', { params: { client_id: UNKNOWN_CLIENT } })).status).toBe(
      404,
    );
    expect(
      (await call('getClientQuotas', { params: { client_id: id }, token: TOKENS.auditor })).status,
    ).toBe(200);
    expect(
      (
        await call('updateClientQuotas', {
          params: { client_id: id },
          body: { limits: { instances: 20 } },
        })
      ).status,
    ).toBe(428);
    expect(
      (
        await call('updateClientQuotas', {
          params: { client_id: id },
          body: { limits: { instances: 20 } },
          headers: { 'If-Match': '"q0"' },
        })
      ).status,
    ).toBe(412);
    expect(
      (
        await call('updateClientQuotas', {
          params: { client_id: id },
          body: { limits: { instances: 0 } },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('updateClientQuotas', {
          params: { client_id: id },
          body: { limits: { widgets: 1 } },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('updateClientQuotas', {
          params: { client_id: id },
          body: { limits: { vcpus: -1 } },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('updateClientQuotas', {
          params: { client_id: id },
          body: 'x',
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call('updateClientQuotas', {
          params: { client_id: id },
          body: { limits: { instances: 20 } },
          headers: { 'If-Match': etag },
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call('updateClientQuotas', {
          params: { client_id: UNKNOWN_CLIENT },
          body: { limits: { instances: 20 } },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(404);
    const usage = new Map<string, number>(
      read.body.items.map((q: { resource: string; in_use: number; reserved: number }) => [
        q.resource,
        q.in_use + q.reserved,
      ]),
    );
    const limits = Object.fromEntries(
      QUOTA_RESOURCES.map((r, i) => [r, i % 3 === 0 ? null : usage.get(r)! + 5]),
    );
    const updated = await call('updateClientQuotas', {
      params: { client_id: id },
      body: { limits },
      headers: { 'If-Match': etag },
    });
    expect(updated.status).toBe(200);
    etag = updated.headers.get('etag')!;
    expect(
      (
        await call('updateClientQuotas', {
          params: { client_id: id },
          body: { limits: { instances: 0 }, force: true },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await call('resetClientQuotas', {
          params: { client_id: id },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(412);
    expect(
      (await call('resetClientQuotas', { params: { client_id: id }, token: TOKENS.auditor }))
        .status,
    ).toBe(403);
    expect(
      (await call('resetClientQuotas', { params: { client_id: UNKNOWN_CLIENT } })).status,
    ).toBe(404);
    expect((await call('resetClientQuotas', { params: { client_id: id } })).status).toBe(200);
    for (const r of store.clients.slice(0, 25))
      await call('getClientQuotas', { params: { client_id: r.client.id } });
  });
});
