/**
 * What every contract test file shares: the backend behind MSW, `call` (an operation by
 * id, its response checked against the spec, its status recorded), `expectStatuses` (a
 * table of requests and the status each must answer), fixtures, and the coverage rule. Each file owns the operations of its domain (`CONTRACT_DOMAINS`) and
 * checks, after its tests, that each of them both succeeded and failed at least once;
 * checker.test.ts checks that every operation of the spec has exactly one owner.
 */
import { afterAll, expect } from 'vitest';
import { OPERATIONS, TOKENS } from '../../src/index.ts';
import type { OperationId } from '../../src/types.ts';
import { type ApiOptions, type ApiResult, api, useMockServer } from '../helpers.ts';
import { conformance } from './spec.ts';

/** The operations each contract test file must exercise, with a success and an error. */
export const CONTRACT_DOMAINS = {
  checker: [],
  clients: ['getMe', 'listClients', 'createClient', 'getClient', 'updateClient', 'deleteClient'],
  'client-actions': [
    'suspendClient',
    'resumeClient',
    'approveClient',
    'impersonateClient',
    'createSimilarClient',
    'emailClient',
  ],
  reference: [
    'listClientGroups',
    'listConfigurations',
    'listRegions',
    'listFlavors',
    'listHypervisors',
    'listProducts',
    'listServiceTypes',
    'listRoles',
    'listTicketDepartments',
    'listUnitOffers',
  ],
  billing: ['listClientInvoices', 'createClientInvoice', 'listClientJournal'],
  services: ['listClientServices', 'changeServicePlan', 'terminateService'],
  users: [
    'listClientUsers',
    'associateClientUser',
    'updateClientUser',
    'dissociateClientUser',
    'listUsers',
    'impersonateClientUser',
  ],
  account: [
    'getClientConfiguration',
    'setClientConfiguration',
    'listClientResources',
    'listClientDomains',
    'registerClientDomain',
    'listClientActivity',
  ],
  tickets: ['listTickets', 'listClientTickets', 'createTicket'],
  quotas: ['getClientQuotas', 'updateClientQuotas', 'resetClientQuotas'],
  'quota-requests': [
    'listClientQuotaRequests',
    'createClientQuotaRequest',
    'approveClientQuotaRequest',
    'rejectClientQuotaRequest',
  ],
  units: [
    'getClientUnitBalance',
    'updateClientUnitBalance',
    'listClientUnitEntries',
    'createClientUnitEntry',
    'reverseClientUnitEntry',
    'applyClientUnitOffer',
  ],
  authentication: [
    'getClientAuthentication',
    'listClientVerifications',
    'sendClientPasswordReset',
    'blockClientSignIn',
    'unblockClientSignIn',
    'listClientImpersonationSessions',
    'endClientImpersonationSession',
    'endClientImpersonationSessions',
  ],
  scenarios: [],
} as const satisfies Record<string, readonly OperationId[]>;

export type ContractDomain = keyof typeof CONTRACT_DOMAINS;

export interface CallOptions extends ApiOptions {
  params?: Record<string, string>;
  query?: string;
}

export const UNKNOWN_CLIENT = 'cl_0000000000000000';

/**
 * One row of a status table: what this request changes in the table's base request, and
 * the status it must answer. The change replaces the base's `body`, `headers`, `query` and
 * `token` and adds to its `params`.
 */
export type StatusCase = readonly [change: CallOptions, status: number];

// The changes the tables share.
/** The read-only token: 403 for any change. */
export const AS_AUDITOR = { token: TOKENS.auditor } as const satisfies CallOptions;
/** No bearer token: 401. */
export const WITHOUT_TOKEN = { token: null } as const satisfies CallOptions;
/** A client that does not exist: 404. */
export const FOR_UNKNOWN_CLIENT = { params: { client_id: UNKNOWN_CLIENT } } satisfies CallOptions;
/** Support staff: may propose quota changes (`quotas.request`), not decide them. */
export const AS_SUPPORT = { token: TOKENS.support } as const satisfies CallOptions;
/** None of the base's headers: an update without `If-Match` answers 428. */
export const WITHOUT_HEADERS = { headers: undefined } as const satisfies CallOptions;
/** An `If-Match`; a stale one answers 412. */
export const ifMatch = (etag: string): CallOptions => ({ headers: { 'If-Match': etag } });
export const idempotencyKey = (key: string): CallOptions => ({
  headers: { 'Idempotency-Key': key },
});
/** A body that is not JSON: 400. */
export const malformedBody = (text = '{'): CallOptions => ({ body: text });
/** A case per query, each to answer `status`. */
export const eachQuery = (queries: readonly string[], status: number): StatusCase[] =>
  queries.map((query) => [{ query }, status]);

/** A case's change as JSON, a removed part shown as `(none)`. */
function describeChange(change: CallOptions): string {
  return JSON.stringify(change, (_, value) => (value === undefined ? '(none)' : value));
}

/**
 * Starts the backend for one contract test file (the same seed and size for every file)
 * and checks, after its tests, the coverage of the operations `domain` owns.
 */
export function useContract(domain: ContractDomain) {
  const { backend, server } = useMockServer({ size: 120, seed: 7 });
  const { store } = backend;
  const coverage = new Map<string, Set<number>>();

  /** Calls an operation by id, checks the response against the spec, records coverage. */
  async function call(operationId: OperationId, options: CallOptions = {}): Promise<ApiResult> {
    const { method, path } = OPERATIONS[operationId];
    const resolved = path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = options.params?.[name];
      if (value === undefined) throw new Error(`${operationId}: missing path parameter ${name}`);
      return encodeURIComponent(value);
    });
    const result = await api(`${resolved}${options.query ? `?${options.query}` : ''}`, {
      ...options,
      method: method.toUpperCase(),
    });
    expect(
      conformance(operationId, result),
      `${method.toUpperCase()} ${resolved}?${options.query ?? ''}`,
    ).toEqual([]);
    expect(
      result.headers.get('x-request-id') ?? result.body?.request_id,
      'request id',
    ).toBeTruthy();
    const statuses = coverage.get(operationId) ?? new Set<number>();
    statuses.add(result.status);
    coverage.set(operationId, statuses);
    return result;
  }

  /**
   * Sends each case in order (the base request with the case's change) and checks the
   * status it answers; a failure names the operation and the case. Returns the results.
   */
  async function expectStatuses(
    operationId: OperationId,
    base: CallOptions,
    cases: readonly StatusCase[],
  ): Promise<ApiResult[]> {
    const results: ApiResult[] = [];
    for (const [index, [change, status]] of cases.entries()) {
      const params =
        base.params || change.params ? { ...base.params, ...change.params } : undefined;
      const result = await call(operationId, { ...base, ...change, params });
      const label = `${operationId}, case ${index + 1} of ${cases.length}: ${describeChange(change)}`;
      expect(result.status, label).toBe(status);
      results.push(result);
    }
    return results;
  }

  function clientWith(predicate: (r: (typeof store.clients)[number]) => boolean): string {
    const record = store.clients.find(predicate);
    if (!record) throw new Error('no client matches the test fixture predicate');
    return record.client.id;
  }

  const activeId = () =>
    clientWith(
      (r) => r.client.status === 'active' && r.services.some((s) => s.status === 'active'),
    );

  const closedId = () => clientWith((r) => r.client.status === 'closed');

  /** The path parameters of the first 25 clients: a sweep of their generated details. */
  const firstClients = () => store.clients.slice(0, 25).map((r) => ({ client_id: r.client.id }));

  afterAll(() => {
    // Every operation the file owns was exercised, with a success and at least one error.
    for (const operationId of CONTRACT_DOMAINS[domain]) {
      const statuses = [...(coverage.get(operationId) ?? [])];
      expect(
        statuses.some((s) => s < 300),
        `${operationId} never succeeded`,
      ).toBe(true);
      expect(
        statuses.some((s) => s >= 400),
        `${operationId} never failed`,
      ).toBe(true);
    }
  });

  return {
    backend,
    server,
    store,
    call,
    expectStatuses,
    clientWith,
    activeId,
    closedId,
    firstClients,
  };
}
