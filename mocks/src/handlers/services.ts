/** A client's services: list, change pricing plan, terminate. */
import type { ClientRecord, ServiceSpec } from '../data/model.ts';
import { isLiveService, toService } from '../data/services.ts';
import { fieldError, problems } from '../problems.ts';
import { pageRequest, paginate, sortBy } from '../query.ts';
import type { MockStore } from '../store.ts';
import type { Service } from '../types.ts';
import { validate } from '../validation.ts';
import { type OpenApiHttp, type RouteContext, route } from './route.ts';

/** The API `Service` of one of the client's services (the cloud project's region is its instances'). */
function serviceOf(store: MockStore, record: ClientRecord, spec: ServiceSpec): Service {
  const regionId = record.instances[0]?.regionId;
  const region = store.catalog.regions.find((r) => r.id === regionId);
  return toService(
    spec,
    record.client,
    store.catalog,
    store.referenceTime,
    region ? { id: region.id, name: region.name } : null,
  );
}

function findService(record: ClientRecord, serviceId: string): ServiceSpec {
  const spec = record.services.find((s) => s.id === serviceId);
  if (!spec) throw problems.notFound('service', serviceId);
  return spec;
}

function assertRunning(spec: ServiceSpec, verb: string): void {
  if (spec.status === 'terminated' || spec.status === 'cancelled') {
    throw problems.invalidTransition(`A service in status \`${spec.status}\` cannot be ${verb}.`);
  }
}

/** Keeps the client row in step with its services (count; an active client with none left is inactive). */
function refreshClient(ctx: RouteContext, record: ClientRecord): void {
  const { client } = record;
  client.services_count = record.services.filter(isLiveService).length;
  if (client.status === 'active' && !record.services.some((s) => s.status === 'active')) {
    client.status = 'inactive';
  }
  ctx.store.touchClient(record);
}

export function serviceHandlers(http: OpenApiHttp, store: MockStore) {
  return [
    http.get(
      '/clients/{client_id}/services',
      route(store, 'listClientServices', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const page = pageRequest(ctx.query);
        const newestFirst = sortBy(
          record.services,
          (s) => s.createdMs,
          true,
          (s) => s.id,
        );
        return response(200).json(paginate(newestFirst, page, (s) => serviceOf(store, record, s)));
      }),
    ),

    http.post(
      '/clients/{client_id}/services/{service_id}/change-plan',
      route(store, 'changeServicePlan', async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const spec = findService(record, params.service_id);
        const { plan_id } = validate<{ plan_id: string }>(await ctx.json(), {
          plan_id: { type: 'string', minLength: 1, maxLength: 64, required: true },
        });
        assertRunning(spec, 'moved to another plan');
        const product = store.catalog.products.find((p) => p.id === spec.productId)!;
        if (!product.plans.some((p) => p.id === plan_id)) {
          throw problems.validation([
            fieldError(
              'plan_id',
              'not_found',
              `The product \`${product.id}\` has no pricing plan \`${plan_id}\`.`,
            ),
          ]);
        }
        if (plan_id === spec.planId) {
          throw problems.validation([
            fieldError(
              'plan_id',
              'unchanged',
              `The service is on the plan \`${plan_id}\` already.`,
            ),
          ]);
        }
        const from = spec.planId;
        spec.planId = plan_id;
        spec.pendingTask = null;
        ctx.recordActivity(record, {
          action: 'service.plan_changed',
          category: 'service',
          parameters: { service_id: spec.id, from_plan_id: from, to_plan_id: plan_id },
        });
        return response(200).json(serviceOf(store, record, spec));
      }),
    ),

    http.post(
      '/clients/{client_id}/services/{service_id}/terminate',
      route(store, 'terminateService', async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const spec = findService(record, params.service_id);
        const body = validate<{ reason?: string }>(await ctx.json({ optional: true }), {
          reason: { type: 'string', maxLength: 500 },
        });
        assertRunning(spec, 'terminated');
        spec.status = 'terminated';
        spec.pendingTask = null;
        refreshClient(ctx, record);
        ctx.recordActivity(record, {
          action: 'service.terminated',
          category: 'service',
          parameters: body.reason
            ? { service_id: spec.id, reason: body.reason }
            : { service_id: spec.id },
        });
        return response(200).json(serviceOf(store, record, spec));
      }),
    ),
  ];
}
