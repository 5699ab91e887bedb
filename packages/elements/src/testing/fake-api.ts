/**
 * Test support (not part of the package API): a fake server behind an injected `fetch`, so
 * element tests run the real SDK client without any mock library.
 */
import { type ClienteleClient, type ClientOptions, createClient } from '@clientele/sdk';

export const API_URL = 'https://api.test/api';

/** Answers a request; may wait (return a deferred promise) to control timing. */
export type Handler = (request: Request, url: URL) => Response | Promise<Response>;

export interface FakeApi {
  /** A fetch that records every request and honours its abort signal, like a real one. */
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** Every request received, in order. */
  requests: Request[];
  /** A client over this fake (no retries, no timeout: tests control timing). */
  client(options?: Partial<ClientOptions>): ClienteleClient;
}

export function fakeApi(handler: Handler): FakeApi {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request && !init ? input : new Request(input, init);
    requests.push(request);
    request.signal.throwIfAborted();
    const aborted = new Promise<never>((_, reject) => {
      request.signal.addEventListener('abort', () => reject(request.signal.reason), {
        once: true,
      });
    });
    return Promise.race([handler(request, new URL(request.url)), aborted]);
  };
  return {
    fetch,
    requests,
    client: (options = {}) =>
      createClient({ baseUrl: API_URL, fetch, retry: false, timeoutMs: 0, ...options }),
  };
}

/** A JSON response. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** An RFC 9457 problem response. */
export function problem(status: number, fields: Record<string, unknown> = {}): Response {
  return new Response(
    JSON.stringify({ type: 'about:blank', title: `HTTP ${status}`, status, ...fields }),
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** A promise resolved or rejected from outside. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Users the fake `/me` knows, by token. */
export const USERS = {
  'admin-token': {
    id: 'usr_admin',
    name: 'Ada Admin',
    email: 'ada@example.test',
    role: 'admin',
    permissions: ['clients.read', 'clients.update'],
    locale: 'en',
  },
  'auditor-token': {
    id: 'usr_auditor',
    name: 'Otto Auditor',
    email: 'otto@example.test',
    role: 'auditor',
    permissions: ['clients.read'],
    locale: 'de',
  },
} as const;

/** A `/me` that answers by bearer token, 401 for any other. */
export const meHandler: Handler = (request, url) => {
  if (!url.pathname.endsWith('/me')) return problem(404, { title: 'Not Found' });
  const token = request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? '';
  const user = USERS[token as keyof typeof USERS];
  return user
    ? json(user)
    : problem(401, {
        type: 'https://clientele.dev/problems/unauthorized',
        title: 'Unauthorized',
        detail: 'The bearer token is missing or invalid.',
      });
};
