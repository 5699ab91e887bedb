/**
 * `@clientele/mocks/http`: the same handlers served over plain HTTP (node:http), for hosts
 * that are not JavaScript or that run the API in another process. Requests are converted
 * to Fetch `Request`s, answered by MSW's `getResponse(handlers, request)`, and the
 * `Response` is written back, with CORS for browsers (preflight included; ETag,
 * Idempotent-Replayed, Retry-After and X-Request-Id exposed).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { createMockBackend, type MockBackend, type MockBackendOptions, TOKENS } from './index.ts';
import { PROBLEM_CONTENT_TYPE, problemType } from './problems.ts';

export interface HttpServerOptions extends Omit<MockBackendOptions, 'baseUrl'> {
  /** Port to listen on; 0 picks a free one. Default 4010. */
  readonly port?: number;
  /** Interface to bind. Default 127.0.0.1. */
  readonly host?: string;
  /** Path the API is mounted at. Default `/api`. */
  readonly basePath?: string;
}

export interface MockHttpServer {
  readonly server: Server;
  readonly backend: MockBackend;
  /** The API's base URL, e.g. `http://127.0.0.1:4010/api`. */
  readonly url: string;
  close(): Promise<void>;
}

const EXPOSED_HEADERS = 'ETag, Idempotent-Replayed, Retry-After, X-Request-Id';
const ALLOWED_HEADERS =
  'Authorization, Content-Type, If-Match, Idempotency-Key, Accept, Accept-Language';
const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';

function corsHeaders(request: IncomingMessage): Record<string, string> {
  const requested = request.headers['access-control-request-headers'];
  return {
    'Access-Control-Allow-Origin': request.headers.origin ?? '*',
    'Access-Control-Allow-Methods': ALLOWED_METHODS,
    'Access-Control-Allow-Headers':
      typeof requested === 'string' && requested ? requested : ALLOWED_HEADERS,
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Converts a node request into a Fetch `Request` for the handlers. */
async function toFetchRequest(request: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = request.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(request);
  return new Request(new URL(request.url ?? '/', origin), {
    method,
    headers,
    body: body && body.length > 0 ? new Uint8Array(body) : undefined,
  });
}

async function writeResponse(
  target: ServerResponse,
  response: Response,
  extra: Record<string, string>,
): Promise<void> {
  const headers: Record<string, string | string[]> = { ...extra };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  target.writeHead(response.status, headers);
  target.end(Buffer.from(await response.arrayBuffer()));
}

function notFound(path: string): Response {
  return new Response(
    JSON.stringify({
      type: problemType('not-found'),
      title: 'Not found',
      status: 404,
      detail: `No operation of the Clientele API matches ${path}.`,
      instance: path,
      request_id: 'req_unmatched',
      errors: [],
    }),
    { status: 404, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } },
  );
}

/** Starts the HTTP server; resolves once it listens. */
export async function startHttpServer(options: HttpServerOptions = {}): Promise<MockHttpServer> {
  const { port = 4010, host = '127.0.0.1', basePath = '/api', ...backendOptions } = options;
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}`;
  const backend = createMockBackend({ ...backendOptions, baseUrl: base });
  let origin = `http://${host}:${port}`;

  const server = createServer(async (request, response) => {
    const cors = corsHeaders(request);
    try {
      if (request.method === 'OPTIONS') {
        response.writeHead(204, cors);
        response.end();
        return;
      }
      const path = new URL(request.url ?? '/', origin).pathname;
      if (path === '/' || path === '') {
        await writeResponse(
          response,
          Response.json({ name: 'Clientele mock API', api: `${origin}${base}`, tokens: TOKENS }),
          cors,
        );
        return;
      }
      const fetchRequest = await toFetchRequest(request, origin);
      const answer =
        (await getResponse(backend.handlers, fetchRequest, { baseUrl: origin })) ?? notFound(path);
      await writeResponse(response, answer, cors);
    } catch (error) {
      console.error('[clientele mocks] HTTP server error', error);
      if (!response.headersSent) response.writeHead(500, { ...cors, 'Content-Type': 'text/plain' });
      response.end('Internal error');
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const displayHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  origin = `http://${displayHost}:${address.port}`;

  return {
    server,
    backend,
    url: `${origin}${base}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
