import { ApiError, NetworkError, TimeoutError } from '@clientele/sdk';
import { ConflictError } from '@clientele/sdk/versioned';
import { describe, expect, it } from 'vitest';
import { asApiError, classifyError } from './classify-error.ts';

const apiError = (status: number) => new ApiError(new Response(null, { status }));

describe('classifyError', () => {
  it('tells forbidden and not found from the status of an ApiError, any other status is an error', () => {
    expect(classifyError(apiError(403))).toBe('forbidden');
    expect(classifyError(apiError(404))).toBe('notFound');
    expect(classifyError(apiError(500))).toBe('error');
    expect(classifyError(apiError(422))).toBe('error');
  });

  it('counts network errors, timeouts and bugs as errors, and a cancelled load as aborted', () => {
    expect(classifyError(new NetworkError())).toBe('error');
    expect(classifyError(new TimeoutError(5000))).toBe('error');
    expect(classifyError(new TypeError('x is undefined'))).toBe('error');
    expect(classifyError(undefined)).toBe('error');
    expect(classifyError(new DOMException('Aborted', 'AbortError'))).toBe('aborted');
  });

  it('knows an ApiError by its shape: a subclass, or one from another copy of the SDK', () => {
    const conflict = new ConflictError(apiError(412), { data: {}, etag: '"1"' });
    expect(asApiError(conflict)).toBe(conflict);
    // Another copy of the SDK: not an instance of this copy's class, same documented shape.
    const foreign = Object.assign(new Error('Forbidden (HTTP 403)'), {
      name: 'ApiError',
      status: 403,
    });
    expect(classifyError(foreign)).toBe('forbidden');
    expect(asApiError(new NetworkError())).toBeUndefined();
    expect(asApiError({ status: 404 })).toBeUndefined();
  });
});
