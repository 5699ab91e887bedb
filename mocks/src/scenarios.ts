/**
 * Scenario helpers with intent names, for stories and tests: each returns an MSW handler
 * to prepend (`worker.use(...)`, `server.use(...)`) so that one operation, named by its
 * operationId, misbehaves in a specific way while the rest of the backend works.
 *
 * ```ts
 * server.use(failOperation('listClients', { status: 500 }), slowNetwork({ delayMs: 800 }));
 * ```
 */
import { delay, type HttpHandler, HttpResponse, http } from 'msw';
import { CLIENT_STATUSES } from './data/clients.ts';
import { TICKET_STATUSES } from './data/tickets.ts';
import { LIST_OPERATIONS, type ListOperationId, OPERATIONS } from './operations.ts';
import { instanceOf, problemResponse, problemType, slugForStatus } from './problems.ts';
import { zeroCounts } from './query.ts';
import type { OperationId } from './types.ts';

export interface ScenarioOptions {
  /** Where the API is mounted; the same value given to `createMockBackend`. Default `/api`. */
  readonly baseUrl?: string;
  /** Apply to the next matching request only. Default false. */
  readonly once?: boolean;
}

let scenarioRequests = 0;

function nextRequestId(): string {
  scenarioRequests++;
  return `req_scenario_${String(scenarioRequests).padStart(4, '0')}`;
}

function mswPath(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path.replace(/\{([^}]+)\}/g, ':$1')}`;
}

/** An MSW handler for one operation of the spec. */
function forOperation(
  operationId: OperationId,
  options: ScenarioOptions,
  resolver: (request: Request) => Response | Promise<Response> | Promise<undefined>,
): HttpHandler {
  const { method, path } = OPERATIONS[operationId];
  return http[method](
    mswPath(options.baseUrl ?? '/api', path),
    ({ request }) => resolver(request),
    {
      once: options.once ?? false,
    },
  );
}

const TITLES: Readonly<Record<number, string>> = {
  400: 'Invalid request',
  401: 'Authentication required',
  403: 'Permission denied',
  404: 'Not found',
  409: 'Conflict',
  412: 'Precondition failed',
  422: 'Validation failed',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
};

function scenarioProblem(
  request: Request,
  status: number,
  detail: string,
  headers: Record<string, string> = {},
): Response {
  return problemResponse(
    {
      type: problemType(slugForStatus(status)),
      title: TITLES[status] ?? 'Error',
      status,
      detail,
      instance: instanceOf(request),
      request_id: nextRequestId(),
      errors: [],
    },
    headers,
  );
}

export interface FailOptions extends ScenarioOptions {
  /** The HTTP status (4xx or 5xx). Default 500. */
  readonly status?: number;
  /** The problem's detail. */
  readonly detail?: string;
  /** Seconds for `Retry-After` (sent with 429 and 503). Default 30. */
  readonly retryAfter?: number;
}

/** The operation answers an error problem (`application/problem+json`), by default a 500. */
export function failOperation(operationId: OperationId, options: FailOptions = {}): HttpHandler {
  const status = options.status ?? 500;
  const retry: Record<string, string> =
    status === 429 || status === 503 ? { 'Retry-After': String(options.retryAfter ?? 30) } : {};
  return forOperation(operationId, options, (request) =>
    scenarioProblem(
      request,
      status,
      options.detail ?? `The server failed to process ${operationId} (simulated ${status}).`,
      retry,
    ),
  );
}

/** The caller lacks the operation's permission: a 403 problem. */
export function forbidOperation(
  operationId: OperationId,
  options: ScenarioOptions = {},
): HttpHandler {
  const { permission } = OPERATIONS[operationId];
  return failOperation(operationId, {
    ...options,
    status: 403,
    detail: permission
      ? `This action requires the permission \`${permission}\`.`
      : 'This action is not allowed.',
  });
}

/** The resource the operation addresses does not exist: a 404 problem. */
export function notFoundOperation(
  operationId: OperationId,
  options: ScenarioOptions = {},
): HttpHandler {
  return failOperation(operationId, {
    ...options,
    status: 404,
    detail: 'The requested resource does not exist.',
  });
}

/** The operation is rate limited: a 429 problem with `Retry-After`. */
export function rateLimitOperation(
  operationId: OperationId,
  options: ScenarioOptions & { retryAfter?: number } = {},
): HttpHandler {
  return failOperation(operationId, { ...options, status: 429, detail: 'Rate limit exceeded.' });
}

/** A list operation answers an empty page (with zero `status_counts` where the page has them). */
export function emptyList(
  operationId: ListOperationId,
  options: ScenarioOptions = {},
): HttpHandler {
  const kind = LIST_OPERATIONS[operationId];
  const body =
    kind === 'clients'
      ? { status_counts: zeroCounts(CLIENT_STATUSES) }
      : kind === 'tickets'
        ? { status_counts: zeroCounts(TICKET_STATUSES) }
        : {};
  return forOperation(operationId, options, () =>
    HttpResponse.json(
      { items: [], next_cursor: null, total: 0, ...body },
      { headers: { 'X-Request-Id': nextRequestId() } },
    ),
  );
}

/** The operation never answers (for loading states). */
export function hangOperation(
  operationId: OperationId,
  options: ScenarioOptions = {},
): HttpHandler {
  return forOperation(operationId, options, async () => {
    await delay('infinite');
    return undefined;
  });
}

/** The operation fails at the network level (`fetch` rejects), as when offline. */
export function networkErrorOperation(
  operationId: OperationId,
  options: ScenarioOptions = {},
): HttpHandler {
  return forOperation(operationId, options, () => HttpResponse.error());
}

/** The operation answers after `delayMs`, then normally. */
export function slowOperation(
  operationId: OperationId,
  options: ScenarioOptions & { delayMs?: number } = {},
): HttpHandler {
  return forOperation(operationId, options, async () => {
    await delay(options.delayMs ?? 1500);
    return undefined;
  });
}

/** Every request under the base URL answers after `delayMs`, then normally. */
export function slowNetwork(options: ScenarioOptions & { delayMs?: number } = {}): HttpHandler {
  const base = (options.baseUrl ?? '/api').replace(/\/+$/, '');
  return http.all(
    `${base}/*`,
    async () => {
      await delay(options.delayMs ?? 1500);
    },
    { once: options.once ?? false },
  );
}
