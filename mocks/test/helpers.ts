/** Shared test setup: the mock backend behind MSW's setupServer, and a small fetch helper. */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createMockBackend, type MockBackendOptions, TOKENS } from '../src/index.ts';

export const BASE = 'http://mock.test/api';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked at runtime (see the contract test).
export type Loose = any;

export interface ApiResult<T = Loose> {
  status: number;
  headers: Headers;
  contentType: string;
  body: T;
}

export interface ApiOptions {
  method?: string;
  token?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Calls the API through `fetch` (intercepted by MSW) and parses the JSON body. */
export async function api<T = Loose>(
  path: string,
  options: ApiOptions = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? TOKENS.admin : options.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${BASE}${path}`, {
    method: options.method ?? 'GET',
    headers,
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === 'string'
          ? options.body
          : JSON.stringify(options.body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    contentType: response.headers.get('content-type') ?? '',
    body: text ? JSON.parse(text) : null,
  };
}

/**
 * Starts MSW with a fresh backend for the file; resets data and handlers after each test.
 * Unhandled requests fail the test (`onUnhandledFrame: 'error'`).
 */
export function useMockServer(options: MockBackendOptions = {}) {
  const backend = createMockBackend({ baseUrl: BASE, ...options });
  const server = setupServer(...backend.handlers);
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    backend.reset();
  });
  afterAll(() => server.close());
  return { backend, server };
}
