/**
 * The wrapper every handler goes through: it signs the caller in from the bearer token
 * (401), checks the operation's permission (403), turns thrown problems into
 * `application/problem+json` responses, stamps `X-Request-Id`, and offers the If-Match and
 * Idempotency-Key helpers.
 */
import { createOpenApiHttp } from 'openapi-msw';
import { STAFF, type StaffUser } from '../data/catalog.ts';
import type { ClientRecord } from '../data/model.ts';
import { OPERATIONS } from '../operations.ts';
import { fieldError, instanceOf, ProblemError, problemResponse, problems } from '../problems.ts';
import type { MockStore, VersionedKind } from '../store.ts';
import type { ActivityEntry, OperationId, paths, Ref } from '../types.ts';
import { readJson } from '../validation.ts';

export type OpenApiHttp = ReturnType<typeof createOpenApiHttp<paths>>;

export function createHttp(baseUrl: string): OpenApiHttp {
  return createOpenApiHttp<paths>({ baseUrl: baseUrl.replace(/\/+$/, '') });
}

export interface RouteContext {
  readonly store: MockStore;
  readonly staff: StaffUser;
  /** The signed-in staff user as a reference (actor of ledger entries). */
  readonly actor: Ref;
  readonly requestId: string;
  readonly url: URL;
  readonly query: URLSearchParams;
  readonly request: Request;
  /** The JSON body (400 when unparseable; `optional` reads an empty body as `{}`). */
  json(options?: { optional?: boolean }): Promise<unknown>;
  /** Records an entry in the client's activity log, by the signed-in staff user. */
  recordActivity(
    record: ClientRecord,
    entry: Omit<Parameters<MockStore['recordActivity']>[1], 'actor'>,
  ): ActivityEntry;
  /** The client in the path, or a 404 problem (for a change, with its history generated first). */
  client(id: string): ClientRecord;
  /**
   * Checks `If-Match` against the resource's ETag: 428 when `required` and missing, 412 when
   * stale (`*` matches any current version).
   */
  ifMatch(
    kind: VersionedKind,
    record: ClientRecord,
    options: { required: boolean; what: string },
  ): void;
  /**
   * Runs `produce` once per Idempotency-Key: a retry with the same key and body replays the
   * first (successful) response with `Idempotent-Replayed: true`; the same key with another
   * request is a 422 `idempotency-key-reused`. Without a key, simply runs `produce`.
   */
  idempotent<R extends Response>(
    body: unknown,
    produce: () => Promise<R> | R,
  ): Promise<R | Response>;
}

interface ResolverInfoLike {
  readonly request: Request;
  readonly response: { untyped(response: Response): unknown };
}

function authenticate(request: Request): StaffUser {
  const header = request.headers.get('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const staff = match ? STAFF.find((s) => s.token === match[1]) : undefined;
  if (!staff) throw problems.unauthorized();
  return staff;
}

/** JSON with sorted keys, so that `{a, b}` and `{b, a}` are the same body. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function etagMatches(header: string, current: string): boolean {
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === current);
}

/** Per store, the Idempotency-Keys whose first request is still being answered. */
const answering = new WeakMap<MockStore, Map<string, Promise<unknown>>>();

function createContext(
  store: MockStore,
  staff: StaffUser,
  request: Request,
  requestId: string,
): RouteContext {
  const url = new URL(request.url);
  let body: Promise<unknown> | undefined;
  const context: RouteContext = {
    store,
    staff,
    actor: { id: staff.me.id, name: staff.me.name },
    requestId,
    url,
    query: url.searchParams,
    request,
    recordActivity(record, entry) {
      return store.recordActivity(record, {
        actor: { id: staff.me.id, name: staff.me.name, type: 'staff' },
        ...entry,
      });
    },
    json(options) {
      body ??= readJson(request.clone(), options);
      return body;
    },
    client(id) {
      const record = store.client(id);
      if (!record) throw problems.notFound('client', id);
      // Generate the client's history before a change, so that it comes from the seeded
      // state only (the same whatever is changed first).
      if (request.method !== 'GET') store.detailsOf(record);
      return record;
    },
    ifMatch(kind, record, { required, what }) {
      const header = request.headers.get('If-Match');
      if (header === null || header.trim() === '') {
        if (required) throw problems.preconditionRequired();
        return;
      }
      if (!etagMatches(header, store.etag(kind, record))) throw problems.preconditionFailed(what);
    },
    async idempotent(requestBody, produce) {
      const key = request.headers.get('Idempotency-Key');
      if (key === null) return produce();
      if (key.length < 1 || key.length > 255) {
        throw problems.validation([
          fieldError('Idempotency-Key', 'maxLength', 'Must be 1 to 255 characters.'),
        ]);
      }
      const scope = `${request.method} ${url.pathname}`;
      const fingerprint = canonicalJson(requestBody);
      // A key still being answered: wait for that answer, then replay it (or refuse the
      // reuse), as the spec says; producing again would make a second record, or a false
      // conflict with the first (a double submit sent twice at once).
      const pending = answering.get(store) ?? new Map<string, Promise<unknown>>();
      answering.set(store, pending);
      for (let first = pending.get(key); first; first = pending.get(key)) {
        await first.catch(() => undefined);
      }
      const stored = store.idempotentResponse(key, scope, fingerprint);
      if (stored === 'reused') throw problems.idempotencyKeyReused();
      if (stored) {
        const headers = new Headers(stored.headers.map(([k, v]) => [k, v] as [string, string]));
        headers.set('Idempotent-Replayed', 'true');
        return new Response(stored.body, { status: stored.status, headers });
      }
      const answer = (async () => {
        const response = await produce();
        if (response.ok) {
          const headers = [...response.headers.entries()].filter(
            ([name]) => name.toLowerCase() !== 'x-request-id',
          );
          store.rememberResponse(key, scope, fingerprint, {
            status: response.status,
            headers,
            body: await response.clone().text(),
          });
        }
        return response;
      })();
      pending.set(key, answer);
      try {
        return await answer;
      } finally {
        if (pending.get(key) === answer) pending.delete(key);
      }
    },
  };
  return context;
}

/**
 * Wraps a typed openapi-msw resolver with authentication, the operation's permission and
 * problem handling. The resolver receives openapi-msw's info and a {@link RouteContext}.
 */
export function route<Info extends ResolverInfoLike, Result>(
  store: MockStore,
  operationId: OperationId,
  resolve: (info: Info, context: RouteContext) => Promise<Result> | Result,
): (info: Info) => Promise<Result | ReturnType<Info['response']['untyped']>> {
  const { permission } = OPERATIONS[operationId];
  return async (info) => {
    const requestId = store.nextRequestId();
    const fail = (error: ProblemError) =>
      info.response.untyped(
        problemResponse(error.toProblem(instanceOf(info.request), requestId), error.headers),
      ) as ReturnType<Info['response']['untyped']>;
    try {
      store.settleAll(false);
      const staff = authenticate(info.request);
      if (permission && !staff.me.permissions.includes(permission))
        throw problems.forbidden(permission);
      const result = await resolve(info, createContext(store, staff, info.request, requestId));
      if (result instanceof Response) result.headers.set('X-Request-Id', requestId);
      return result;
    } catch (error) {
      if (error instanceof ProblemError) return fail(error);
      console.error(`[clientele mocks] ${operationId} failed`, error);
      return fail(problems.serverError());
    }
  };
}
