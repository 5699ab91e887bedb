import { createMockServer, TOKENS } from '@clientele/mocks/node';
import createOpenApiClient, { type Client } from 'openapi-fetch';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { ApiError, createClient, type paths, type QuotaSet } from '../src/index.ts';
import {
  type ConflictError,
  isConflict,
  readVersioned,
  updateVersioned,
  type VersionedPath,
  type VersionedUpdatePath,
} from '../src/versioned.ts';

// Versioned edits against the mock backend over MSW: the server's ETags, 412 and 428.

const BASE_URL = 'http://mock.test/api';
const { server, backend } = createMockServer({ baseUrl: BASE_URL, size: 40 });

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  server.resetHandlers();
  backend.reset();
});
afterAll(() => server.close());

const api = () =>
  createClient({ baseUrl: BASE_URL, token: TOKENS.admin, retry: { sleep: async () => {} } });

async function firstClientId(): Promise<string> {
  const { data } = await api().GET('/clients', { params: { query: { limit: 1 } } });
  const id = data?.items[0]?.id;
  if (!id) throw new Error('the mock backend has no clients');
  return id;
}

const limitOf = (quotas: QuotaSet, resource: string) =>
  quotas.items.find((q) => q.resource === resource)?.limit;

describe('readVersioned / updateVersioned', () => {
  it('reads a resource with its ETag', async () => {
    const params = { path: { client_id: await firstClientId() } };
    const quotas = await readVersioned(api(), '/clients/{client_id}/quotas', { params });
    expectTypeOf(quotas.data).toEqualTypeOf<QuotaSet>();
    expect(quotas.etag).toMatch(/^"|^W\//);
    expect(quotas.data.items.length).toBeGreaterThan(0);
  });

  it('sends the change with If-Match and resolves with the new version', async () => {
    const client = api();
    const params = { path: { client_id: await firstClientId() } };
    const read = await readVersioned(client, '/clients/{client_id}/quotas', { params });
    const updated = await updateVersioned(client, 'PUT', '/clients/{client_id}/quotas', {
      params,
      body: { limits: { floating_ips: null, instances: 500 } },
      etag: read.etag,
    });
    expectTypeOf(updated.data).toEqualTypeOf<QuotaSet>();
    expect(updated.etag).not.toBe(read.etag);
    expect(limitOf(updated.data, 'instances')).toBe(500);

    const again = await readVersioned(client, '/clients/{client_id}/quotas', { params });
    expect(again.etag).toBe(updated.etag);
  });

  it('turns a stale ETag into a ConflictError carrying the current version', async () => {
    const client = api();
    const params = { path: { client_id: await firstClientId() } };
    const read = await readVersioned(client, '/clients/{client_id}', { params });
    const theirs = await updateVersioned(client, 'PATCH', '/clients/{client_id}', {
      params,
      body: { city: 'Bonn' },
      etag: read.etag,
    });

    const error = await updateVersioned(client, 'PATCH', '/clients/{client_id}', {
      params,
      body: { city: 'Köln' },
      etag: read.etag,
    }).catch((e: unknown) => e);

    expect(isConflict(error)).toBe(true);
    expect(error).toBeInstanceOf(ApiError);
    const conflict = error as ConflictError<typeof read.data>;
    expect(conflict.status).toBe(412);
    expect(conflict.type).toMatch(/precondition-failed$/);
    expect(conflict.current.etag).toBe(theirs.etag);
    expect(conflict.current.data.city).toBe('Bonn');

    // The current version is the base of a retry that goes through.
    const mine = await updateVersioned(client, 'PATCH', '/clients/{client_id}', {
      params,
      body: { city: 'Köln' },
      etag: conflict.current.etag,
    });
    expect(mine.data.city).toBe('Köln');
  });

  it('passes the server 428 through when the ETag is missing', async () => {
    const params = { path: { client_id: await firstClientId() } };
    const error = await updateVersioned(api(), 'PATCH', '/clients/{client_id}/units/balance', {
      params,
      body: { warn_level: '10' },
      etag: '',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(isConflict(error)).toBe(false);
    expect((error as ApiError).status).toBe(428);
    expect((error as ApiError).type).toMatch(/precondition-required$/);
  });

  it('works with a plain openapi-fetch client (errors returned, not thrown)', async () => {
    const plain = createOpenApiClient<paths>({
      baseUrl: BASE_URL,
      headers: { Authorization: `Bearer ${TOKENS.admin}` },
    });
    const params = { path: { client_id: await firstClientId() } };
    const read = await readVersioned(plain, '/clients/{client_id}/configuration', { params });
    const { data: configurations } = await plain.GET('/configurations');
    const other = configurations?.items.find((c) => c.id !== read.data.configuration.id);
    if (!other) throw new Error('the mock backend has a single configuration');

    const changed = await updateVersioned(plain, 'PUT', '/clients/{client_id}/configuration', {
      params,
      body: { configuration_id: other.id },
      etag: read.etag,
    });
    expect(changed.data.configuration.id).toBe(other.id);

    const error = await updateVersioned(plain, 'PUT', '/clients/{client_id}/configuration', {
      params,
      body: { configuration_id: read.data.configuration.id },
      etag: read.etag,
    }).catch((e: unknown) => e);
    expect(isConflict(error)).toBe(true);
    expect((error as ConflictError).current.etag).toBe(changed.etag);
  });

  it('offers only the paths the spec versions', () => {
    const client = api();
    const params = { path: { client_id: 'cl_1' } };
    const never = () => {
      // @ts-expect-error `/me` carries no ETag
      void readVersioned(client, '/me', {});
      // @ts-expect-error the quotas are changed with PUT, not PATCH
      void updateVersioned(client, 'PATCH', '/clients/{client_id}/quotas', { params, etag: '' });
      void updateVersioned(client, 'PUT', '/clients/{client_id}/quotas', {
        params,
        // @ts-expect-error the body is checked against the spec
        body: { limits: { instances: 'many' } },
        etag: '"1"',
      });
    };
    expect(never).toBeTypeOf('function');
    expectTypeOf<VersionedPath<paths>>().toEqualTypeOf<
      | '/clients/{client_id}'
      | '/clients/{client_id}/authentication'
      | '/clients/{client_id}/configuration'
      | '/clients/{client_id}/quotas'
      | '/clients/{client_id}/units/balance'
    >();
    expectTypeOf<VersionedUpdatePath<paths, 'PUT'>>().toEqualTypeOf<
      '/clients/{client_id}/configuration' | '/clients/{client_id}/quotas'
    >();
    expectTypeOf<VersionedUpdatePath<paths, 'PATCH'>>().toEqualTypeOf<
      '/clients/{client_id}' | '/clients/{client_id}/units/balance'
    >();
    expectTypeOf<VersionedUpdatePath<paths, 'DELETE'>>().toEqualTypeOf<
      '/clients/{client_id}' | '/clients/{client_id}/quotas'
    >();
    expectTypeOf<VersionedUpdatePath<paths, 'POST'>>().toEqualTypeOf<never>();
    expectTypeOf(readVersioned<paths, '/clients/{client_id}'>)
      .parameter(0)
      .toEqualTypeOf<Client<paths>>();
  });
});
