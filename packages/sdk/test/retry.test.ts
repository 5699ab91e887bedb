import { afterEach, describe, expect, it, vi } from 'vitest';
import { abortableSleep, type RetryOptions, withRetries } from '../src/retry.ts';
import { BASE_URL, fakeFetch, hang, json, networkDown, problem } from './support/fake-fetch.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const ok = () => json({ ok: true });

/** Retry settings with a recording, instant sleep and a fixed jitter. */
function instant(overrides: Partial<RetryOptions> = {}) {
  const delays: number[] = [];
  const options: Partial<RetryOptions> = {
    sleep: async (ms) => {
      delays.push(ms);
    },
    random: () => 0.5,
    now: () => NOW,
    ...overrides,
  };
  return { delays, options };
}

function get(init: RequestInit = {}) {
  return new Request(`${BASE_URL}/things`, init);
}

afterEach(() => {
  vi.useRealTimers();
});

/** Lets the retry loop run (on real macrotasks) until it schedules its fake-timer wait. */
async function untilTimerScheduled() {
  for (let i = 0; i < 50 && vi.getTimerCount() === 0; i += 1) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  expect(vi.getTimerCount()).toBe(1);
}

describe('withRetries', () => {
  it('retries 5xx with full-jitter exponential backoff', async () => {
    const fake = fakeFetch(
      () => problem(503),
      () => problem(502),
      ok,
    );
    const { delays, options } = instant();

    const response = await withRetries(fake.fetch, options)(get());

    expect(response.status).toBe(200);
    expect(fake.requests).toHaveLength(3);
    // random() = 0.5 of 300 * 2^0, then of 300 * 2^1
    expect(delays).toEqual([150, 300]);
  });

  it('draws each wait from [0, base * 2^n)', async () => {
    const fake = fakeFetch(() => problem(500));
    const { delays, options } = instant({ random: () => 0.999, maxRetries: 3 });

    await withRetries(fake.fetch, options)(get());

    expect(delays).toEqual([299, 599, 1198]);
  });

  it('caps the backoff at maxDelayMs', async () => {
    const fake = fakeFetch(() => problem(500));
    const { delays, options } = instant({ random: () => 0.999, maxRetries: 4, maxDelayMs: 700 });

    await withRetries(fake.fetch, options)(get());

    expect(delays).toEqual([299, 599, 699, 699]);
  });

  it('gives up after maxRetries and returns the last response', async () => {
    const fake = fakeFetch(() => problem(500, { title: 'Server error' }));
    const { options } = instant();

    const response = await withRetries(fake.fetch, options)(get());

    expect(response.status).toBe(500);
    expect(fake.requests).toHaveLength(3);
  });

  it('retries network errors', async () => {
    const fake = fakeFetch(networkDown, ok);
    const { delays, options } = instant();

    const response = await withRetries(fake.fetch, options)(get());

    expect(response.status).toBe(200);
    expect(delays).toEqual([150]);
  });

  it('rethrows the last network error', async () => {
    const fake = fakeFetch(networkDown);
    const { options } = instant();

    await expect(withRetries(fake.fetch, options)(get())).rejects.toThrow(TypeError);
    expect(fake.requests).toHaveLength(3);
  });

  it('waits as long as a 429 Retry-After in seconds says', async () => {
    const fake = fakeFetch(() => problem(429, {}, { headers: { 'Retry-After': '2' } }), ok);
    const { delays, options } = instant();

    await withRetries(fake.fetch, options)(get());

    expect(delays).toEqual([2000]);
  });

  it('waits until a Retry-After HTTP date', async () => {
    const retryAt = new Date(NOW + 4000).toUTCString();
    const fake = fakeFetch(() => problem(503, {}, { headers: { 'Retry-After': retryAt } }), ok);
    const { delays, options } = instant();

    await withRetries(fake.fetch, options)(get());

    expect(delays).toEqual([4000]);
  });

  it('hands a Retry-After longer than maxDelayMs to the caller instead of waiting', async () => {
    const fake = fakeFetch(() => problem(429, {}, { headers: { 'Retry-After': '120' } }), ok);
    const { delays, options } = instant();

    const response = await withRetries(fake.fetch, options)(get());

    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('120');
    expect(delays).toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });

  it.each([400, 401, 403, 404, 409, 412, 422])('never retries a %i', async (status) => {
    const fake = fakeFetch(() => problem(status), ok);
    const { delays, options } = instant();

    const response = await withRetries(fake.fetch, options)(get());

    expect(response.status).toBe(status);
    expect(fake.requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it.each(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'])(
    'retries the idempotent %s',
    async (method) => {
      const fake = fakeFetch(
        () => problem(503),
        () => new Response(null, { status: 204 }),
      );
      const { options } = instant();

      const response = await withRetries(fake.fetch, options)(get({ method }));

      expect(response.status).toBe(204);
      expect(fake.requests).toHaveLength(2);
    },
  );

  it.each(['POST', 'PATCH'])('does not retry a %s without an Idempotency-Key', async (method) => {
    const fake = fakeFetch(networkDown, ok);
    const { options } = instant();

    await expect(
      withRetries(fake.fetch, options)(get({ method, body: '{"name":"A"}' })),
    ).rejects.toThrow(TypeError);
    expect(fake.requests).toHaveLength(1);
  });

  it('retries a POST with an Idempotency-Key, resending the same key and body', async () => {
    const fake = fakeFetch(
      () => problem(500),
      networkDown,
      () => json({ id: 'th_1' }, { status: 201 }),
    );
    const { options } = instant();
    const request = get({
      method: 'POST',
      body: '{"name":"A"}',
      headers: { 'Idempotency-Key': 'key-1', 'Content-Type': 'application/json' },
    });

    const response = await withRetries(fake.fetch, options)(request);

    expect(response.status).toBe(201);
    expect(fake.requests.map((r) => [r.method, r.body, r.headers.get('Idempotency-Key')])).toEqual(
      Array(3).fill(['POST', '{"name":"A"}', 'key-1']),
    );
  });

  it('does nothing more with retries off', async () => {
    const fake = fakeFetch(() => problem(503), ok);
    const { options } = instant({ maxRetries: 0 });

    const response = await withRetries(fake.fetch, options)(get());

    expect(response.status).toBe(503);
    expect(fake.requests).toHaveLength(1);
  });

  it('does not retry once the caller aborted', async () => {
    const controller = new AbortController();
    const fake = fakeFetch(() => {
      controller.abort();
      return problem(503);
    }, ok);
    const { delays, options } = instant();

    const response = await withRetries(fake.fetch, options)(get({ signal: controller.signal }));

    expect(response.status).toBe(503);
    expect(fake.requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('does not retry an aborted fetch', async () => {
    const controller = new AbortController();
    const fake = fakeFetch(hang, ok);
    const { options } = instant();

    const call = withRetries(fake.fetch, options)(get({ signal: controller.signal }));
    await expect.poll(() => fake.requests.length).toBe(1);
    controller.abort();

    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    expect(fake.requests).toHaveLength(1);
  });

  it('aborts the wait between attempts with the request signal', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const controller = new AbortController();
    const fake = fakeFetch(() => problem(503), ok);

    const call = withRetries(fake.fetch, { random: () => 0.5 })(get({ signal: controller.signal }));
    const settled = call.catch((e: unknown) => e);
    await untilTimerScheduled();
    controller.abort();

    expect(await settled).toMatchObject({ name: 'AbortError' });
    expect(fake.requests).toHaveLength(1);
  });

  it('waits with real timers by default', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const fake = fakeFetch(() => problem(503), ok);

    const call = withRetries(fake.fetch, { random: () => 0.5 })(get());
    await untilTimerScheduled();
    await vi.advanceTimersByTimeAsync(149);
    expect(fake.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);

    expect((await call).status).toBe(200);
    expect(fake.requests).toHaveLength(2);
  });
});

describe('abortableSleep', () => {
  it('resolves after the given time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let done = false;
    const sleeping = abortableSleep(1000).then(() => {
      done = true;
    });

    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await sleeping;
    expect(done).toBe(true);
  });

  it('rejects with the reason when the signal aborts, and clears its timer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const controller = new AbortController();
    const sleeping = abortableSleep(1000, controller.signal);

    controller.abort(new DOMException('stop', 'AbortError'));

    await expect(sleeping).rejects.toMatchObject({ name: 'AbortError', message: 'stop' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects at once with an already aborted signal', async () => {
    await expect(abortableSleep(1000, AbortSignal.abort('gone'))).rejects.toBe('gone');
  });
});
