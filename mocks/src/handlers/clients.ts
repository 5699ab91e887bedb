/**
 * Clients: the filtered, sorted, paginated list with status counts; create, read, update
 * (If-Match), delete; and the lifecycle actions (suspend, resume, approve, impersonate,
 * create similar, email).
 */

import { CLIENT_STATUSES, searchText } from '../data/clients.ts';
import type { ClientRecord } from '../data/model.ts';
import { fromEur } from '../data/money.ts';
import { EUR_RATES } from '../data/reference.ts';
import { isLiveService } from '../data/services.ts';
import { compare, parseDecimal } from '../decimal.ts';
import { fieldError, problems } from '../problems.ts';
import {
  booleanParam,
  dateParam,
  enumListParam,
  enumParam,
  idParam,
  pageRequest,
  paginate,
  parseSort,
  type SortKey,
  sortBy,
  stringParam,
} from '../query.ts';
import type { MockStore } from '../store.ts';
import type {
  Client,
  ClientCreate,
  ClientSort,
  ClientStatus,
  ClientStatusCounts,
  ClientUpdate,
  FieldError,
  StatusReason,
} from '../types.ts';
import { type Shape, validate } from '../validation.ts';
import { type OpenApiHttp, type RouteContext, route } from './route.ts';

export const CLIENT_SORTS = [
  'company',
  '-company',
  'country',
  '-country',
  'created_at',
  '-created_at',
  'uptodate_credit',
  '-uptodate_credit',
  'configuration',
  '-configuration',
  'group',
  '-group',
] as const satisfies readonly ClientSort[];

const STATUS_REASONS = [
  'staff',
  'automatic',
  'credit',
  'fraud',
] as const satisfies readonly StatusReason[];

// ---------------------------------------------------------------- list

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

function emptyStatusCounts(): ClientStatusCounts {
  return {
    active: 0,
    inactive: 0,
    suspending: 0,
    suspended: 0,
    deleting: 0,
    closed: 0,
    pending_approval: 0,
  };
}

// ---------------------------------------------------------------- create and update

const CLIENT_FIELDS: Shape = {
  first_name: { type: 'string', minLength: 1, maxLength: 100 },
  last_name: { type: 'string', minLength: 1, maxLength: 100 },
  company: { type: 'string', maxLength: 200, nullable: true },
  email: { type: 'string', format: 'email', maxLength: 254 },
  phone: { type: 'string', maxLength: 40, nullable: true },
  address1: { type: 'string', maxLength: 200 },
  address2: { type: 'string', maxLength: 200, nullable: true },
  city: { type: 'string', maxLength: 100 },
  state: { type: 'string', maxLength: 100, nullable: true },
  zip_code: { type: 'string', maxLength: 20 },
  country: {
    type: 'string',
    pattern: /^[A-Z]{2}$/,
    patternMessage: 'Must be an ISO 3166-1 alpha-2 code.',
  },
  currency: {
    type: 'string',
    pattern: /^[A-Z]{3}$/,
    patternMessage: 'Must be an ISO 4217 currency code.',
  },
  vat_id: { type: 'string', maxLength: 50, nullable: true },
  tax_exempt: { type: 'boolean' },
  language: {
    type: 'string',
    minLength: 2,
    maxLength: 35,
    pattern: /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
    patternMessage: 'Must be a BCP 47 language tag.',
  },
  timezone: {
    type: 'string',
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)*$/,
    patternMessage: 'Must be an IANA time zone name.',
  },
  type: { type: 'string', enum: ['organization', 'individual'] },
  payment_mode: { type: 'string', enum: ['prepaid', 'postpaid'] },
  group_id: { type: 'string', minLength: 1, maxLength: 64, nullable: true },
  configuration_id: { type: 'string', minLength: 1, maxLength: 64 },
  external_billing_id: { type: 'string', maxLength: 100, nullable: true },
  notes: { type: 'string', maxLength: 10000 },
};

const CREATE_SHAPE: Shape = Object.fromEntries(
  Object.entries(CLIENT_FIELDS).map(([name, rule]) => [
    name,
    ['first_name', 'last_name', 'email', 'country', 'currency'].includes(name)
      ? { ...rule, required: true }
      : rule,
  ]),
);

/** References and rules the field validator cannot check alone (unknown ids, currencies). */
function checkReferences(store: MockStore, body: Partial<ClientCreate>): FieldError[] {
  const errors: FieldError[] = [];
  if (
    typeof body.group_id === 'string' &&
    !store.catalog.groups.some((g) => g.id === body.group_id)
  ) {
    errors.push(
      fieldError('group_id', 'not_found', `No client group with id \`${body.group_id}\`.`),
    );
  }
  if (
    typeof body.configuration_id === 'string' &&
    !store.catalog.configurations.some((c) => c.id === body.configuration_id)
  ) {
    errors.push(
      fieldError(
        'configuration_id',
        'not_found',
        `No configuration with id \`${body.configuration_id}\`.`,
      ),
    );
  }
  if (
    typeof body.currency === 'string' &&
    /^[A-Z]{3}$/.test(body.currency) &&
    !(body.currency in EUR_RATES)
  ) {
    errors.push(
      fieldError('currency', 'enum', `Supported currencies: ${Object.keys(EUR_RATES).join(', ')}.`),
    );
  }
  return errors;
}

function assertEmailFree(store: MockStore, email: string, exceptId?: string): void {
  const lower = email.toLowerCase();
  const taken = store.clients.find(
    (r) => r.client.email.toLowerCase() === lower && r.client.id !== exceptId,
  );
  if (taken)
    throw problems.conflict(
      `A client with the email \`${email}\` already exists (\`${taken.client.id}\`).`,
    );
}

function newClientRecord(store: MockStore, fields: ClientCreate, now: string): ClientRecord {
  const group =
    fields.group_id === null
      ? null
      : (store.catalog.groups.find((g) => g.id === (fields.group_id ?? 'grp_default')) ?? null);
  const configuration =
    store.catalog.configurations.find((c) => c.id === fields.configuration_id) ??
    store.catalog.configurations.find((c) => c.is_default)!;
  const zero = fromEur('0', fields.currency);
  const client: Client = {
    id: store.newClientId(),
    first_name: fields.first_name,
    last_name: fields.last_name,
    company: fields.company ?? null,
    email: fields.email,
    phone: fields.phone ?? null,
    address1: fields.address1 ?? '',
    address2: fields.address2 ?? null,
    city: fields.city ?? '',
    state: fields.state ?? null,
    zip_code: fields.zip_code ?? '',
    country: fields.country,
    vat_id: fields.vat_id ?? null,
    tax_exempt: fields.tax_exempt ?? false,
    currency: fields.currency,
    language: fields.language ?? 'en',
    timezone: fields.timezone ?? 'UTC',
    type: fields.type ?? 'individual',
    payment_mode: fields.payment_mode ?? 'prepaid',
    status: 'inactive',
    status_reason: null,
    group: group ? { id: group.id, name: group.name } : null,
    configuration: { id: configuration.id, name: configuration.name },
    external_billing_id: fields.external_billing_id ?? null,
    has_billing_agreement: false,
    uptodate_credit: { amount: zero, currency: fields.currency },
    credit: { amount: zero, currency: fields.currency },
    out_of_credit_since: null,
    services_count: 0,
    instances_count: 0,
    notes: fields.notes ?? '',
    created_at: now,
    updated_at: now,
  };
  return {
    client,
    index: store.clients.length,
    generated: false,
    initialStatus: 'inactive',
    instances: [],
    services: [],
    owed: zero,
    search: searchText(client),
    version: 1,
  };
}

function createClient(
  ctx: RouteContext,
  fields: ClientCreate,
  action: string,
  parameters: Record<string, string> = {},
) {
  const { store } = ctx;
  assertEmailFree(store, fields.email);
  const record = newClientRecord(store, fields, store.nowIso());
  const details = store.dataset.detailsFor(record, { fresh: true });
  store.addClient(record, details);
  store.recordActivity(record, {
    actor: ctx.activityActor,
    action,
    category: 'account',
    parameters,
  });
  return record;
}

function applyUpdate(ctx: RouteContext, record: ClientRecord, update: ClientUpdate): void {
  const { store } = ctx;
  const { client } = record;
  if (update.email !== undefined && update.email.toLowerCase() !== client.email.toLowerCase()) {
    assertEmailFree(store, update.email, client.id);
  }
  if (update.currency !== undefined && update.currency !== client.currency) {
    const hasMoney =
      compare(client.credit.amount, '0') !== 0 || store.detailsOf(record).invoices.length > 0;
    if (hasMoney) {
      throw problems.conflict('The currency of a client with credit or invoices cannot change.');
    }
    const zero = fromEur('0', update.currency);
    client.credit = { amount: zero, currency: update.currency };
    client.uptodate_credit = { amount: zero, currency: update.currency };
    record.owed = zero;
    client.currency = update.currency;
  }
  const { group_id, configuration_id, currency: _currency, ...plain } = update;
  Object.assign(client, plain);
  if (group_id !== undefined) {
    const group = group_id === null ? null : store.catalog.groups.find((g) => g.id === group_id)!;
    client.group = group ? { id: group.id, name: group.name } : null;
  }
  if (configuration_id !== undefined && configuration_id !== client.configuration.id) {
    const configuration = store.catalog.configurations.find((c) => c.id === configuration_id)!;
    client.configuration = { id: configuration.id, name: configuration.name };
    store.detailsOf(record).configurationVersion++;
  }
  record.search = searchText(client);
  store.touchClient(record);
}

// ---------------------------------------------------------------- transitions

/** 409 `invalid-transition` unless the client is in one of the `allowed` statuses. */
function assertStatus(record: ClientRecord, verb: string, allowed: readonly ClientStatus[]): void {
  const { status } = record.client;
  if (!allowed.includes(status)) {
    throw problems.invalidTransition(`A client in status \`${status}\` cannot be ${verb}.`);
  }
}

export function clientHandlers(http: OpenApiHttp, store: MockStore) {
  return [
    http.get(
      '/clients',
      route(store, 'listClients', ({ response }, ctx) => {
        const page = pageRequest(ctx.query);
        const sort = enumParam(ctx.query, 'sort', CLIENT_SORTS) ?? '-created_at';
        const statuses = enumListParam(ctx.query, 'status', CLIENT_STATUSES);
        const filters = clientFilters(ctx);
        // A list read completes `suspending` -> `suspended` like a read of the client.
        store.settleAll(true);
        const counts = emptyStatusCounts();
        const matching: ClientRecord[] = [];
        for (const record of sortedClients(store, sort)) {
          if (!filters.every((f) => f(record))) continue;
          counts[record.client.status]++;
          if (statuses.length === 0 || statuses.includes(record.client.status))
            matching.push(record);
        }
        return response(200).json({
          ...paginate(matching, page, (r) => r.client),
          status_counts: counts,
        });
      }),
    ),

    http.post(
      '/clients',
      route(store, 'createClient', async ({ response }, ctx) => {
        const body = await ctx.json();
        return ctx.idempotent(body, () => {
          const fields = validate<ClientCreate>(body, CREATE_SHAPE);
          const errors = checkReferences(store, fields);
          if (errors.length > 0) throw problems.validation(errors);
          const record = createClient(ctx, fields, 'client.created');
          return response(201).json(record.client, {
            headers: { ETag: store.etag('client', record) },
          });
        });
      }),
    ),

    http.get(
      '/clients/{client_id}',
      route(store, 'getClient', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        return response(200).json(record.client, {
          headers: { ETag: store.etag('client', record) },
        });
      }),
    ),

    http.patch(
      '/clients/{client_id}',
      route(store, 'updateClient', async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const body = await ctx.json();
        ctx.ifMatch('client', record, { required: true, what: 'client' });
        const update = validate<ClientUpdate>(body, CLIENT_FIELDS, { minProperties: 1 });
        const errors = checkReferences(store, update);
        if (errors.length > 0) throw problems.validation(errors);
        applyUpdate(ctx, record, update);
        store.recordActivity(record, {
          actor: ctx.activityActor,
          action: 'client.updated',
          category: 'account',
          parameters: { fields: Object.keys(update).sort().join(',') },
        });
        return response(200).json(record.client, {
          headers: { ETag: store.etag('client', record) },
        });
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
        store.recordActivity(record, {
          actor: ctx.activityActor,
          action: 'client.deletion_started',
          category: 'account',
        });
        return response(202).json(record.client, {
          headers: { ETag: store.etag('client', record) },
        });
      }),
    ),

    http.post(
      '/clients/{client_id}/suspend',
      route(store, 'suspendClient', async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const body = validate<{ reason: StatusReason; note?: string }>(await ctx.json(), {
          reason: { type: 'string', enum: STATUS_REASONS, required: true },
          note: { type: 'string', maxLength: 500 },
        });
        assertStatus(record, 'suspended', ['active', 'inactive']);
        record.client.status = 'suspending';
        record.client.status_reason = body.reason;
        store.touchClient(record);
        store.scheduleTransition(record, 'suspended', {
          delayMs: store.suspendDelayMs,
          onRead: true,
        });
        store.recordActivity(record, {
          actor: ctx.activityActor,
          action: 'client.suspended',
          category: 'account',
          parameters: body.note
            ? { reason: body.reason, note: body.note }
            : { reason: body.reason },
        });
        return response(200).json(record.client, {
          headers: { ETag: store.etag('client', record) },
        });
      }),
    ),

    http.post(
      '/clients/{client_id}/resume',
      route(store, 'resumeClient', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        assertStatus(record, 'resumed', ['suspended']);
        record.client.status = 'active';
        record.client.status_reason = null;
        store.touchClient(record);
        store.recordActivity(record, {
          actor: ctx.activityActor,
          action: 'client.resumed',
          category: 'account',
        });
        return response(200).json(record.client, {
          headers: { ETag: store.etag('client', record) },
        });
      }),
    ),

    http.post(
      '/clients/{client_id}/approve',
      route(store, 'approveClient', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        assertStatus(record, 'approved', ['pending_approval']);
        record.client.status = 'active';
        record.client.status_reason = null;
        store.touchClient(record);
        store.recordActivity(record, {
          actor: ctx.activityActor,
          action: 'client.approved',
          category: 'account',
        });
        return response(200).json(record.client, {
          headers: { ETag: store.etag('client', record) },
        });
      }),
    ),

    http.post(
      '/clients/{client_id}/impersonate',
      route(store, 'impersonateClient', async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const body = validate<{ reason: string; duration_minutes?: number }>(await ctx.json(), {
          reason: { type: 'string', minLength: 3, maxLength: 500, required: true },
          duration_minutes: { type: 'integer', minimum: 5, maximum: 240 },
        });
        if (body.reason.trim().length < 3) {
          throw problems.validation([
            fieldError('reason', 'minLength', 'Must be at least 3 characters.'),
          ]);
        }
        const { status } = record.client;
        if (status === 'closed' || status === 'deleting' || status === 'pending_approval') {
          throw problems.invalidTransition(
            `A client in status \`${status}\` cannot be impersonated.`,
          );
        }
        const minutes = body.duration_minutes ?? 30;
        const token = store.newId('imp_', 32);
        store.recordActivity(record, {
          actor: ctx.activityActor,
          action: 'client.impersonation_started',
          category: 'security',
          impersonator: ctx.actor,
          parameters: { reason: body.reason, duration_minutes: String(minutes) },
        });
        return response(201).json({
          token,
          url: `https://panel.provider.example/impersonate?token=${token}`,
          expires_at: new Date(Math.floor(store.now().getTime() / 1000) * 1000 + minutes * 60_000)
            .toISOString()
            .replace('.000Z', 'Z'),
          client_id: record.client.id,
          impersonator: ctx.actor,
          reason: body.reason,
        });
      }),
    ),

    http.post(
      '/clients/{client_id}/create-similar',
      route(store, 'createSimilarClient', async ({ params, response }, ctx) => {
        const source = ctx.client(params.client_id);
        const body = await ctx.json();
        return ctx.idempotent(body, () => {
          const fields = validate<{
            first_name: string;
            last_name: string;
            email: string;
            company?: string | null;
          }>(body, {
            first_name: { ...CLIENT_FIELDS.first_name!, required: true },
            last_name: { ...CLIENT_FIELDS.last_name!, required: true },
            email: { ...CLIENT_FIELDS.email!, required: true },
            company: CLIENT_FIELDS.company!,
          });
          const { client } = source;
          const record = createClient(
            ctx,
            {
              ...fields,
              country: client.country,
              currency: client.currency,
              language: client.language,
              timezone: client.timezone,
              payment_mode: client.payment_mode,
              type: fields.company ? 'organization' : client.type,
              group_id: client.group?.id ?? null,
              configuration_id: client.configuration.id,
            },
            'client.created',
            { similar_to: client.id },
          );
          return response(201).json(record.client, {
            headers: { ETag: store.etag('client', record) },
          });
        });
      }),
    ),

    http.post(
      '/clients/{client_id}/email',
      route(store, 'emailClient', async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const body = validate<{ subject: string; body: string }>(await ctx.json(), {
          subject: { type: 'string', minLength: 1, maxLength: 200, required: true },
          body: { type: 'string', minLength: 1, maxLength: 20000, required: true },
        });
        const receipt = {
          id: store.newId('em_'),
          queued_at: store.nowIso(),
          to: record.client.email,
        };
        store.recordActivity(record, {
          actor: ctx.activityActor,
          action: 'client.emailed',
          category: 'account',
          parameters: { subject: body.subject, email_id: receipt.id },
        });
        return response(202).json(receipt);
      }),
    ),
  ];
}
