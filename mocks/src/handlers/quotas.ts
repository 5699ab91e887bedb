/**
 * Quotas: read; change limits with If-Match (a limit below in use + reserved is refused
 * with 422 `below-usage` unless forced; `null` means unlimited); reset to the defaults, every
 * resource or the ones named by `resource`. The change requests are in quota-requests.ts.
 */
import type { ClientDetails } from '../data/details/index.ts';
import { QUOTA_RESOURCES } from '../data/details/quotas.ts';
import { fieldError, ProblemError, problems } from '../problems.ts';
import { enumListParam } from '../query.ts';
import type { MockStore } from '../store.ts';
import type { FieldError, QuotaResource } from '../types.ts';
import { checkValue, isPlainObject, validate } from '../validation.ts';
import { type OpenApiHttp, route } from './route.ts';

/** The contract's largest limit (`QuotaLimit.maximum`). */
export const MAX_QUOTA_LIMIT = 2_147_483_647;

export type QuotaLimitChanges = Partial<Record<QuotaResource, number | null>>;

/** Checks `limits` (a `QuotaLimits` object): known resources, whole numbers in range or null. */
export function validateLimits(limits: unknown): QuotaLimitChanges {
  const errors: FieldError[] = [];
  if (!isPlainObject(limits)) {
    throw problems.validation([
      fieldError('limits', 'type', 'Must be an object of limits by resource.'),
    ]);
  }
  const entries = Object.entries(limits);
  if (entries.length === 0)
    errors.push(fieldError('limits', 'minProperties', 'Must change at least one limit.'));
  for (const [resource, value] of entries) {
    if (!(QUOTA_RESOURCES as readonly string[]).includes(resource)) {
      errors.push(
        fieldError(`limits.${resource}`, 'additional_property', 'Is not a quota resource.'),
      );
      continue;
    }
    errors.push(
      ...checkValue(`limits.${resource}`, value, {
        type: 'integer',
        minimum: 0,
        maximum: MAX_QUOTA_LIMIT,
        nullable: true,
      }),
    );
  }
  if (errors.length > 0) throw problems.validation(errors);
  return limits as QuotaLimitChanges;
}

/**
 * Sets the limits on the client's quota set and bumps its version; a limit below in use +
 * reserved is refused (422 `below-usage`, one error per resource) unless `force`.
 */
export function applyLimits(
  store: MockStore,
  details: ClientDetails,
  limits: QuotaLimitChanges,
  force: boolean,
): void {
  const below: FieldError[] = [];
  for (const [resource, limit] of Object.entries(limits) as [QuotaResource, number | null][]) {
    const quota = details.quotas.items.find((q) => q.resource === resource)!;
    const needed = quota.in_use + quota.reserved;
    if (limit !== null && limit < needed) {
      below.push(
        fieldError(
          `limits.${resource}`,
          'below_usage',
          `The limit ${limit} is below in use + reserved (${needed}).`,
        ),
      );
    }
  }
  if (below.length > 0 && !force) {
    throw new ProblemError(
      422,
      'below-usage',
      `${below.length} ${below.length === 1 ? 'limit is' : 'limits are'} below what the client already uses. Set force to apply anyway.`,
      { errors: below },
    );
  }
  for (const [resource, limit] of Object.entries(limits) as [QuotaResource, number | null][]) {
    details.quotas.items.find((q) => q.resource === resource)!.limit = limit;
  }
  details.quotas.updated_at = store.nowIso();
  details.quotaVersion++;
}

/** The activity parameters of a change of limits. */
export function limitParameters(limits: QuotaLimitChanges): [string, string][] {
  return Object.entries(limits).map(([k, v]) => [k, v === null ? 'unlimited' : String(v)]);
}

export function quotaHandlers(http: OpenApiHttp, store: MockStore) {
  return [
    http.get(
      '/clients/{client_id}/quotas',
      route(store, 'getClientQuotas', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        return response(200).json(store.detailsOf(record).quotas, {
          headers: { ETag: store.etag('quotas', record) },
        });
      }),
    ),

    http.put(
      '/clients/{client_id}/quotas',
      route(store, 'updateClientQuotas', async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const body = await ctx.json();
        ctx.ifMatch('quotas', record, { required: true, what: 'quotas' });
        const input = validate<{ limits: unknown; force?: boolean }>(body, {
          limits: { type: 'any', required: true },
          force: { type: 'boolean' },
        });
        const limits = validateLimits(input.limits);
        const details = store.detailsOf(record);
        applyLimits(store, details, limits, input.force ?? false);
        ctx.recordActivity(record, {
          action: 'quotas.updated',
          category: 'service',
          parameters: Object.fromEntries([
            ...limitParameters(limits),
            ...(input.force ? [['force', 'true']] : []),
          ]),
        });
        return response(200).json(details.quotas, {
          headers: { ETag: store.etag('quotas', record) },
        });
      }),
    ),

    http.delete(
      '/clients/{client_id}/quotas',
      route(store, 'resetClientQuotas', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const only = enumListParam(ctx.query, 'resource', QUOTA_RESOURCES);
        ctx.ifMatch('quotas', record, { required: false, what: 'quotas' });
        const details = store.detailsOf(record);
        for (const quota of details.quotas.items) {
          if (only.length === 0 || only.includes(quota.resource)) quota.limit = quota.default_limit;
        }
        details.quotas.updated_at = store.nowIso();
        details.quotaVersion++;
        ctx.recordActivity(record, {
          action: 'quotas.reset',
          category: 'service',
          ...(only.length > 0 ? { parameters: { resources: only.join(',') } } : {}),
        });
        return response(200).json(details.quotas, {
          headers: { ETag: store.etag('quotas', record) },
        });
      }),
    ),
  ];
}
