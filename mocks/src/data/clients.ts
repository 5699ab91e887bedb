/**
 * Eager client generation: the client list itself (needed for filters and sorts), with the
 * compact service and instance facts the `has_*` filters read. Everything else about a
 * client is generated lazily (see details/).
 */
import { CLIENT_STATUSES } from '@clientele/sdk/enums';
import type { Client, ClientStatus, ServiceStatus, StatusReason } from '../types.ts';
import type { Catalog } from './catalog.ts';
import {
  type ClientRecord,
  DAY,
  type GenerationContext,
  HOUR,
  type InstanceSpec,
  type InstanceStatus,
  isoSeconds,
  type ServiceSpec,
} from './model.ts';
import { formatMinor, fromEurCents } from './money.ts';
import { flat, Random, type WeightedTable, weightedTable } from './random.ts';
import { type CountryInfo, countries, currencyScale } from './reference.ts';
import { COMPANY_ROOTS, EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES, STREETS } from './words.ts';

export { CLIENT_STATUSES };

const STATUS_WEIGHTS = weightedTable<ClientStatus>([
  ['active', 70],
  ['inactive', 11],
  ['suspending', 1],
  ['suspended', 7],
  ['deleting', 1],
  ['closed', 6],
  ['pending_approval', 4],
]);

/** At least this many of each status when the dataset is big enough. */
const STATUS_MINIMUM: Readonly<Record<ClientStatus, number>> = {
  active: 1,
  inactive: 1,
  suspending: 1,
  suspended: 2,
  deleting: 1,
  closed: 1,
  pending_approval: 3,
};

const NOTES = [
  'Prefers contact by email.',
  'Key account: escalate outages to the account manager.',
  'Asked for a quote for a dedicated server in March.',
  'VAT id verified by phone.',
  'Migrated from the legacy panel.',
  'Pays by bank transfer; allow 3 extra days.',
];

/** Lower-case ASCII for e-mail addresses and host names ("Müller" -> "muller"). */
export function asciiSlug(text: string, separator = ''): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator);
  if (!separator) return slug;
  let start = 0;
  let end = slug.length;
  while (slug.startsWith(separator, start)) start += separator.length;
  while (end > start && slug.endsWith(separator, end)) end -= separator.length;
  return slug.slice(start, end);
}

/** Decides each client's status, then guarantees a minimum of every status. */
function planStatuses(random: Random, size: number): ClientStatus[] {
  const statuses = Array.from({ length: size }, () => random.fromTable(STATUS_WEIGHTS));
  if (size < 20) return statuses;
  for (const status of CLIENT_STATUSES) {
    let missing = STATUS_MINIMUM[status] - statuses.filter((s) => s === status).length;
    while (missing > 0) {
      const index = random.int(0, size - 1);
      if (statuses[index] !== 'active') continue;
      statuses[index] = status;
      missing--;
    }
  }
  return statuses;
}

interface ClientContext {
  /** Epoch ms: generated history ends here. */
  readonly referenceTime: number;
  readonly catalog: Catalog;
  readonly countries: WeightedTable<CountryInfo>;
  readonly usedIds: Set<string>;
  readonly products: ReadonlyMap<string, Catalog['products'][number]>;
  readonly recurringPlans: ReadonlyMap<string, Catalog['products'][number]['plans']>;
  readonly hypervisorsByRegion: ReadonlyMap<string, readonly string[]>;
  readonly regionIds: readonly string[];
  readonly groups: ReadonlyMap<string, Catalog['groups'][number]>;
  readonly configurations: ReadonlyMap<string, Catalog['configurations'][number]>;
}

const productTable = (cloudWeight: number) =>
  weightedTable<string>([
    ['prd_cloud_payg', cloudWeight],
    ['prd_hosting_starter', 14],
    ['prd_hosting_pro', 12],
    ['prd_domain_reg', 16],
    ['prd_dedicated_e5', 4],
    ['prd_backup_100', 8],
    ['prd_email_pro', 8],
  ]);
const PRODUCTS_WITH_CLOUD = productTable(40);
const PRODUCTS_WITHOUT_CLOUD = productTable(0);

const FLAVOR_TABLE = weightedTable<string>([
  ['flv_m1_tiny', 8],
  ['flv_m1_small', 30],
  ['flv_m1_medium', 26],
  ['flv_m1_large', 16],
  ['flv_m1_xlarge', 7],
  ['flv_c2_large', 6],
  ['flv_r2_large', 5],
  ['flv_g1_a100', 2],
]);

const INSTANCE_COUNT_TABLE = weightedTable<number>([
  [0, 12],
  [1, 25],
  [2, 22],
  [3, 15],
  [4, 9],
  [6, 7],
  [9, 5],
  [14, 3],
  [24, 2],
]);

const INSTANCE_STATUS_TABLE = weightedTable<InstanceStatus>([
  ['ACTIVE', 86],
  ['SHUTOFF', 11],
  ['ERROR', 3],
]);

const ACTIVE_SERVICE_TABLE = weightedTable<ServiceStatus>([
  ['active', 75],
  ['pending', 8],
  ['terminated', 10],
  ['cancelled', 7],
]);
const INACTIVE_SERVICE_TABLE = weightedTable<ServiceStatus>([
  ['pending', 40],
  ['terminated', 35],
  ['cancelled', 25],
]);
const ENDED_SERVICE_TABLE = weightedTable<ServiceStatus>([
  ['terminated', 70],
  ['cancelled', 30],
]);

const POSTPAID_CONFIG_TABLE = weightedTable<string>([
  ['cfg_postpaid', 60],
  ['cfg_enterprise', 15],
  ['cfg_reseller', 25],
]);
const PREPAID_CONFIG_TABLE = weightedTable<string>([
  ['cfg_default', 85],
  ['cfg_strict_prepaid', 15],
]);
const groupTable = (config: string) =>
  weightedTable<string>([
    ['grp_default', 58],
    ['grp_resellers', config === 'cfg_reseller' ? 400 : 6],
    ['grp_enterprise', config === 'cfg_enterprise' ? 400 : 4],
    ['grp_startups', 14],
    ['grp_education', 7],
  ]);
const GROUP_TABLES: ReadonlyMap<string, WeightedTable<string>> = new Map(
  ['cfg_default', 'cfg_strict_prepaid', 'cfg_postpaid', 'cfg_enterprise', 'cfg_reseller'].map(
    (c) => [c, groupTable(c)],
  ),
);

function pickProduct(random: Random, hasCloud: boolean): string {
  return random.fromTable(hasCloud ? PRODUCTS_WITHOUT_CLOUD : PRODUCTS_WITH_CLOUD);
}

function serviceStatusesFor(random: Random, status: ClientStatus): ServiceStatus[] {
  const count = (min: number, max: number) => random.int(min, max);
  switch (status) {
    case 'active':
    case 'suspending': {
      const n = count(1, 5);
      return Array.from({ length: n }, (_, i) =>
        i === 0 ? 'active' : random.fromTable(ACTIVE_SERVICE_TABLE),
      );
    }
    case 'inactive': {
      const n = count(0, 2);
      return Array.from({ length: n }, () => random.fromTable(INACTIVE_SERVICE_TABLE));
    }
    case 'suspended':
      return Array.from({ length: count(1, 3) }, () => 'suspended' as const);
    case 'deleting':
    case 'closed':
      return Array.from({ length: count(0, 3) }, () => random.fromTable(ENDED_SERVICE_TABLE));
    case 'pending_approval':
      return [];
  }
}

function generateServices(
  random: Random,
  context: ClientContext,
  status: ClientStatus,
  createdMs: number,
): ServiceSpec[] {
  const { referenceTime } = context;
  const specs: ServiceSpec[] = [];
  let hasCloud = false;
  for (const serviceStatus of serviceStatusesFor(random, status)) {
    const productId = pickProduct(random, hasCloud);
    if (productId === 'prd_cloud_payg') hasCloud = true;
    const plan = random.pick(context.recurringPlans.get(productId)!);
    const createdAt = createdMs + random.int(0, Math.max(1, referenceTime - createdMs - DAY));
    const activated = serviceStatus === 'pending' ? null : createdAt + random.int(60_000, HOUR);
    specs.push({
      id: random.id('svc_', 10),
      productId,
      planId: plan.id,
      status: serviceStatus,
      createdMs: createdAt,
      activatedMs: activated,
      suspendedMs:
        serviceStatus === 'suspended'
          ? Math.max(activated ?? createdAt, referenceTime - random.int(HOUR, 60 * DAY))
          : null,
      pendingTask: serviceStatus === 'pending' && random.chance(0.5) ? 'provision' : null,
      projectId: productId === 'prd_cloud_payg' ? random.hex(32) : null,
    });
  }
  return specs;
}

function generateInstances(
  random: Random,
  context: ClientContext,
  status: ClientStatus,
  services: readonly ServiceSpec[],
): InstanceSpec[] {
  const cloud = services.find(
    (s) => s.productId === 'prd_cloud_payg' && (s.status === 'active' || s.status === 'suspended'),
  );
  if (!cloud || status === 'closed' || status === 'pending_approval') return [];
  const count = random.fromTable(INSTANCE_COUNT_TABLE);
  const homeRegion = random.pick(context.regionIds);
  const instances: InstanceSpec[] = [];
  for (let i = 0; i < count; i++) {
    const regionId = random.chance(0.8) ? homeRegion : random.pick(context.regionIds);
    const flavor = random.fromTable(FLAVOR_TABLE);
    let instanceStatus: InstanceStatus =
      status === 'suspended' ? 'SUSPENDED' : random.fromTable(INSTANCE_STATUS_TABLE);
    if (cloud.status === 'suspended') instanceStatus = 'SUSPENDED';
    instances.push({
      regionId,
      flavorId: flavor,
      hypervisorId: random.pick(context.hypervisorsByRegion.get(regionId)!),
      status: instanceStatus,
    });
  }
  return instances;
}

export function uuid(random: Random): string {
  const h = random.hex(32);
  return flat(
    `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`,
  );
}

function statusReason(random: Random, status: ClientStatus): StatusReason | null {
  switch (status) {
    case 'suspended':
      return random.weighted<StatusReason>([
        ['credit', 50],
        ['staff', 20],
        ['automatic', 20],
        ['fraud', 10],
      ]);
    case 'suspending':
      return random.weighted<StatusReason>([
        ['credit', 60],
        ['staff', 40],
      ]);
    case 'deleting':
      return 'staff';
    case 'closed':
      return random.weighted<StatusReason>([
        ['staff', 60],
        ['automatic', 30],
        ['fraud', 10],
      ]);
    default:
      return null;
  }
}

function generateClient(
  random: Random,
  context: ClientContext,
  index: number,
  status: ClientStatus,
): ClientRecord {
  const country = random.fromTable(context.countries);
  const firstName = random.pick(FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  const isOrganization = random.chance(0.65);
  const companyRoot = isOrganization ? random.pick(COMPANY_ROOTS) : null;
  const company = companyRoot
    ? flat(`${companyRoot} ${random.pick(country.companySuffixes)}`)
    : null;
  const person = `${asciiSlug(firstName)}.${asciiSlug(lastName)}`;
  const email = flat(
    companyRoot
      ? `${person}@${asciiSlug(companyRoot)}.example`
      : `${person}${random.int(1, 99)}@${random.pick(EMAIL_DOMAINS)}`,
  );
  const [city, state] = random.pick(country.cities);
  const { referenceTime } = context;

  let id = random.id('cl_', 16);
  while (context.usedIds.has(id)) id = random.id('cl_', 16);
  context.usedIds.add(id);

  const createdMs =
    status === 'pending_approval'
      ? referenceTime - random.int(HOUR, 12 * DAY)
      : referenceTime - random.int(2 * DAY, 5 * 365 * DAY);
  const updatedMs = createdMs + random.int(0, referenceTime - createdMs);

  const currency = random.chance(0.88) ? country.currency : random.pick(['EUR', 'USD']);
  const postpaid = status !== 'pending_approval' && random.chance(0.3);
  const configuration = random.fromTable(postpaid ? POSTPAID_CONFIG_TABLE : PREPAID_CONFIG_TABLE);
  const groupId = random.chance(0.12) ? null : random.fromTable(GROUP_TABLES.get(configuration)!);
  const group = groupId ? context.groups.get(groupId)! : null;
  const config = context.configurations.get(configuration)!;

  const services = generateServices(random, context, status, createdMs);
  const instances = generateInstances(random, context, status, services);

  const creditCents =
    status === 'pending_approval' ? 0 : postpaid ? random.int(-30000, 20000) : random.int(0, 80000);
  const credit = fromEurCents(creditCents, currency);
  const hasUsage = services.some((s) => s.status === 'active');
  const owed = fromEurCents(hasUsage ? random.int(0, 18000) : 0, currency);
  const uptodate = formatMinor(credit.minor - owed.minor, currencyScale(currency));
  const outOfCredit = uptodate.startsWith('-')
    ? isoSeconds(referenceTime - random.int(HOUR, Math.min(90 * DAY, referenceTime - createdMs)))
    : null;
  const taxExempt = groupId === 'grp_education' ? random.chance(0.7) : random.chance(0.05);

  const client: Client = {
    id,
    first_name: firstName,
    last_name: lastName,
    company,
    email,
    phone: random.chance(0.9)
      ? flat(`${country.phonePrefix} ${random.digits(3)} ${random.digits(3)} ${random.digits(3)}`)
      : null,
    address1: flat(`${random.pick(STREETS)} ${random.int(1, 220)}`),
    address2: random.chance(0.2)
      ? random.pick(['Suite 4', 'Floor 3', 'Unit 12B', 'Building C'])
      : null,
    city,
    state,
    zip_code: flat(country.zip()),
    country: country.code,
    vat_id:
      company && country.vatPrefix
        ? flat(`${country.vatPrefix}${random.digits(random.int(8, 10))}`)
        : null,
    tax_exempt: taxExempt,
    currency,
    language: country.language,
    timezone: country.timezone,
    type: isOrganization ? 'organization' : 'individual',
    payment_mode: postpaid ? 'postpaid' : 'prepaid',
    status,
    status_reason: statusReason(random, status),
    group: group ? { id: group.id, name: group.name } : null,
    configuration: { id: config.id, name: config.name },
    external_billing_id: random.chance(0.3) ? flat(`WH-${random.int(10000, 99999)}`) : null,
    has_billing_agreement: random.chance(postpaid ? 0.7 : 0.25),
    uptodate_credit: { amount: uptodate, currency },
    credit: { amount: credit.amount, currency },
    out_of_credit_since: outOfCredit,
    services_count: services.filter((s) => s.status !== 'terminated' && s.status !== 'cancelled')
      .length,
    instances_count: instances.length,
    notes: random.chance(0.15) ? random.pick(NOTES) : '',
    created_at: isoSeconds(createdMs),
    updated_at: isoSeconds(updatedMs),
  };
  return {
    client,
    index,
    generated: true,
    initialStatus: status,
    instances,
    services,
    owed: owed.amount,
    search: searchText(client),
    version: 1,
  };
}

/** The lower-cased text the client list's `search` matches. */
export function searchText(client: Client): string {
  return [
    `${client.first_name} ${client.last_name}`,
    client.email,
    client.company ?? '',
    client.external_billing_id ?? '',
  ]
    .join('\n')
    .toLowerCase();
}

export function generateClients(
  { seed, referenceTime }: GenerationContext,
  size: number,
  catalog: Catalog,
): ClientRecord[] {
  const random = Random.for(seed, 'clients');
  const statuses = planStatuses(Random.for(seed, 'statuses'), size);
  const context: ClientContext = {
    referenceTime,
    catalog,
    countries: weightedTable(countries((n) => random.digits(n)).map((c) => [c, c.weight] as const)),
    usedIds: new Set(),
    products: new Map(catalog.products.map((p) => [p.id, p])),
    recurringPlans: new Map(
      catalog.products.map((p) => [p.id, p.plans.filter((plan) => plan.cycle.unit !== 'one_time')]),
    ),
    hypervisorsByRegion: new Map(
      catalog.regions.map((r) => [
        r.id,
        catalog.hypervisors.filter((h) => h.region_id === r.id).map((h) => h.id),
      ]),
    ),
    regionIds: catalog.regions.map((r) => r.id),
    groups: new Map(catalog.groups.map((g) => [g.id, g])),
    configurations: new Map(catalog.configurations.map((c) => [c.id, c])),
  };
  return statuses.map((status, index) => generateClient(random, context, index, status));
}
