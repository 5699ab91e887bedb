import { describe, expect, it } from 'vitest';
import { ApiError, isAbortError, NetworkError } from '../src/errors.ts';
import { problemMiddleware } from '../src/middleware/problem.ts';
import { testClient } from './support/client.ts';
import { fakeFetch, hang, json, networkDown, problem } from './support/fake-fetch.ts';

describe('problem middleware', () => {
  it('lets a 2xx response through as data', async () => {
    const fake = fakeFetch(() => json({ id: 'th_1', name: 'One' }));
    const client = testClient(fake, problemMiddleware());

    const result = await client.GET('/things/{thing_id}', {
      params: { path: { thing_id: 'th_1' } },
    });

    expect(result.data).toEqual({ id: 'th_1', name: 'One' });
    expect(result.error).toBeUndefined();
  });

  it('rejects a problem response with a typed ApiError instead of returning { error }', async () => {
    const fake = fakeFetch(() =>
      problem(422, {
        type: 'https://clientele.dev/problems/validation',
        title: 'Invalid request',
        detail: 'name is required',
        request_id: 'req_42',
        errors: [{ field: 'name', code: 'required', message: 'Required.' }],
      }),
    );
    const client = testClient(fake, problemMiddleware());

    const call = client.POST('/things', { body: { name: '' } });

    await expect(call).rejects.toBeInstanceOf(ApiError);
    await expect(call).rejects.toMatchObject({
      status: 422,
      type: 'https://clientele.dev/problems/validation',
      title: 'Invalid request',
      detail: 'name is required',
      requestId: 'req_42',
      errors: [{ field: 'name', code: 'required', message: 'Required.' }],
    });
  });

  it('rejects a non-problem error body too, titled after the status text', async () => {
    const fake = fakeFetch(
      () => new Response('<html>oops</html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    const client = testClient(fake, problemMiddleware());

    const error = await client.GET('/things').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 502, title: 'Bad Gateway', type: 'about:blank' });
  });

  it('rejects an empty 404 with its status', async () => {
    const fake = fakeFetch(() => new Response(null, { status: 404, statusText: 'Not Found' }));
    const client = testClient(fake, problemMiddleware());

    await expect(
      client.GET('/things/{thing_id}', { params: { path: { thing_id: 'nope' } } }),
    ).rejects.toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('turns a fetch failure into NetworkError with the cause', async () => {
    const client = testClient(fakeFetch(networkDown), problemMiddleware());

    const error = await client.GET('/things').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).cause).toBeInstanceOf(TypeError);
  });

  it('leaves a caller abort as the standard AbortError', async () => {
    const controller = new AbortController();
    const client = testClient(fakeFetch(hang), problemMiddleware());

    const call = client.GET('/things', { signal: controller.signal });
    controller.abort();
    const error = await call.catch((e: unknown) => e);

    expect(isAbortError(error)).toBe(true);
  });
});
