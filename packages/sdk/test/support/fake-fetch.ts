/** A request as the fake server saw it. */
export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
  signal: AbortSignal;
}

/** Answers one request; `attempt` counts from 0 over all requests the fake has seen. */
export type Responder = (request: Request, attempt: number) => Response | Promise<Response>;

export interface FakeFetch {
  fetch: typeof fetch;
  /** Every request received, in order. */
  requests: RecordedRequest[];
}

/**
 * A recording fetch: answers with the given responders in turn (the last one repeats), and
 * rejects with the signal's reason when the request's signal aborts, as a real fetch does.
 */
export function fakeFetch(...responders: Responder[]): FakeFetch {
  const requests: RecordedRequest[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request && !init ? input : new Request(input, init);
    const attempt = requests.length;
    requests.push({
      method: request.method,
      url: new URL(request.url),
      headers: new Headers(request.headers),
      body: await request.text(),
      signal: request.signal,
    });
    request.signal.throwIfAborted();
    const responder = responders[Math.min(attempt, responders.length - 1)];
    if (!responder) throw new Error('fakeFetch: no responder');
    return await Promise.race([responder(request, attempt), rejectOnAbort(request.signal)]);
  }) as typeof fetch;
  return { fetch: fetchFn, requests };
}

function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** A JSON response. */
export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  return new Response(JSON.stringify(body), { status: 200, ...init, headers });
}

/** An RFC 9457 problem response. */
export function problem(
  status: number,
  fields: Record<string, unknown> = {},
  init: ResponseInit = {},
) {
  const headers = new Headers(init.headers);
  headers.set('Content-Type', 'application/problem+json');
  return new Response(
    JSON.stringify({ type: 'about:blank', title: 'Problem', status, detail: '', ...fields }),
    { ...init, status, headers },
  );
}

/** A responder that never answers; only an abort ends it. */
export const hang: Responder = () => new Promise<Response>(() => undefined);

/** A responder that fails like fetch does when the network is down. */
export const networkDown: Responder = () => {
  throw new TypeError('fetch failed');
};

export const BASE_URL = 'https://api.example.test/api';
