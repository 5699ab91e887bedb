import {
  createMockServer,
  failOperation,
  hangOperation,
  networkErrorOperation,
  rateLimitOperation,
  TOKENS,
} from '@clientele/mocks/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError, createClient, isApiError, NetworkError, TimeoutError } from '../src/index.ts';

// The SDK against the mock backend over MSW in Node: real Requests and Responses, the
// spec's status codes, headers and problem bodies.

const BASE_URL = 'http://mock.test/api';
const { server, backend } = createMockServer({ baseUrl: BASE_URL, size: 120 });
const noWait = { sleep: async () => {}, random: () => 0 };

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  server.resetHandlers();
  backend.reset();
});
afterAll(() => server.close());

const api = (options: Partial<Parameters<typeof createClient>[0]> = {}) =>
  createClient({ baseUrl: BASE_URL, token: TOKENS.admin, retry: noWait, ...options });

async function firstClientId(): Promise<string> {
  const { data } = await api().GET('/clients', { params: { query: { limit: 1 } } });
  const id = data?.items[0]?.id;
  if (!id) throw new Error('the mock backend has no clients');
  return id;
}

describe('SDK against the mock backend', () => {
  it('reads the signed-in staff user', async () => {
    const { data } = await api().GET('/me');
    expect(data?.role).toBe('admin');
    expect(data?.permissions).toContain('clients.suspend');
  });

  it('pages through every client with paginate', async () => {
    const client = api();
    const { data: first } = await client.GET('/clients', { params: { query: { limit: 25 } } });
    const all = [];
    for await (const item of client.paginate('/clients', { params: { query: { limit: 25 } } })) {
      all.push(item.id);
    }
    expect(all).toHaveLength(first?.total ?? -1);
    expect(new Set(all).size).toBe(all.length);

    const capped = await client
      .paginate('/clients', { params: { query: { limit: 25, sort: 'company' } } })
      .toArray({ limit: 30 });
    expect(capped).toHaveLength(30);
  });

  it('keeps filters while paging', async () => {
    const suspended = await api()
      .paginate('/clients', { params: { query: { status: ['suspended'], limit: 5 } } })
      .toArray({ limit: 1000 });
    expect(suspended.length).toBeGreaterThan(0);
    expect(suspended.every((client) => client.status === 'suspended')).toBe(true);
  });

  it('turns a 404 problem into an ApiError with the problem fields', async () => {
    const error = await api()
      .GET('/clients/{client_id}', { params: { path: { client_id: 'cl_does_not_exist' } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(isApiError(error, 404)).toBe(true);
    const problem = error as ApiError;
    expect(problem.title).toBeTruthy();
    expect(problem.type).toMatch(/not-found$/);
    expect(problem.requestId).toBeTruthy();
  });

  it('reports field errors of a 422', async () => {
    const error = await api()
      .POST('/clients', {
        body: {
          first_name: '',
          last_name: 'X',
          email: 'not-an-email',
          country: 'DE',
          currency: 'EUR',
        },
      })
      .catch((e: unknown) => e);
    expect(isApiError(error, 422)).toBe(true);
    expect((error as ApiError).errors.map((e) => e.field)).toEqual(
      expect.arrayContaining(['email']),
    );
  });

  it('refreshes the token once after a 401', async () => {
    const getToken = vi.fn(async ({ refresh }: { refresh: boolean }) =>
      refresh ? TOKENS.admin : 'expired-token',
    );
    const { data } = await api({ token: undefined, getToken }).GET('/me');
    expect(data?.role).toBe('admin');
    expect(getToken.mock.calls.map(([ctx]) => ctx.refresh)).toEqual([false, true]);
  });

  it('answers 403 to the read-only auditor and does not retry it', async () => {
    const id = await firstClientId();
    const error = await api({ token: TOKENS.auditor })
      .POST('/clients/{client_id}/suspend', {
        params: { path: { client_id: id } },
        body: { reason: 'staff' },
      })
      .catch((e: unknown) => e);
    expect(isApiError(error, 403)).toBe(true);
  });

  it('refuses a stale If-Match with 412', async () => {
    const id = await firstClientId();
    const client = api();
    const { response } = await client.GET('/clients/{client_id}', {
      params: { path: { client_id: id } },
    });
    const etag = response.headers.get('ETag')!;
    await client.PATCH('/clients/{client_id}', {
      params: { path: { client_id: id }, header: { 'If-Match': etag } },
      body: { city: 'Bonn' },
    });
    const stale = await client
      .PATCH('/clients/{client_id}', {
        params: { path: { client_id: id }, header: { 'If-Match': etag } },
        body: { city: 'Köln' },
      })
      .catch((e: unknown) => e);
    expect(isApiError(stale, 412)).toBe(true);
  });

  it('retries a credit after a network error with the same Idempotency-Key: one entry', async () => {
    const id = await firstClientId();
    const client = api();
    const before = await client.GET('/clients/{client_id}/units/entries', {
      params: { path: { client_id: id } },
    });
    server.use(networkErrorOperation('createClientUnitEntry', { baseUrl: BASE_URL, once: true }));
    const keys: Array<string | null> = [];
    const record = ({ request }: { request: Request }) => {
      if (request.method === 'POST') keys.push(request.headers.get('Idempotency-Key'));
    };
    server.events.on('request:start', record);
    const { data: entry } = await client.POST('/clients/{client_id}/units/entries', {
      params: { path: { client_id: id } },
      body: { kind: 'credit', amount: '10.00', description: 'Goodwill credit' },
    });
    const after = await client.GET('/clients/{client_id}/units/entries', {
      params: { path: { client_id: id } },
    });
    server.events.removeListener('request:start', record);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
    expect(entry?.kind).toBe('credit');
    expect(after.data?.total).toBe((before.data?.total ?? 0) + 1);
  });

  it('replays the first result for a repeated Idempotency-Key', async () => {
    const id = await firstClientId();
    const client = api();
    const init = {
      params: { path: { client_id: id }, header: { 'Idempotency-Key': 'key-42' } },
      body: { kind: 'credit' as const, amount: '5', description: 'Once only' },
    };
    const first = await client.POST('/clients/{client_id}/units/entries', init);
    const second = await client.POST('/clients/{client_id}/units/entries', init);
    expect(second.data?.id).toBe(first.data?.id);
    expect(second.response.headers.get('Idempotent-Replayed')).toBe('true');

    const reused = await client
      .POST('/clients/{client_id}/units/entries', {
        ...init,
        body: { ...init.body, amount: '6' },
      })
      .catch((e: unknown) => e);
    expect(isApiError(reused, 422)).toBe(true);
  });

  it('waits out a 429 and succeeds', async () => {
    server.use(rateLimitOperation('getMe', { baseUrl: BASE_URL, once: true, retryAfter: 1 }));
    const sleep = vi.fn(async () => {});
    const { data } = await api({ retry: { sleep, random: () => 0 } }).GET('/me');
    expect(data?.role).toBe('admin');
    expect(sleep).toHaveBeenCalledWith(1000, expect.anything());
  });

  it('gives up after the retries on a persistent 500', async () => {
    server.use(failOperation('getMe', { baseUrl: BASE_URL, status: 500 }));
    const error = await api({ retry: { ...noWait, maxRetries: 1 } })
      .GET('/me')
      .catch((e: unknown) => e);
    expect(isApiError(error, 500)).toBe(true);
  });

  it('times out a request that never answers', async () => {
    server.use(hangOperation('getMe', { baseUrl: BASE_URL }));
    const error = await api({ timeoutMs: 50, retry: false })
      .GET('/me')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(NetworkError);
  });

  it('rejects with an AbortError when the caller aborts', async () => {
    server.use(hangOperation('getMe', { baseUrl: BASE_URL }));
    const controller = new AbortController();
    const pending = api().GET('/me', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
