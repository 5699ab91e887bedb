import { describe, expect, it } from 'vitest';
import { isAbortError, TimeoutError } from '../src/errors.ts';
import { problemMiddleware } from '../src/middleware/problem.ts';
import { timeoutMiddleware } from '../src/middleware/timeout.ts';
import { testClient } from './support/client.ts';
import { fakeFetch, hang, json } from './support/fake-fetch.ts';

/** A timeout signal the test fires by hand, rejecting like AbortSignal.timeout does. */
function manualTimeout() {
  const controller = new AbortController();
  return {
    timeoutSignal: () => controller.signal,
    fire: () => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')),
  };
}

describe('timeout middleware', () => {
  it('rejects with TimeoutError when the timeout fires', async () => {
    const timer = manualTimeout();
    const fake = fakeFetch(hang);
    const client = testClient(
      fake,
      problemMiddleware(),
      timeoutMiddleware({ timeoutMs: 5000, timeoutSignal: timer.timeoutSignal }),
    );

    const call = client.GET('/things');
    await expect.poll(() => fake.requests.length).toBe(1);
    timer.fire();
    const error = await call.catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 5000 });
    expect(fake.requests[0]?.signal.aborted).toBe(true);
  });

  it('rejects with the standard AbortError when the caller aborts', async () => {
    const timer = manualTimeout();
    const controller = new AbortController();
    const fake = fakeFetch(hang);
    const client = testClient(
      fake,
      problemMiddleware(),
      timeoutMiddleware({ timeoutMs: 5000, timeoutSignal: timer.timeoutSignal }),
    );

    const call = client.GET('/things', { signal: controller.signal });
    await expect.poll(() => fake.requests.length).toBe(1);
    controller.abort();
    const error = await call.catch((e: unknown) => e);

    expect(isAbortError(error)).toBe(true);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(fake.requests[0]?.signal.aborted).toBe(true);
  });

  it('reports a caller abort with a custom reason as AbortError too', async () => {
    const controller = new AbortController();
    const client = testClient(
      fakeFetch(hang),
      problemMiddleware(),
      timeoutMiddleware({ timeoutMs: 5000, timeoutSignal: manualTimeout().timeoutSignal }),
    );

    const call = client.GET('/things', { signal: controller.signal });
    controller.abort('navigated away');

    expect(isAbortError(await call.catch((e: unknown) => e))).toBe(true);
  });

  it('passes an already aborted caller signal straight through', async () => {
    const fake = fakeFetch(() => json({}));
    const client = testClient(fake, problemMiddleware(), timeoutMiddleware({ timeoutMs: 5000 }));

    const error = await client.GET('/things', { signal: AbortSignal.abort() }).catch((e) => e);

    expect(isAbortError(error)).toBe(true);
  });

  it('leaves a fast response alone', async () => {
    const fake = fakeFetch(() => json({ items: [], next_cursor: null, total: 0 }));
    const client = testClient(fake, problemMiddleware(), timeoutMiddleware({ timeoutMs: 5000 }));

    const { data } = await client.GET('/things');

    expect(data).toEqual({ items: [], next_cursor: null, total: 0 });
    expect(fake.requests[0]?.signal.aborted).toBe(false);
  });

  it('keeps method, headers and body on the request it rebuilds', async () => {
    const fake = fakeFetch(() => json({ id: 'th_1', name: 'A' }, { status: 201 }));
    const client = testClient(fake, timeoutMiddleware({ timeoutMs: 5000 }));

    await client.POST('/things', { body: { name: 'A' }, headers: { 'X-Trace': 't1' } });

    expect(fake.requests[0]).toMatchObject({ method: 'POST', body: '{"name":"A"}' });
    expect(fake.requests[0]?.headers.get('X-Trace')).toBe('t1');
  });

  it('uses AbortSignal.timeout by default', async () => {
    const client = testClient(
      fakeFetch(hang),
      problemMiddleware(),
      timeoutMiddleware({ timeoutMs: 1 }),
    );

    await expect(client.GET('/things')).rejects.toBeInstanceOf(TimeoutError);
  });
});
