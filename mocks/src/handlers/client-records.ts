/**
 * Creating and updating clients: the fields and their rules, the references the validator
 * cannot check alone, a new client's record, and an update applied to one. Shared by the
 * create, update and create-similar routes.
 */
import { searchText } from '../data/clients.ts';
import type { ClientRecord } from '../data/model.ts';
import { fromEur } from '../data/money.ts';
import { EUR_RATES } from '../data/reference.ts';
import { compare } from '../decimal.ts';
import { fieldError, problems } from '../problems.ts';
import type { MockStore } from '../store.ts';
import type { Client, ClientCreate, ClientUpdate, FieldError } from '../types.ts';
import { type Shape, validate } from '../validation.ts';
import type { RouteContext } from './route.ts';

export const CLIENT_FIELDS: Shape = {
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

export const CREATE_SHAPE: Shape = Object.fromEntries(
  Object.entries(CLIENT_FIELDS).map(([name, rule]) => [
    name,
    ['first_name', 'last_name', 'email', 'country', 'currency'].includes(name)
      ? { ...rule, required: true }
      : rule,
  ]),
);

/** The response headers of a client: its ETag. */
export function clientHeaders(
  store: MockStore,
  record: ClientRecord,
): { headers: { ETag: string } } {
  return { headers: { ETag: store.etag('client', record) } };
}

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

/** A create or update body, validated field by field and then for its references (422). */
export function validateClient<T extends Partial<ClientCreate>>(
  store: MockStore,
  body: unknown,
  shape: Shape,
  options?: { minProperties?: number },
): T {
  const fields = validate<T>(body, shape, options);
  const errors = checkReferences(store, fields);
  if (errors.length > 0) throw problems.validation(errors);
  return fields;
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

export function createClient(
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
  ctx.recordActivity(record, {
    action,
    category: 'account',
    parameters,
  });
  return record;
}
export function applyUpdate(ctx: RouteContext, record: ClientRecord, update: ClientUpdate): void {
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
