import type { Quota, QuotaRequest, QuotaSet } from '@clientele/sdk';
import { type Deferred, fakeApi, json, problem } from './fake-api.ts';

/**
 * A fake quotas API for the `<quota-editor>` tests, with the contract's rules: an ETag per
 * version, If-Match (428 without, 412 when stale), 422 `below-usage` unless forced, resets of
 * some or all resources, and pending change requests. Tests change it behind the editor's back
 * (`colleagueSets`) and can hold (`hold`) or fail (`failNext`) the next change.
 */
export const QUOTA_CLIENT = 'cl_1111111111111111';

export function sampleQuotas(): Quota[] {
  return [
    { resource: 'instances', limit: 10, in_use: 7, reserved: 1, default_limit: 10 },
    { resource: 'vcpus', limit: 32, in_use: 14, reserved: 2, default_limit: 20 },
    { resource: 'ram_mib', limit: 65536, in_use: 30720, reserved: 0, default_limit: 51200 },
    { resource: 'floating_ips', limit: null, in_use: 3, reserved: 0, default_limit: 5 },
    { resource: 'ports', limit: 50, in_use: 18, reserved: 0, default_limit: 50 },
  ];
}

/** A pending request from a colleague to raise vCPUs to 48. */
export function sampleRequest(id = 'qr_1'): QuotaRequest {
  return {
    id,
    client_id: QUOTA_CLIENT,
    status: 'pending',
    limits: { vcpus: 48 },
    reason: 'Staging moves to us next week.',
    requested_by: { id: 'stf_sam', name: 'Sam Carter' },
    created_at: '2026-02-27T09:30:00Z',
    decided_by: null,
    decided_at: null,
    decision_reason: null,
  };
}

export function quotaBackend(items: Quota[] = sampleQuotas(), requests: QuotaRequest[] = []) {
  let version = 1;
  let set: QuotaSet = { client_id: QUOTA_CLIENT, items, updated_at: '2026-02-10T11:00:00Z' };
  let failNext: Response | undefined;
  let failRequest: Response | undefined;
  let hold: Deferred<void> | undefined;
  let failRead: Response | undefined;
  let holdRead: Deferred<void> | undefined;
  const etag = () => `"q${version}"`;
  const withEtag = (body: unknown) => {
    const response = json(body);
    response.headers.set('ETag', etag());
    return response;
  };
  const pending = [...requests];
  const apply = (limits: Record<string, number | null>) => {
    set = {
      ...set,
      items: set.items.map((q) =>
        q.resource in limits ? { ...q, limit: limits[q.resource]! } : q,
      ),
    };
    version++;
  };

  const api = fakeApi(async (request, url) => {
    const path = url.pathname.replace(/^\/api/, '');
    if (path === `/clients/${QUOTA_CLIENT}/quota-requests`) {
      if (request.method === 'GET') {
        const items = pending.filter((r) => r.status === 'pending');
        return json({ items, next_cursor: null, total: items.length });
      }
      if (failRequest) {
        const response = failRequest;
        failRequest = undefined;
        return response;
      }
      const body = (await request.clone().json()) as Pick<QuotaRequest, 'limits' | 'reason'>;
      const created: QuotaRequest = {
        ...sampleRequest(`qr_new${pending.length}`),
        limits: body.limits,
        reason: body.reason,
        requested_by: { id: 'stf_me', name: 'Me' },
      };
      pending.unshift(created);
      return json(created, 201);
    }
    const decide = /^\/clients\/[^/]+\/quota-requests\/([^/]+)\/(approve|reject)$/.exec(path);
    if (decide) {
      const found = pending.find((r) => r.id === decide[1]);
      if (found?.status !== 'pending') return problem(409, { title: 'Conflict' });
      const decided = {
        decided_by: { id: 'stf_admin', name: 'Admin' },
        decided_at: '2026-03-01T12:00:00Z',
      };
      if (decide[2] === 'reject') {
        const { reason } = (await request.clone().json()) as { reason: string };
        Object.assign(found, { status: 'rejected', decision_reason: reason, ...decided });
        return json(found);
      }
      if (request.headers.get('If-Match') !== etag()) {
        return problem(412, { title: 'Precondition failed' });
      }
      apply(found.limits as Record<string, number | null>);
      Object.assign(found, { status: 'approved', ...decided });
      const response = json({ request: found, quotas: set });
      response.headers.set('ETag', etag());
      return response;
    }
    if (path !== `/clients/${QUOTA_CLIENT}/quotas`) {
      return problem(404, { title: 'Not found', detail: 'No such client.' });
    }
    if (request.method === 'GET') {
      if (holdRead) await holdRead.promise;
      const failure = failRead;
      failRead = undefined;
      return failure ?? withEtag(set);
    }
    if (hold) await hold.promise;
    if (failNext) {
      const response = failNext;
      failNext = undefined;
      return response;
    }
    const ifMatch = request.headers.get('If-Match');
    if (request.method === 'PUT' && !ifMatch)
      return problem(428, { title: 'Precondition required' });
    if (ifMatch && ifMatch !== etag()) {
      return problem(412, { title: 'Precondition failed', detail: 'The quotas changed.' });
    }
    if (request.method === 'DELETE') {
      const only = url.searchParams.getAll('resource');
      apply(
        Object.fromEntries(
          set.items
            .filter((q) => only.length === 0 || only.includes(q.resource))
            .map((q) => [q.resource, q.default_limit]),
        ),
      );
      return withEtag(set);
    }
    const body = (await request.clone().json()) as {
      limits: Record<string, number | null>;
      force?: boolean;
    };
    const below = Object.entries(body.limits).filter(([resource, limit]) => {
      const quota = set.items.find((q) => q.resource === resource)!;
      return limit !== null && limit < quota.in_use + quota.reserved;
    });
    if (below.length > 0 && !body.force) {
      return problem(422, {
        type: 'https://clientele.dev/problems/below-usage',
        title: 'Limit below current usage',
        errors: below.map(([resource]) => ({
          field: `limits.${resource}`,
          code: 'below_usage',
          message: `The limit is below in use + reserved.`,
        })),
      });
    }
    apply(body.limits);
    return withEtag(set);
  });

  return {
    api,
    get set() {
      return set;
    },
    get etag() {
      return etag();
    },
    /** The change requests as the server has them. */
    requests: pending,
    /** The changes (PUT and DELETE) received. */
    changes: () => api.requests.filter((r) => r.method === 'PUT' || r.method === 'DELETE'),
    /** A colleague saves other limits: the version moves on. */
    colleagueSets(limits: Record<string, number | null>) {
      apply(limits);
    },
    /** Usage grows behind the editor's back. */
    usageGrows(resource: string, inUse: number) {
      set = {
        ...set,
        items: set.items.map((q) => (q.resource === resource ? { ...q, in_use: inUse } : q)),
      };
    },
    /** The next read of the quotas answers this. */
    failReads(response: Response) {
      failRead = response;
    },
    holdReads(deferred: Deferred<void> | undefined) {
      holdRead = deferred;
    },
    failNext(response: Response) {
      failNext = response;
    },
    /** The next change request sent (POST quota-requests) answers this. */
    failNextRequest(response: Response) {
      failRequest = response;
    },
    hold(deferred: Deferred<void> | undefined) {
      hold = deferred;
    },
  };
}

export type QuotaBackend = ReturnType<typeof quotaBackend>;
