/**
 * Quota change requests: staff without `quotas.update` propose limits with a reason
 * (`quotas.request`); a colleague with `quotas.update` approves (the limits are applied with
 * the quota set's If-Match, below usage only when forced) or rejects with a reason. Only a
 * pending request can be decided (409 otherwise).
 */
import { QUOTA_REQUEST_STATUSES } from '@clientele/sdk/enums';
import type { ClientDetails } from '../data/details/index.ts';
import { generateQuotaRequests } from '../data/details/quota-requests.ts';
import type { ClientRecord } from '../data/model.ts';
import { problems } from '../problems.ts';
import { enumListParam, pageRequest, paginate } from '../query.ts';
import type { MockStore } from '../store.ts';
import type { QuotaRequest } from '../types.ts';
import { validate } from '../validation.ts';
import { applyLimits, limitParameters, validateLimits } from './quotas.ts';
import { type OpenApiHttp, type RouteContext, route } from './route.ts';

const REASON = { type: 'string', minLength: 3, maxLength: 1000, required: true } as const;

export function quotaRequestHandlers(http: OpenApiHttp, store: MockStore) {
  // Per client details object, so a store reset (new details) starts from the seeded requests.
  const byDetails = new WeakMap<ClientDetails, QuotaRequest[]>();

  /** The client's requests, newest first (seeded on first use). */
  const requestsOf = (record: ClientRecord): QuotaRequest[] => {
    const details = store.detailsOf(record);
    let requests = byDetails.get(details);
    if (!requests) {
      requests = record.generated
        ? generateQuotaRequests(
            store.seed,
            record.client.id,
            details.quotas,
            record.instances.length > 0,
            store.referenceTime,
          )
        : [];
      byDetails.set(details, requests);
    }
    return requests;
  };

  /** The pending request in the path: 404 when unknown, 409 when already decided. */
  const pendingRequest = (record: ClientRecord, id: string) => {
    const request = requestsOf(record).find((r) => r.id === id);
    if (!request) throw problems.notFound('quota change request', id);
    if (request.status !== 'pending') {
      throw problems.conflict(`The quota change request \`${id}\` was already ${request.status}.`);
    }
    return request;
  };

  const decide = (ctx: RouteContext, request: QuotaRequest, reason: string | null) => {
    request.decided_by = { ...ctx.actor };
    request.decided_at = store.nowIso();
    request.decision_reason = reason;
  };

  return [
    http.get(
      '/clients/{client_id}/quota-requests',
      route(store, 'listClientQuotaRequests', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const statuses = enumListParam(ctx.query, 'status', QUOTA_REQUEST_STATUSES);
        const page = pageRequest(ctx.query);
        const matching = requestsOf(record).filter(
          (r) => statuses.length === 0 || statuses.includes(r.status),
        );
        return response(200).json(paginate(matching, page));
      }),
    ),

    http.post(
      '/clients/{client_id}/quota-requests',
      route(store, 'createClientQuotaRequest', async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const body = await ctx.json();
        return ctx.idempotent(body, () => {
          const input = validate<{ limits: unknown; reason: string }>(body, {
            limits: { type: 'any', required: true },
            reason: REASON,
          });
          const limits = validateLimits(input.limits);
          const request: QuotaRequest = {
            id: store.newId('qr_', 10),
            client_id: record.client.id,
            status: 'pending',
            limits,
            reason: input.reason.trim(),
            requested_by: { ...ctx.actor },
            created_at: store.nowIso(),
            decided_by: null,
            decided_at: null,
            decision_reason: null,
          };
          requestsOf(record).unshift(request);
          ctx.recordActivity(record, {
            action: 'quotas.change_requested',
            category: 'service',
            parameters: Object.fromEntries([['request', request.id], ...limitParameters(limits)]),
          });
          return response(201).json(request);
        });
      }),
    ),

    http.post(
      '/clients/{client_id}/quota-requests/{request_id}/approve',
      route(store, 'approveClientQuotaRequest', async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const body = await ctx.json({ optional: true });
        const request = pendingRequest(record, params.request_id);
        ctx.ifMatch('quotas', record, { required: true, what: 'quotas' });
        const input = validate<{ force?: boolean }>(body, { force: { type: 'boolean' } });
        const details = store.detailsOf(record);
        applyLimits(store, details, request.limits, input.force ?? false);
        request.status = 'approved';
        decide(ctx, request, null);
        ctx.recordActivity(record, {
          action: 'quotas.change_approved',
          category: 'service',
          parameters: Object.fromEntries([
            ['request', request.id],
            ...limitParameters(request.limits),
            ...(input.force ? [['force', 'true']] : []),
          ]),
        });
        return response(200).json(
          { request, quotas: details.quotas },
          { headers: { ETag: store.etag('quotas', record) } },
        );
      }),
    ),

    http.post(
      '/clients/{client_id}/quota-requests/{request_id}/reject',
      route(store, 'rejectClientQuotaRequest', async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const body = await ctx.json();
        const request = pendingRequest(record, params.request_id);
        const input = validate<{ reason: string }>(body, { reason: REASON });
        request.status = 'rejected';
        decide(ctx, request, input.reason.trim());
        ctx.recordActivity(record, {
          action: 'quotas.change_rejected',
          category: 'service',
          parameters: { request: request.id },
        });
        return response(200).json(request);
      }),
    ),
  ];
}
