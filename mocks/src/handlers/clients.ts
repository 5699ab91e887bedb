/**
 * Clients: the list (every filter of the spec, the six sorts both ways, `status_counts`
 * over the filters but `status`: the one place the mocks filter and sort clients), create,
 * read, update (If-Match) and delete. The lifecycle actions live beside this module:
 * `client-transitions.ts` (suspend, resume, approve) and `client-actions.ts`.
 */
import { CLIENT_SORTS, STATUS_REASONS } from '@clientele/sdk/enums';
import { CLIENT_STATUSES } from '../data/clients.ts';
import type { ClientRecord } from '../data/model.ts';
import { isLiveService } from '../data/services.ts';
import { parseDecimal } from '../decimal.ts';
import { problems } from '../problems.ts';
import {
  booleanParam,
  dateParam,
  enumListParam,
  enumParam,
  filterAndCount,
  idParam,
  pageRequest,
  paginate,
  parseSort,
  type SortKey,
  sortBy,
  stringParam,
  zeroCounts,
} from '../query.ts';
import type { MockStore } from '../store.ts';
import type { ClientCreate, ClientSort, ClientUpdate } from '../types.ts';
import {
  applyUpdate,
  CLIENT_FIELDS,
  CREATE_SHAPE,
  clientHeaders,
  createClient,
  validateClient,
} from './client-records.ts';
import { type OpenApiHttp, type RouteContext, route } from './route.ts';

export { CLIENT_SORTS, STATUS_REASONS };

/** A decimal as a bigint with 8 fraction digits, for exact ordering. */
function decimalKey(amount: string): bigint {
  const { units, scale } = parseDecimal(amount);
  return units * 10n ** BigInt(Math.max(0, 8 - scale));
}

function sortKey(field: string): (record: ClientRecord) => SortKey {
  switch (field) {
    case 'company':
      return ({ client }) => client.company?.toLowerCase() ?? null;
    case 'country':
      return ({ client }) => client.country;
    case 'uptodate_credit':
      return ({ client }) => decimalKey(client.uptodate_credit.amount);
    case 'configuration':
      return ({ client }) => client.configuration.name.toLowerCase();
    case 'group':
      return ({ client }) => client.group?.name.toLowerCase() ?? null;
    default:
      return ({ client }) => client.created_at;
  }
}

const sortedViews = new WeakMap<
  MockStore,
  { revision: number; views: Map<string, ClientRecord[]> }
>();

/** The whole client list in one order, cached until the list changes. */
function sortedClients(store: MockStore, sort: ClientSort): ClientRecord[] {
  let cache = sortedViews.get(store);
  if (!cache || cache.revision !== store.listRevision) {
    cache = { revision: store.listRevision, views: new Map() };
    sortedViews.set(store, cache);
  }
  let view = cache.views.get(sort);
  if (!view) {
    const { field, descending } = parseSort(sort);
    view = sortBy(store.clients, sortKey(field), descending, (r) => r.client.id);
    cache.views.set(sort, view);
  }
  return view;
}

type Predicate = (record: ClientRecord) => boolean;

function clientFilters(ctx: RouteContext): Predicate[] {
  const { query, store } = ctx;
  const filters: Predicate[] = [];
  const search = stringParam(query, 'search');
  if (search) {
    const needle = search.toLowerCase();
    filters.push((r) => r.search.includes(needle));
  }
  const after = dateParam(query, 'created_after');
  if (after) filters.push((r) => r.client.created_at.slice(0, 10) >= after);
  const before = dateParam(query, 'created_before');
  if (before) filters.push((r) => r.client.created_at.slice(0, 10) <= before);
  const configurationId = idParam(query, 'configuration_id');
  if (configurationId) filters.push((r) => r.client.configuration.id === configurationId);
  const groupId = idParam(query, 'group_id');
  if (groupId) filters.push((r) => r.client.group?.id === groupId);
  const taxExempt = booleanParam(query, 'tax_exempt');
  if (taxExempt !== undefined) filters.push((r) => r.client.tax_exempt === taxExempt);
  const billing = booleanParam(query, 'has_billing_agreement');
  if (billing !== undefined) filters.push((r) => r.client.has_billing_agreement === billing);
  const region = idParam(query, 'has_instances_in_region');
  if (region) filters.push((r) => r.instances.some((i) => i.regionId === region));
  const flavor = idParam(query, 'has_instances_with_flavor');
  if (flavor) filters.push((r) => r.instances.some((i) => i.flavorId === flavor));
  const hypervisor = idParam(query, 'has_instances_on_hypervisor');
  if (hypervisor) filters.push((r) => r.instances.some((i) => i.hypervisorId === hypervisor));
  const hasInstances = booleanParam(query, 'has_instances');
  if (hasInstances !== undefined) filters.push((r) => r.instances.length > 0 === hasInstances);
  const hasServices = booleanParam(query, 'has_services');
  if (hasServices !== undefined)
    filters.push((r) => r.services.some(isLiveService) === hasServices);
  const typeId = idParam(query, 'has_services_of_type');
  if (typeId) {
    const products = new Set(
      store.catalog.products.filter((p) => p.service_type_id === typeId).map((p) => p.id),
    );
    filters.push((r) => r.services.some((s) => isLiveService(s) && products.has(s.productId)));
  }
  const productId = idParam(query, 'has_service_for_product');
  if (productId)
    filters.push((r) => r.services.some((s) => isLiveService(s) && s.productId === productId));
  return filters;
}

/** One page of the client list, with `status_counts` over every filter but `status`. */
function clientPage(ctx: RouteContext) {
  const { query, store } = ctx;
  const page = pageRequest(query);
  const sort = enumParam(query, 'sort', CLIENT_SORTS) ?? '-created_at';
  const statuses = enumListParam(query, 'status', CLIENT_STATUSES);
  const filters = clientFilters(ctx);
  // A list read completes `suspending` -> `suspended` like a read of the client.
  store.settleAll(true);
  const counts = zeroCounts(CLIENT_STATUSES);
  const matching = filterAndCount(sortedClients(store, sort), {
    filters,
    status: (r) => r.client.status,
    counts,
    statuses: [statuses],
  });
  return { ...paginate(matching, page, (r) => r.client), status_counts: counts };
}

export function clientHandlers(http: OpenApiHttp, store: MockStore) {
  return [
    http.get(
      '/clients',
      route(store, 'listClients', ({ response }, ctx) => response(200).json(clientPage(ctx))),
    ),

    http.post(
      '/clients',
      route(store, 'createClient', async ({ response }, ctx) => {
        const body = await ctx.json();
        return ctx.idempotent(body, () => {
          const fields = validateClient<ClientCreate>(store, body, CREATE_SHAPE);
          const record = createClient(ctx, fields, 'client.created');
          return response(201).json(record.client, clientHeaders(store, record));
        });
      }),
    ),

    http.get(
      '/clients/{client_id}',
      route(store, 'getClient', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        return response(200).json(record.client, clientHeaders(store, record));
      }),
    ),

    http.patch(
      '/clients/{client_id}',
      route(store, 'updateClient', async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const body = await ctx.json();
        ctx.ifMatch('client', record, { required: true, what: 'client' });
        const update = validateClient<ClientUpdate>(store, body, CLIENT_FIELDS, {
          minProperties: 1,
        });
        applyUpdate(ctx, record, update);
        ctx.recordActivity(record, {
          action: 'client.updated',
          category: 'account',
          parameters: { fields: Object.keys(update).sort().join(',') },
        });
        return response(200).json(record.client, clientHeaders(store, record));
      }),
    ),

    http.delete(
      '/clients/{client_id}',
      route(store, 'deleteClient', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        ctx.ifMatch('client', record, { required: false, what: 'client' });
        if (record.client.status === 'deleting' || record.client.status === 'closed') {
          throw problems.invalidTransition(
            `A client in status \`${record.client.status}\` cannot be deleted.`,
          );
        }
        record.client.status = 'deleting';
        record.client.status_reason = 'staff';
        store.touchClient(record);
        store.scheduleTransition(record, 'closed', { delayMs: store.deleteDelayMs, onRead: false });
        ctx.recordActivity(record, {
          action: 'client.deletion_started',
          category: 'account',
        });
        return response(202).json(record.client, clientHeaders(store, record));
      }),
    ),
  ];
}
