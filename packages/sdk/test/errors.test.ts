import { describe, expect, it } from 'vitest';
import {
  ApiError,
  ClienteleError,
  isAbortError,
  isApiError,
  NetworkError,
  TimeoutError,
  toFetchError,
} from '../src/errors.ts';
import { parseRetryAfter } from '../src/retry-after.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');

describe('ApiError', () => {
  it('carries every field of a problem body', () => {
    const response = new Response(null, { status: 422, statusText: 'Unprocessable Content' });
    const error = new ApiError(response, {
      type: 'https://clientele.dev/problems/validation',
      title: 'Invalid request',
      status: 422,
      detail: 'One field is invalid.',
      instance: '/api/clients',
      request_id: 'req_123',
      errors: [{ field: 'email', code: 'format', message: 'Not an email address.' }],
    });

    expect(error).toMatchObject({
      name: 'ApiError',
      status: 422,
      type: 'https://clientele.dev/problems/validation',
      title: 'Invalid request',
      detail: 'One field is invalid.',
      instance: '/api/clients',
      requestId: 'req_123',
      errors: [{ field: 'email', code: 'format', message: 'Not an email address.' }],
      retryAfter: undefined,
      response,
    });
    expect(error.problem?.request_id).toBe('req_123');
    expect(error.message).toBe('Invalid request (HTTP 422): One field is invalid.');
  });

  it('takes the request id from X-Request-Id when the body has none', () => {
    const response = new Response(null, { status: 404, headers: { 'X-Request-Id': 'hdr_9' } });
    expect(new ApiError(response, { title: 'Not found' }).requestId).toBe('hdr_9');
  });

  it('prefers the problem request_id over the header', () => {
    const response = new Response(null, { status: 404, headers: { 'X-Request-Id': 'hdr_9' } });
    expect(new ApiError(response, { request_id: 'req_1' }).requestId).toBe('req_1');
  });

  it('reads Retry-After in seconds', () => {
    const response = new Response(null, { status: 429, headers: { 'Retry-After': '7' } });
    expect(new ApiError(response, {}).retryAfter).toBe(7);
  });

  it('reads Retry-After as an HTTP date', () => {
    const date = new Date(NOW + 90_000).toUTCString();
    const response = new Response(null, { status: 503, headers: { 'Retry-After': date } });
    expect(new ApiError(response, {}, () => NOW).retryAfter).toBe(90);
  });

  it('titles a non-problem body after the status text', () => {
    const response = new Response('<h1>Bad gateway</h1>', {
      status: 502,
      statusText: 'Bad Gateway',
    });
    const error = new ApiError(response, '<h1>Bad gateway</h1>');
    expect(error).toMatchObject({ status: 502, title: 'Bad Gateway', type: 'about:blank' });
    expect(error.problem).toBeUndefined();
    expect(error.errors).toEqual([]);
    expect(error.detail).toBeUndefined();
  });

  it('falls back to "HTTP <status>" without a status text', () => {
    expect(new ApiError(new Response(null, { status: 500 })).title).toBe('HTTP 500');
  });

  it('drops malformed field errors', () => {
    const error = new ApiError(new Response(null, { status: 422 }), {
      errors: [{ field: 'name', code: 'required', message: 'Required.' }, { field: 1 }, 'oops'],
    });
    expect(error.errors).toEqual([{ field: 'name', code: 'required', message: 'Required.' }]);
  });

  it('builds from a response without consuming its body', async () => {
    const response = new Response(JSON.stringify({ title: 'Conflict', detail: 'Taken.' }), {
      status: 409,
      headers: { 'Content-Type': 'application/problem+json' },
    });
    const error = await ApiError.fromResponse(response);
    expect(error).toMatchObject({ status: 409, title: 'Conflict', detail: 'Taken.' });
    expect(await error.response.json()).toEqual({ title: 'Conflict', detail: 'Taken.' });
  });

  it('keeps a text body out of problem', async () => {
    const error = await ApiError.fromResponse(
      new Response('upstream down', { status: 503, statusText: 'Service Unavailable' }),
    );
    expect(error.title).toBe('Service Unavailable');
    expect(error.problem).toBeUndefined();
  });
});

describe('error classes', () => {
  it('form one hierarchy under ClienteleError', () => {
    const timeout = new TimeoutError(1000);
    expect(timeout).toBeInstanceOf(NetworkError);
    expect(timeout).toBeInstanceOf(ClienteleError);
    expect(timeout).toBeInstanceOf(Error);
    expect(timeout).toMatchObject({ name: 'TimeoutError', timeoutMs: 1000 });
    expect(timeout.message).toBe('The request timed out after 1000 ms');
    expect(new ApiError(new Response(null, { status: 400 }))).toBeInstanceOf(ClienteleError);
    expect(new NetworkError().name).toBe('NetworkError');
  });

  it('isApiError checks the class and, optionally, the status', () => {
    const error = new ApiError(new Response(null, { status: 403 }));
    expect(isApiError(error)).toBe(true);
    expect(isApiError(error, 403)).toBe(true);
    expect(isApiError(error, 404)).toBe(false);
    expect(isApiError(new NetworkError())).toBe(false);
    expect(isApiError({ status: 403 })).toBe(false);
  });

  it('isAbortError recognises the standard abort rejection only', () => {
    expect(isAbortError(new DOMException('stop', 'AbortError'))).toBe(true);
    expect(isAbortError(new DOMException('late', 'TimeoutError'))).toBe(false);
    expect(isAbortError(new Error('AbortError'))).toBe(false);
  });
});

describe('toFetchError', () => {
  it('wraps a fetch failure in NetworkError with the cause', () => {
    const cause = new TypeError('fetch failed');
    const error = toFetchError(cause);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(error.cause).toBe(cause);
  });

  it('leaves an AbortError as it is', () => {
    const abort = new DOMException('stop', 'AbortError');
    expect(toFetchError(abort)).toBe(abort);
  });

  it('turns an AbortSignal.timeout rejection into TimeoutError', () => {
    expect(toFetchError(new DOMException('late', 'TimeoutError'))).toBeInstanceOf(TimeoutError);
  });

  it('reports anything after the caller aborted as AbortError, whatever the reason', () => {
    const controller = new AbortController();
    controller.abort('user navigated away');
    const error = toFetchError('user navigated away', controller.signal);
    expect(isAbortError(error)).toBe(true);
  });

  it('keeps SDK errors', () => {
    const apiError = new ApiError(new Response(null, { status: 500 }));
    expect(toFetchError(apiError)).toBe(apiError);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, in milliseconds', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(' 0 ')).toBe(0);
    expect(parseRetryAfter(new Date(NOW + 5000).toUTCString(), () => NOW)).toBe(5000);
  });

  it('treats a past date as no wait', () => {
    expect(parseRetryAfter(new Date(NOW - 5000).toUTCString(), () => NOW)).toBe(0);
  });

  it('ignores absent and unreadable values', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter('1.5')).toBeUndefined();
    expect(parseRetryAfter('-3')).toBeUndefined();
  });
});
