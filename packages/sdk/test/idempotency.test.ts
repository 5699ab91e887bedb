import { afterEach, describe, expect, it, vi } from 'vitest';
import { acceptsIdempotencyKey } from '../src/idempotent-operations.ts';
import { idempotencyMiddleware, randomKey } from '../src/middleware/idempotency.ts';
import { withRetries } from '../src/retry.ts';
import { testClient } from './support/client.ts';
import { BASE_URL, fakeFetch, json, problem } from './support/fake-fetch.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const created = () => json({ id: 'th_1', name: 'A' }, { status: 201 });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('idempotency middleware', () => {
  it('adds a random UUID key to a POST', async () => {
    const fake = fakeFetch(created);
    const client = testClient(fake, idempotencyMiddleware());

    await client.POST('/things', { body: { name: 'A' } });

    expect(fake.requests[0]?.headers.get('Idempotency-Key')).toMatch(UUID_V4);
  });

  it('gives every POST its own key', async () => {
    const fake = fakeFetch(created);
    const client = testClient(fake, idempotencyMiddleware());

    await client.POST('/things', { body: { name: 'A' } });
    await client.POST('/things', { body: { name: 'A' } });

    const [first, second] = fake.requests.map((r) => r.headers.get('Idempotency-Key'));
    expect(first).not.toBe(second);
  });

  it('keeps a key the caller chose', async () => {
    const fake = fakeFetch(created);
    const client = testClient(fake, idempotencyMiddleware());

    await client.POST('/things', {
      body: { name: 'A' },
      params: { header: { 'Idempotency-Key': 'my-key' } },
    });

    expect(fake.requests[0]?.headers.get('Idempotency-Key')).toBe('my-key');
  });

  it('leaves other methods without a key', async () => {
    const fake = fakeFetch(() => json({ id: 'th_1', name: 'A' }));
    const client = testClient(fake, idempotencyMiddleware());

    await client.GET('/things');
    await client.PUT('/things', { body: { name: 'A' } });
    await client.PATCH('/things', { body: { name: 'A' } });

    expect(fake.requests.map((r) => r.headers.has('Idempotency-Key'))).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('adds no key to a POST whose operation does not accept one', async () => {
    const fake = fakeFetch(created);
    const client = testClient(
      fake,
      idempotencyMiddleware({ accepts: (path) => path !== '/things' }),
    );

    await client.POST('/things', { body: { name: 'A' } });

    expect(fake.requests[0]?.headers.has('Idempotency-Key')).toBe(false);
  });

  it('uses the injected generator', async () => {
    const fake = fakeFetch(created);
    const client = testClient(fake, idempotencyMiddleware({ generateKey: () => 'fixed' }));

    await client.POST('/things', { body: { name: 'A' } });

    expect(fake.requests[0]?.headers.get('Idempotency-Key')).toBe('fixed');
  });

  it('sends the same key on every retry', async () => {
    const fake = fakeFetch(
      () => problem(503),
      () => problem(503),
      created,
    );
    const client = testClient(fake, idempotencyMiddleware());
    const retrying = withRetries((request) => fake.fetch(request), { sleep: async () => {} });

    const { data } = await client.POST('/things', { body: { name: 'A' }, fetch: retrying });

    expect(data).toEqual({ id: 'th_1', name: 'A' });
    const keys = fake.requests.map((r) => r.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(UUID_V4);
    expect(fake.requests.map((r) => r.body)).toEqual(Array(3).fill('{"name":"A"}'));
    expect(fake.requests[0]?.url.href).toBe(`${BASE_URL}/things`);
  });
});

describe('randomKey', () => {
  it('makes version 4 UUIDs', () => {
    expect(randomKey()).toMatch(UUID_V4);
  });

  it('falls back to getRandomValues where randomUUID is missing (plain http pages)', () => {
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: real.getRandomValues.bind(real) });

    const keys = [randomKey(), randomKey()];

    expect(keys[0]).toMatch(UUID_V4);
    expect(keys[1]).toMatch(UUID_V4);
    expect(keys[0]).not.toBe(keys[1]);
  });
});

describe('acceptsIdempotencyKey', () => {
  it('knows the spec operations that deduplicate by key', () => {
    expect(acceptsIdempotencyKey('/clients/{client_id}/units/entries')).toBe(true);
    expect(acceptsIdempotencyKey('/tickets')).toBe(true);
    expect(acceptsIdempotencyKey('/clients/{client_id}/suspend')).toBe(false);
    expect(acceptsIdempotencyKey('/clients/{client_id}/email')).toBe(false);
  });
});
