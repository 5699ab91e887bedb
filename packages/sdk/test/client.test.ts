import type { Middleware } from 'openapi-fetch';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  ApiError,
  type Client,
  type ClientCreate,
  createClient,
  type Invoice,
  isAbortError,
  isApiError,
  type Me,
  NetworkError,
  TimeoutError,
} from '../src/index.ts';
import { BASE_URL, fakeFetch, hang, json, networkDown, problem } from './support/fake-fetch.ts';

const ME: Me = {
  id: 'usr_1',
  name: 'Ada Admin',
  email: 'ada@example.test',
  role: 'admin',
  permissions: ['clients.read'],
  locale: 'en',
};

const NEW_CLIENT: ClientCreate = {
  first_name: 'Grace',
  last_name: 'Hopper',
  email: 'g@example.test',
  country: 'US',
  currency: 'USD',
  tax_exempt: false,
};

/** Instant, recorded waits between retries. */
function instantRetry() {
  const delays: number[] = [];
  return {
    delays,
    retry: {
      sleep: async (ms: number) => {
        delays.push(ms);
      },
      random: () => 0,
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createClient', () => {
  it('calls the API under baseUrl with the bearer token and resolves with data', async () => {
    const fake = fakeFetch(() => json(ME));
    const client = createClient({ baseUrl: BASE_URL, token: 'admin-token', fetch: fake.fetch });

    const { data } = await client.GET('/me');

    expectTypeOf(data).toEqualTypeOf<Me | undefined>();
    expect(data).toEqual(ME);
    expect(fake.requests[0]?.url.href).toBe(`${BASE_URL}/me`);
    expect(fake.requests[0]?.headers.get('Authorization')).toBe('Bearer admin-token');
  });

  it('looks up globalThis.fetch at request time, so MSW can patch it later', async () => {
    const client = createClient({ baseUrl: BASE_URL, token: 't' });
    const fake = fakeFetch(() => json(ME));
    vi.stubGlobal('fetch', fake.fetch);

    const { data } = await client.GET('/me');

    expect(data?.name).toBe('Ada Admin');
    expect(fake.requests).toHaveLength(1);
  });

  it('sends the configured headers', async () => {
    const fake = fakeFetch(() => json(ME));
    const client = createClient({
      baseUrl: BASE_URL,
      fetch: fake.fetch,
      headers: { 'Accept-Language': 'de' },
    });

    await client.GET('/me');

    expect(fake.requests[0]?.headers.get('Accept-Language')).toBe('de');
    expect(fake.requests[0]?.headers.has('Authorization')).toBe(false);
  });

  it('rejects a non-2xx response with ApiError', async () => {
    const fake = fakeFetch(() =>
      problem(404, { type: 'https://clientele.dev/problems/not-found', title: 'Not found' }),
    );
    const client = createClient({ baseUrl: BASE_URL, token: 't', fetch: fake.fetch });

    const error = await client
      .GET('/clients/{client_id}', { params: { path: { client_id: 'cl_0000000000000000' } } })
      .catch((e: unknown) => e);

    expect(isApiError(error, 404)).toBe(true);
    expect(error).toMatchObject({ type: 'https://clientele.dev/problems/not-found' });
  });

  it('retries a POST with the same Idempotency-Key and body', async () => {
    const fake = fakeFetch(
      networkDown,
      () => problem(503),
      () => json({ id: 'cl_1' }, { status: 201 }),
    );
    const { delays, retry } = instantRetry();
    const client = createClient({ baseUrl: BASE_URL, token: 't', fetch: fake.fetch, retry });

    const { data } = await client.POST('/clients', { body: NEW_CLIENT });

    expect(data?.id).toBe('cl_1');
    expect(delays).toHaveLength(2);
    const keys = new Set(fake.requests.map((r) => r.headers.get('Idempotency-Key')));
    expect(keys.size).toBe(1);
    expect([...keys][0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(fake.requests.map((r) => r.body))).toEqual(
      new Set([JSON.stringify(NEW_CLIENT)]),
    );
  });

  it('does not retry with retry: false', async () => {
    const fake = fakeFetch(
      () => problem(503),
      () => json(ME),
    );
    const client = createClient({ baseUrl: BASE_URL, fetch: fake.fetch, retry: false });

    await expect(client.GET('/me')).rejects.toMatchObject({ status: 503 });
    expect(fake.requests).toHaveLength(1);
  });

  it('surfaces a network failure after the retries as NetworkError', async () => {
    const fake = fakeFetch(networkDown);
    const { retry } = instantRetry();
    const client = createClient({ baseUrl: BASE_URL, fetch: fake.fetch, retry });

    await expect(client.GET('/me')).rejects.toBeInstanceOf(NetworkError);
    expect(fake.requests).toHaveLength(3);
  });

  it('refreshes the token after a 401 and resends the POST with the same key', async () => {
    const fake = fakeFetch(
      () => problem(401, { title: 'Unauthorized' }),
      () => json({ id: 'cl_2' }, { status: 201 }),
    );
    const getToken = vi.fn(({ refresh }: { refresh: boolean }) =>
      Promise.resolve(refresh ? 'fresh' : 'stale'),
    );
    const client = createClient({ baseUrl: BASE_URL, getToken, fetch: fake.fetch });

    const { data } = await client.POST('/clients', { body: NEW_CLIENT });

    expect(data?.id).toBe('cl_2');
    expect(fake.requests.map((r) => r.headers.get('Authorization'))).toEqual([
      'Bearer stale',
      'Bearer fresh',
    ]);
    const [first, second] = fake.requests.map((r) => r.headers.get('Idempotency-Key'));
    expect(second).toBe(first);
    expect(fake.requests[1]?.body).toBe(JSON.stringify(NEW_CLIENT));
  });

  it('prefers getToken over token', async () => {
    const fake = fakeFetch(() => json(ME));
    const client = createClient({
      baseUrl: BASE_URL,
      token: 'static',
      getToken: () => 'dynamic',
      fetch: fake.fetch,
    });

    await client.GET('/me');

    expect(fake.requests[0]?.headers.get('Authorization')).toBe('Bearer dynamic');
  });

  it('rejects with TimeoutError when timeoutMs passes', async () => {
    const client = createClient({ baseUrl: BASE_URL, fetch: fakeFetch(hang).fetch, timeoutMs: 1 });

    const error = await client.GET('/me').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 1 });
  });

  it('rejects with the standard AbortError when the caller aborts, whatever the reason', async () => {
    const controller = new AbortController();
    const fake = fakeFetch(hang);
    const client = createClient({ baseUrl: BASE_URL, fetch: fake.fetch, timeoutMs: 0 });

    const call = client.GET('/me', { signal: controller.signal });
    await expect.poll(() => fake.requests.length).toBe(1);
    controller.abort('left the page');
    const error = await call.catch((e: unknown) => e);

    expect(isAbortError(error)).toBe(true);
    expect(fake.requests[0]?.signal.aborted).toBe(true);
  });

  it('maps a caller abort during the retry wait to AbortError', async () => {
    const controller = new AbortController();
    const fake = fakeFetch(() => problem(503));
    const client = createClient({
      baseUrl: BASE_URL,
      fetch: fake.fetch,
      retry: {
        sleep: (_ms, signal) => {
          controller.abort();
          return Promise.reject(signal?.reason);
        },
      },
    });

    const error = await client.GET('/me', { signal: controller.signal }).catch((e: unknown) => e);

    expect(isAbortError(error)).toBe(true);
    expect(fake.requests).toHaveLength(1);
  });

  it('wraps request() like the method shortcuts', async () => {
    const fake = fakeFetch(() => problem(403, { title: 'Forbidden' }));
    const client = createClient({ baseUrl: BASE_URL, fetch: fake.fetch });

    await expect(client.request('get', '/me')).rejects.toBeInstanceOf(ApiError);
  });

  it('runs middleware the caller adds with use()', async () => {
    const fake = fakeFetch(() => json(ME));
    const client = createClient({ baseUrl: BASE_URL, fetch: fake.fetch });
    const tracing: Middleware = {
      onRequest({ request }) {
        request.headers.set('X-Trace', 'abc');
        return request;
      },
    };

    client.use(tracing);
    await client.GET('/me');
    client.eject(tracing);
    await client.GET('/me');

    expect(fake.requests.map((r) => r.headers.get('X-Trace'))).toEqual(['abc', null]);
  });

  it('paginates a list path with its path parameters, typed by path', async () => {
    const invoice = (id: string) => ({ id }) as Invoice;
    const fake = fakeFetch(
      () => json({ items: [invoice('inv_1'), invoice('inv_2')], next_cursor: 'c2', total: 3 }),
      () => json({ items: [invoice('inv_3')], next_cursor: null, total: 3 }),
    );
    const client = createClient({ baseUrl: BASE_URL, token: 't', fetch: fake.fetch });

    const invoices = await client
      .paginate('/clients/{client_id}/invoices', {
        params: { path: { client_id: 'cl_1' }, query: { status: ['unpaid'] } },
      })
      .toArray({ limit: 10 });

    expectTypeOf(invoices).toEqualTypeOf<Invoice[]>();
    expect(invoices.map((i) => i.id)).toEqual(['inv_1', 'inv_2', 'inv_3']);
    expect(fake.requests.map((r) => `${r.url.pathname}${r.url.search}`)).toEqual([
      '/api/clients/cl_1/invoices?status=unpaid',
      '/api/clients/cl_1/invoices?status=unpaid&cursor=c2',
    ]);
  });

  it('types the client pages by path', async () => {
    const fake = fakeFetch(() =>
      json({ items: [], next_cursor: null, total: 0, status_counts: {} }),
    );
    const client = createClient({ baseUrl: BASE_URL, fetch: fake.fetch });

    const clients = await client.paginate('/clients').toArray({ limit: 1 });

    expectTypeOf(clients).toEqualTypeOf<Client[]>();
    expect(clients).toEqual([]);
    // @ts-expect-error /me is not a list
    client.paginate('/me');
  });
});
