import { describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError } from '../src/errors.ts';
import { authMiddleware, type TokenContext } from '../src/middleware/auth.ts';
import { problemMiddleware } from '../src/middleware/problem.ts';
import { testClient } from './support/client.ts';
import { fakeFetch, json, problem } from './support/fake-fetch.ts';

const unauthorized = () => problem(401, { title: 'Unauthorized' });

describe('auth middleware', () => {
  it('sends a static token as a bearer token', async () => {
    const fake = fakeFetch(() => json({ items: [], next_cursor: null, total: 0 }));
    const client = testClient(fake, authMiddleware({ token: 'tok_static' }));

    await client.GET('/things');

    expect(fake.requests[0]?.headers.get('Authorization')).toBe('Bearer tok_static');
  });

  it('asks getToken for each request, with the request signal', async () => {
    const fake = fakeFetch(() => json({ items: [], next_cursor: null, total: 0 }));
    const getToken = vi.fn(async (_context: TokenContext) => 'tok_async');
    const client = testClient(fake, authMiddleware({ getToken }));

    await client.GET('/things');
    await client.GET('/things');

    expect(fake.requests.map((r) => r.headers.get('Authorization'))).toEqual([
      'Bearer tok_async',
      'Bearer tok_async',
    ]);
    expect(getToken).toHaveBeenCalledTimes(2);
    expect(getToken.mock.calls[0]?.[0].refresh).toBe(false);
    expect(getToken.mock.calls[0]?.[0].signal).toBeInstanceOf(AbortSignal);
  });

  it('refreshes the token once after a 401 and resends the request with its body', async () => {
    const fake = fakeFetch(unauthorized, () => json({ id: 'th_1', name: 'Kept' }, { status: 201 }));
    const getToken = vi.fn(({ refresh }: TokenContext) => (refresh ? 'tok_new' : 'tok_old'));
    const client = testClient(fake, problemMiddleware(), authMiddleware({ getToken }));

    const { data } = await client.POST('/things', { body: { name: 'Kept' } });

    expect(data).toEqual({ id: 'th_1', name: 'Kept' });
    expect(getToken.mock.calls.map(([context]) => context.refresh)).toEqual([false, true]);
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests.map((r) => r.headers.get('Authorization'))).toEqual([
      'Bearer tok_old',
      'Bearer tok_new',
    ]);
    expect(fake.requests.map((r) => r.body)).toEqual(['{"name":"Kept"}', '{"name":"Kept"}']);
  });

  it('surfaces a second 401 as ApiError without refreshing again', async () => {
    const fake = fakeFetch(unauthorized);
    const getToken = vi.fn(() => 'tok');
    const client = testClient(fake, problemMiddleware(), authMiddleware({ getToken }));

    const error = await client.GET('/things').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect(getToken).toHaveBeenCalledTimes(2);
    expect(fake.requests).toHaveLength(2);
  });

  it('does not resend with a static token, which cannot be refreshed', async () => {
    const fake = fakeFetch(unauthorized);
    const client = testClient(fake, problemMiddleware(), authMiddleware({ token: 'tok' }));

    await expect(client.GET('/things')).rejects.toMatchObject({ status: 401 });
    expect(fake.requests).toHaveLength(1);
  });

  it('leaves other error statuses alone', async () => {
    const fake = fakeFetch(() => problem(403, { title: 'Forbidden' }));
    const getToken = vi.fn(() => 'tok');
    const client = testClient(fake, problemMiddleware(), authMiddleware({ getToken }));

    await expect(client.GET('/things')).rejects.toMatchObject({ status: 403 });
    expect(getToken).toHaveBeenCalledTimes(1);
    expect(fake.requests).toHaveLength(1);
  });

  it('keeps an Authorization header the caller set', async () => {
    const fake = fakeFetch(() => json({ items: [], next_cursor: null, total: 0 }));
    const getToken = vi.fn(() => 'tok');
    const client = testClient(fake, authMiddleware({ getToken }));

    await client.GET('/things', { headers: { Authorization: 'Basic abc' } });

    expect(fake.requests[0]?.headers.get('Authorization')).toBe('Basic abc');
    expect(getToken).not.toHaveBeenCalled();
  });

  it('sends no header when there is no token', async () => {
    const fake = fakeFetch(() => json({ items: [], next_cursor: null, total: 0 }));
    const client = testClient(fake, authMiddleware({ getToken: () => '' }));

    await client.GET('/things');

    expect(fake.requests[0]?.headers.has('Authorization')).toBe(false);
  });

  it('reports a failed resend as NetworkError', async () => {
    const fake = fakeFetch(unauthorized, () => {
      throw new TypeError('fetch failed');
    });
    const client = testClient(fake, problemMiddleware(), authMiddleware({ getToken: () => 't' }));

    await expect(client.GET('/things')).rejects.toBeInstanceOf(NetworkError);
  });

  it('lets an error thrown by getToken reach the caller unchanged', async () => {
    const failure = new Error('session expired');
    const client = testClient(
      fakeFetch(() => json({})),
      authMiddleware({
        getToken: () => {
          throw failure;
        },
      }),
    );

    await expect(client.GET('/things')).rejects.toBe(failure);
  });

  it('refreshes again on a later 401 after a refresh that threw at once', async () => {
    const failure = new Error('refresh refused');
    let refreshes = 0;
    const fake = fakeFetch((request) =>
      request.headers.get('Authorization') === 'Bearer tok_new'
        ? json({ items: [], next_cursor: null, total: 0 })
        : unauthorized(),
    );
    const getToken = ({ refresh }: TokenContext) => {
      if (!refresh) return 'tok_old';
      refreshes += 1;
      if (refreshes === 1) throw failure;
      return 'tok_new';
    };
    const client = testClient(fake, problemMiddleware(), authMiddleware({ getToken }));

    await expect(client.GET('/things')).rejects.toBe(failure);
    const { data } = await client.GET('/things');

    expect(data).toEqual({ items: [], next_cursor: null, total: 0 });
    expect(refreshes).toBe(2);
  });

  it('shares one refresh between requests refused at the same time', async () => {
    let current = 'tok_old';
    const fake = fakeFetch((request) =>
      request.headers.get('Authorization') === 'Bearer tok_new'
        ? json({ items: [], next_cursor: null, total: 0 })
        : unauthorized(),
    );
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const getToken = vi.fn(async ({ refresh }: TokenContext) => {
      if (refresh) {
        await gate;
        current = 'tok_new';
      }
      return current;
    });
    const client = testClient(fake, problemMiddleware(), authMiddleware({ getToken }));

    const pending = [client.GET('/things'), client.GET('/things'), client.GET('/things')];
    await vi.waitFor(() => expect(getToken.mock.calls.some(([c]) => c.refresh)).toBe(true));
    release();
    const results = await Promise.all(pending);

    expect(results.every(({ response }) => response.status === 200)).toBe(true);
    expect(getToken.mock.calls.filter(([context]) => context.refresh)).toHaveLength(1);
    expect(fake.requests.map((r) => r.headers.get('Authorization')).sort()).toEqual([
      'Bearer tok_new',
      'Bearer tok_new',
      'Bearer tok_new',
      'Bearer tok_old',
      'Bearer tok_old',
      'Bearer tok_old',
    ]);
  });

  it('resends a request sent before the last refresh with the refreshed token, without asking again', async () => {
    const fake = fakeFetch((request) =>
      request.headers.get('Authorization') === 'Bearer tok_2'
        ? json({ items: [], next_cursor: null, total: 0 })
        : unauthorized(),
    );
    let refreshes = 0;
    let answerSlow!: () => void;
    const slowGate = new Promise<void>((resolve) => {
      answerSlow = resolve;
    });
    // The second request's first answer (a 401) arrives only after the first request refreshed.
    const slowFetch: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      if (request.headers.get('X-Slow')) await slowGate;
      return fake.fetch(request);
    };
    const getToken = vi.fn(({ refresh }: TokenContext) => {
      if (refresh) refreshes += 1;
      return `tok_${refreshes + 1}`;
    });
    const client = testClient(
      { fetch: slowFetch, requests: fake.requests },
      problemMiddleware(),
      authMiddleware({ getToken }),
    );

    const slow = client.GET('/things', { headers: { 'X-Slow': '1' } });
    await vi.waitFor(() => expect(getToken).toHaveBeenCalledTimes(1));
    const fast = await client.GET('/things');
    answerSlow();
    const late = await slow;

    expect(fast.response.status).toBe(200);
    expect(late.response.status).toBe(200);
    expect(refreshes).toBe(1);
  });

  it('stops waiting for a shared refresh when the caller aborts', async () => {
    const fake = fakeFetch(unauthorized);
    const getToken = vi.fn(({ refresh }: TokenContext) =>
      refresh ? new Promise<string>(() => undefined) : 'tok_old',
    );
    const client = testClient(fake, problemMiddleware(), authMiddleware({ getToken }));
    const controller = new AbortController();

    const pending = client.GET('/things', { signal: controller.signal });
    await vi.waitFor(() => expect(getToken).toHaveBeenCalledTimes(2));
    controller.abort();

    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
