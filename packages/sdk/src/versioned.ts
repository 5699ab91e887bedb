import type { Client, FetchOptions } from 'openapi-fetch';
import { ApiError, ClienteleError, isApiError } from './errors.ts';

/**
 * Edits that do not overwrite someone else's: read a resource with its `ETag`, send the
 * change with `If-Match`, and turn the server's 412 into a `ConflictError` that carries the
 * version now on the server. The spec's versioned resources (a client's details, its
 * configuration, its quotas, its units balance) are read and changed on the same path, so
 * the current version after a 412 is read from that path (the 412 itself carries no body
 * beyond the problem and no ETag).
 */

/** A resource as read or written, with its version to send back in `If-Match`. */
export interface Versioned<T> {
  readonly data: T;
  readonly etag: string;
}

/** The method of an update guarded by `If-Match`. */
export type VersionedMethod = 'PUT' | 'PATCH' | 'POST' | 'DELETE';

type Operation<Paths, P extends keyof Paths, M extends string> = Paths[P] extends {
  [K in M]: infer Op;
}
  ? Op
  : never;

/** The JSON body of the 2xx response of `Op` that carries an `ETag` header. */
type VersionedBody<Op> = Op extends { responses: infer R }
  ? {
      [S in keyof R]: S extends 200 | 201 | 202
        ? R[S] extends { headers: { ETag: unknown }; content: { 'application/json': infer B } }
          ? B
          : never
        : never;
    }[keyof R]
  : never;

type AcceptsIfMatch<Op> = Op extends { parameters: { header?: infer H } }
  ? [NonNullable<H>] extends [never] // `header?: never`: keyof never would match anything
    ? false
    : 'If-Match' extends keyof NonNullable<H>
      ? true
      : false
  : false;

/** The paths whose GET answers with an `ETag`, e.g. `/clients/{client_id}/quotas`. */
export type VersionedPath<Paths> = {
  [P in keyof Paths]-?: [VersionedBody<Operation<Paths, P, 'get'>>] extends [never] ? never : P;
}[keyof Paths] &
  string;

/** The versioned paths whose `M` takes `If-Match` and answers with the new `ETag`. */
export type VersionedUpdatePath<Paths, M extends VersionedMethod> = {
  [P in keyof Paths]-?: AcceptsIfMatch<Operation<Paths, P, Lowercase<M>>> extends true
    ? [VersionedBody<Operation<Paths, P, Lowercase<M>>>] extends [never]
      ? never
      : P
    : never;
}[keyof Paths] &
  VersionedPath<Paths>;

type GetOperation<Paths, P extends keyof Paths> = Operation<Paths, P, 'get'>;
type UpdateOperation<Paths, P extends keyof Paths, M extends VersionedMethod> = Operation<
  Paths,
  P,
  Lowercase<M>
>;
type ParamsOf<Op> = Op extends { parameters: infer P } ? P : never;

/** What `readVersioned` takes: the GET's options (`params`, `signal`, ...). */
export type ReadVersionedInit<Paths, P extends VersionedPath<Paths>> = FetchOptions<
  GetOperation<Paths, P>
>;

/** What `updateVersioned` takes: the update's options, with `etag` instead of `If-Match`. */
export type UpdateVersionedInit<Paths, P extends keyof Paths, M extends VersionedMethod> = Omit<
  FetchOptions<UpdateOperation<Paths, P, M>>,
  'params'
> & {
  params: Omit<ParamsOf<UpdateOperation<Paths, P, M>>, 'header'>;
  /** The version the change is based on, from `readVersioned` or the last update. */
  etag: string;
};

/**
 * The update was refused with 412: the resource changed since `etag` was read. `current` is
 * the version now on the server, to show the user or to merge with before trying again.
 */
export class ConflictError<T = unknown> extends ApiError {
  readonly current: Versioned<T>;

  constructor(error: ApiError, current: Versioned<T>) {
    super(error.response, error.problem);
    this.name = 'ConflictError';
    this.current = current;
  }
}

/** True when `error` is the `ConflictError` of a stale `If-Match`. */
export function isConflict<T = unknown>(error: unknown): error is ConflictError<T> {
  return error instanceof ConflictError;
}

type LooseCall = (
  method: string,
  path: string,
  init: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

async function send<T>(
  client: object,
  method: string,
  path: string,
  init: Record<string, unknown>,
): Promise<Versioned<T>> {
  const request = (client as { request: LooseCall }).request;
  const { data, error, response } = await request(method, path, init);
  // Without the problem middleware openapi-fetch returns errors instead of throwing them.
  if (!response.ok) throw new ApiError(response, error);
  const etag = response.headers.get('ETag');
  if (!etag) throw new ClienteleError(`${method} ${path} answered without an ETag`);
  return { data: data as T, etag };
}

/**
 * Reads a versioned resource: `{ data, etag }`.
 *
 * `const quotas = await readVersioned(api, '/clients/{client_id}/quotas', { params })`
 */
export function readVersioned<Paths extends {}, P extends VersionedPath<Paths>>(
  client: Client<Paths>,
  path: P,
  init: ReadVersionedInit<Paths, P>,
): Promise<Versioned<VersionedBody<GetOperation<Paths, P>>>> {
  return send(client, 'GET', path, init as Record<string, unknown>);
}

/**
 * Sends a change with `If-Match: etag` and resolves with the new `{ data, etag }`. A stale
 * `etag` rejects with `ConflictError` carrying the current version (read again from `path`;
 * when that read fails, its error is thrown instead, e.g. a 404 when the resource is gone).
 * Any other failure rejects as the call would (`ApiError`, `NetworkError`, ...).
 */
export async function updateVersioned<
  Paths extends {},
  M extends VersionedMethod,
  P extends VersionedUpdatePath<Paths, M>,
>(
  client: Client<Paths>,
  method: M,
  path: P,
  init: UpdateVersionedInit<Paths, P, M>,
): Promise<Versioned<VersionedBody<UpdateOperation<Paths, P, M>>>> {
  const { etag, ...rest } = init as unknown as Record<string, unknown> & {
    etag: string;
    params: { path?: unknown };
    signal?: AbortSignal | null;
  };
  try {
    return await send(client, method, path, {
      ...rest,
      params: { ...rest.params, header: { 'If-Match': etag } },
    });
  } catch (error) {
    if (!isApiError(error, 412)) throw error;
    const current = await send<VersionedBody<GetOperation<Paths, P>>>(client, 'GET', path, {
      params: { path: rest.params.path },
      signal: rest.signal,
    });
    throw new ConflictError(error, current);
  }
}
