/**
 * Lazy per-client generation: invoices, journal, users, cloud resources, domains, activity,
 * quotas and the units ledger. Each client's history comes from its own random stream
 * (seeded by the dataset seed and the client id), so it is the same whenever it is first
 * read and 100,000 clients cost nothing until someone opens one.
 */
import {
  add,
  compare,
  divide,
  multiply,
  negate,
  normalize,
  round,
  subtract,
  sum,
} from '../decimal.ts';
import type {
  ActivityCategory,
  ActivityEntry,
  ClientUser,
  CloudResource,
  CloudResourceKind,
  Domain,
  Invoice,
  InvoiceLine,
  InvoiceStatus,
  JournalEntry,
  JournalParty,
  Quota,
  QuotaResource,
  QuotaSet,
  Ref,
  UnitBalance,
  UnitEntry,
} from '../types.ts';
import { type Catalog, OTHER_STAFF, SYSTEM_ACTOR } from './catalog.ts';
import { asciiSlug, uuid } from './clients.ts';
import {
  type ClientRecord,
  DAY,
  type GenerationContext,
  HOUR,
  type InstanceSpec,
  isoDate,
  isoSeconds,
  type TicketRecord,
} from './model.ts';
import { convert, exchangeRate, fromEur, money } from './money.ts';
import { Random } from './random.ts';
import {
  currencyScale,
  DOMAIN_TLDS,
  EUR_RATES,
  FIRST_NAMES,
  IMAGE_NAMES,
  INSTANCE_NAMES,
  LAST_NAMES,
  taxRateFor,
} from './reference.ts';
import { toService } from './services.ts';

export const QUOTA_RESOURCES = [
  'instances',
  'vcpus',
  'ram_mib',
  'volumes',
  'volume_gib',
  'snapshots',
  'images',
  'networks_public',
  'networks_private',
  'routers',
  'floating_ips',
  'ports',
  'security_groups',
  'users',
] as const satisfies readonly QuotaResource[];

export const DEFAULT_QUOTA_LIMITS: Readonly<Record<QuotaResource, number>> = {
  instances: 10,
  vcpus: 20,
  ram_mib: 51200,
  volumes: 10,
  volume_gib: 1000,
  snapshots: 10,
  images: 5,
  networks_public: 1,
  networks_private: 5,
  routers: 2,
  floating_ips: 5,
  ports: 50,
  security_groups: 10,
  users: 10,
};

export const RESOURCE_KINDS = [
  'instance',
  'volume',
  'network',
  'router',
  'ssh_key',
  'image',
  'port',
] as const satisfies readonly CloudResourceKind[];

export interface UnitsLedger {
  balance: UnitBalance;
  /** Oldest first (append-only). */
  readonly entries: UnitEntry[];
  version: number;
}

export interface ClientDetails {
  readonly invoices: Invoice[];
  /** Oldest first. */
  readonly journal: JournalEntry[];
  readonly users: ClientUser[];
  readonly resources: Record<CloudResourceKind, CloudResource[]>;
  readonly domains: Domain[];
  /** Oldest first. */
  readonly activity: ActivityEntry[];
  quotas: QuotaSet;
  quotaVersion: number;
  configurationVersion: number;
  readonly units: UnitsLedger;
}

export function documentNumber(
  prefix: string,
  year: number,
  clientIndex: number,
  seq: number,
): string {
  return `${prefix}-${year}-${String(clientIndex + 1).padStart(6, '0')}-${String(seq).padStart(3, '0')}`;
}

/** The contact person of a client, as a user. */
export function personFor(random: Random, domain: string): { name: string; email: string } {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  return { name: `${first} ${last}`, email: `${asciiSlug(first)}.${asciiSlug(last)}@${domain}` };
}

function ip(random: Random): string {
  return random.chance(0.8)
    ? `${random.pick(['198.51.100', '203.0.113', '192.0.2'])}.${random.int(2, 254)}`
    : `2001:db8::${random.hex(4)}`;
}

function spread(random: Random, fromMs: number, toMs: number, count: number): number[] {
  const span = Math.max(1, toMs - fromMs);
  return Array.from({ length: count }, () => fromMs + random.int(0, span)).sort((a, b) => a - b);
}

// ---------------------------------------------------------------- invoices

function invoiceFromLines(
  id: string,
  number: string,
  status: InvoiceStatus,
  issuedMs: number,
  dueDays: number,
  lines: readonly { description: string; quantity: string; unitPrice: string }[],
  currency: string,
  taxRate: string,
  creditNoteOf: string | null,
): Invoice {
  const scale = currencyScale(currency);
  const built: InvoiceLine[] = lines.map((line) => ({
    description: line.description,
    quantity: line.quantity,
    unit_price: { amount: line.unitPrice, currency },
    amount: money(multiply(line.quantity, line.unitPrice), currency),
  }));
  const subtotal = round(sum(built.map((l) => l.amount.amount)), scale);
  const tax = round(multiply(subtotal, taxRate), scale);
  return {
    id,
    number,
    status,
    issued_at: isoDate(issuedMs),
    due_at: isoDate(issuedMs + dueDays * DAY),
    subtotal: { amount: subtotal, currency },
    tax: { amount: tax, currency },
    total: { amount: add(subtotal, tax), currency },
    lines: built,
    credit_note_of: creditNoteOf,
  };
}

/** Builds an invoice with exact totals from request lines (used by the create endpoint too). */
export function buildInvoice(input: {
  id: string;
  number: string;
  status: InvoiceStatus;
  issuedMs: number;
  dueAt: string;
  lines: readonly { description: string; quantity: string; unitPrice: string }[];
  currency: string;
  taxRate: string;
}): Invoice {
  const invoice = invoiceFromLines(
    input.id,
    input.number,
    input.status,
    input.issuedMs,
    0,
    input.lines,
    input.currency,
    input.taxRate,
    null,
  );
  return { ...invoice, due_at: input.dueAt };
}

export function clientTaxRate(record: ClientRecord): string {
  return record.client.tax_exempt ? '0' : taxRateFor(record.client.country);
}

function generateInvoices(
  random: Random,
  record: ClientRecord,
  catalog: Catalog,
  referenceTime: number,
): Invoice[] {
  const { client } = record;
  const currency = client.currency;
  const scale = currencyScale(currency);
  const config = catalog.configurations.find((c) => c.id === client.configuration.id);
  const dueDays = config?.invoice_due_days ?? 14;
  const billable = record.services.filter((s) => s.activatedMs !== null);
  if (billable.length === 0) return [];
  const firstMs = Math.min(...billable.map((s) => s.activatedMs!));
  // Monthly invoices on the 1st, for at most the last 14 months of the client's life.
  const months: number[] = [];
  const cursor = new Date(Math.max(firstMs, referenceTime - 420 * DAY));
  cursor.setUTCDate(1);
  cursor.setUTCHours(6, 0, 0, 0);
  cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  while (cursor.getTime() <= referenceTime) {
    months.push(cursor.getTime());
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  const taxRate = clientTaxRate(record);
  const invoices: Invoice[] = [];
  let seq = 0;
  months.forEach((issuedMs, i) => {
    const lines: { description: string; quantity: string; unitPrice: string }[] = [];
    for (const spec of billable) {
      if (spec.activatedMs! > issuedMs) continue;
      const service = toService(spec, client, catalog, referenceTime);
      const month = new Date(issuedMs - DAY).toLocaleString('en', {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      if (spec.projectId) {
        const hours = `${random.int(200, 744)}.${random.int(0, 9)}`;
        lines.push({
          description: `Cloud usage, ${month} (instance hours)`,
          quantity: hours,
          unitPrice: normalize(
            divide(`0.0${random.int(10, 95)}`, EUR_RATES[currency] ?? '1', 4),
            scale,
          ),
        });
      } else if (service.cycle.unit === 'month') {
        lines.push({
          description: `${service.product.name}, ${month}`,
          quantity: '1',
          unitPrice: service.price.amount,
        });
      } else if (
        service.cycle.unit === 'year' &&
        new Date(issuedMs).getUTCMonth() === new Date(spec.activatedMs!).getUTCMonth()
      ) {
        lines.push({
          description: `${service.product.name}, 12 months`,
          quantity: '1',
          unitPrice: service.price.amount,
        });
      }
    }
    if (lines.length === 0) return;
    const age = months.length - 1 - i;
    const overdueAllowed = issuedMs + dueDays * DAY < referenceTime;
    const status: InvoiceStatus =
      age === 0
        ? overdueAllowed
          ? 'overdue'
          : random.chance(0.6)
            ? 'unpaid'
            : 'paid'
        : age === 1 && random.chance(0.15)
          ? 'overdue'
          : random.weighted<InvoiceStatus>([
              ['paid', 90],
              ['cancelled', 4],
              ['refunded', 6],
            ]);
    seq++;
    const year = new Date(issuedMs).getUTCFullYear();
    const invoice = invoiceFromLines(
      `inv_${random.hex(12)}`,
      documentNumber('INV', year, record.index, seq),
      status,
      issuedMs,
      dueDays,
      lines,
      currency,
      taxRate,
      null,
    );
    invoices.push(invoice);
    if (status === 'refunded') {
      seq++;
      invoices.push(
        invoiceFromLines(
          `inv_${random.hex(12)}`,
          documentNumber('CN', year, record.index, seq),
          'paid',
          issuedMs + random.int(2, 20) * DAY,
          0,
          invoice.lines.map((l) => ({
            description: `Credit: ${l.description}`,
            quantity: l.quantity,
            unitPrice: negate(l.unit_price.amount),
          })),
          currency,
          taxRate,
          invoice.id,
        ),
      );
    }
  });
  return invoices;
}

// ---------------------------------------------------------------- journal

function generateJournal(
  random: Random,
  record: ClientRecord,
  invoices: readonly Invoice[],
  referenceTime: number,
): JournalEntry[] {
  const { client } = record;
  const currency = client.currency;
  const finalCredit = client.credit.amount;
  const createdMs = Date.parse(client.created_at);
  if (record.initialStatus === 'pending_approval') return [];
  const count = random.int(2, 14);
  const times = spread(random, createdMs + HOUR, referenceTime - HOUR, count + 1);
  const entries: JournalEntry[] = [];
  let credit = fromEur('0', currency);
  let seq = 0;
  const push = (
    at: number,
    source: JournalParty,
    destination: JournalParty,
    sourceAmount: { amount: string; currency: string },
    destinationAmount: string,
    rate: string,
    actor: Ref | null,
    description: string,
  ) => {
    if (destination === 'credit') credit = add(credit, destinationAmount);
    if (source === 'credit') credit = subtract(credit, destinationAmount);
    seq++;
    entries.push({
      id: `jrn_${random.hex(8)}${String(seq).padStart(3, '0')}`,
      created_at: isoSeconds(at),
      source,
      destination,
      source_amount: sourceAmount,
      destination_amount: { amount: destinationAmount, currency },
      exchange_rate: rate,
      actor,
      credit_after: { amount: round(credit, currencyScale(currency)), currency },
      description,
    });
  };
  const paidInvoices = invoices.filter((i) => i.status === 'paid' && i.credit_note_of === null);
  for (let i = 0; i < count; i++) {
    const at = times[i]!;
    const kind = random.weighted<string>([
      ['payment', 40],
      ['invoice', paidInvoices.length > 0 ? 30 : 0],
      ['staff_credit', 8],
      ['staff_debit', 4],
      ['settlement', client.group?.id === 'grp_resellers' ? 10 : 1],
      ['external', client.external_billing_id ? 8 : 0],
    ]);
    const amount = fromEur(`${random.int(5, 400)}.${random.digits(2)}`, currency);
    switch (kind) {
      case 'payment': {
        const foreign = random.chance(0.2) ? (currency === 'USD' ? 'EUR' : 'USD') : currency;
        if (foreign !== currency) {
          const sourceAmount = convert(amount, currency, foreign);
          const rate = exchangeRate(foreign, currency);
          const destination = round(multiply(sourceAmount, rate), currencyScale(currency));
          push(
            at,
            'transaction',
            'credit',
            { amount: sourceAmount, currency: foreign },
            destination,
            rate,
            null,
            `Card payment, transaction tx_${random.hex(6)}`,
          );
        } else {
          push(
            at,
            'transaction',
            'credit',
            { amount, currency },
            amount,
            '1',
            null,
            `Card payment, transaction tx_${random.hex(6)}`,
          );
        }
        break;
      }
      case 'invoice': {
        const invoice = random.pick(paidInvoices);
        push(
          at,
          'credit',
          'invoice',
          { amount: invoice.total.amount, currency },
          invoice.total.amount,
          '1',
          null,
          `Payment of invoice ${invoice.number}`,
        );
        break;
      }
      case 'staff_credit': {
        const staff = random.pick(OTHER_STAFF);
        push(at, 'staff', 'credit', { amount, currency }, amount, '1', staff, 'Goodwill credit');
        break;
      }
      case 'staff_debit': {
        const staff = random.pick(OTHER_STAFF);
        push(at, 'credit', 'staff', { amount, currency }, amount, '1', staff, 'Manual correction');
        break;
      }
      case 'settlement':
        push(
          at,
          'settlement',
          'credit',
          { amount, currency },
          amount,
          '1',
          null,
          'Reseller settlement',
        );
        break;
      default:
        push(
          at,
          'external',
          'credit',
          { amount, currency },
          amount,
          '1',
          null,
          `Synchronised from ${client.external_billing_id}`,
        );
    }
  }
  // A last entry brings the running credit to the client's current credit exactly.
  const difference = subtract(finalCredit, credit);
  const last = times[count]!;
  if (compare(difference, '0') > 0) {
    push(
      last,
      'transaction',
      'credit',
      { amount: difference, currency },
      difference,
      '1',
      null,
      `Bank transfer, reference BT-${random.digits(6)}`,
    );
  } else if (compare(difference, '0') < 0) {
    const amount = negate(difference);
    push(
      last,
      'credit',
      'invoice',
      { amount, currency },
      amount,
      '1',
      null,
      'Usage charged to credit',
    );
  }
  return entries;
}

// ---------------------------------------------------------------- users

function generateUsers(
  random: Random,
  record: ClientRecord,
  catalog: Catalog,
  referenceTime: number,
): ClientUser[] {
  const { client } = record;
  const domain = client.email.split('@')[1] ?? 'example.com';
  const owner: ClientUser = {
    id: `usr_${random.hex(8)}`,
    name: `${client.first_name} ${client.last_name}`,
    email: client.email,
    role: { id: 'role_owner', name: 'Owner' },
    associated_at: client.created_at,
  };
  const users = [owner];
  if (record.initialStatus === 'pending_approval') return users;
  const extra =
    client.type === 'organization'
      ? random.weighted<number>([
          [0, 30],
          [1, 30],
          [2, 25],
          [3, 10],
          [6, 5],
        ])
      : random.weighted<number>([
          [0, 85],
          [1, 15],
        ]);
  const createdMs = Date.parse(client.created_at);
  for (const at of spread(random, createdMs + HOUR, referenceTime - HOUR, extra)) {
    const person = personFor(random, domain);
    const role = random.weighted(
      catalog.roles.map(
        (r) => [r, r.id === 'role_owner' ? 8 : r.id === 'role_member' ? 50 : 14] as const,
      ),
    );
    users.push({
      id: `usr_${random.hex(8)}`,
      name: person.name,
      email: person.email,
      role: { id: role.id, name: role.name },
      associated_at: isoSeconds(at),
    });
  }
  return users;
}

// ---------------------------------------------------------------- resources

/** An instance with the details generated lazily (name, id, address, image, creation time). */
export interface InstanceDetails {
  readonly spec: InstanceSpec;
  readonly id: string;
  readonly name: string;
  readonly image: string;
  readonly ipv4: string;
  readonly createdAt: string;
}

export function instanceDetails(
  random: Random,
  record: ClientRecord,
  referenceTime: number,
): InstanceDetails[] {
  const cloud = record.services.find((s) => s.projectId !== null);
  const since = cloud?.activatedMs ?? Date.parse(record.client.created_at);
  return record.instances.map((spec, i) => ({
    spec,
    id: uuid(random),
    name: `${random.pick(INSTANCE_NAMES)}-${String(i + 1).padStart(2, '0')}`,
    image: random.pick(IMAGE_NAMES),
    ipv4: `203.0.${random.int(113, 120)}.${random.int(2, 254)}`,
    createdAt: isoSeconds(
      since + random.int(HOUR, Math.max(2 * HOUR, referenceTime - since - HOUR)),
    ),
  }));
}

function emptyResources(): Record<CloudResourceKind, CloudResource[]> {
  return { instance: [], volume: [], network: [], router: [], ssh_key: [], image: [], port: [] };
}

function generateResources(
  random: Random,
  record: ClientRecord,
  instances: readonly InstanceDetails[],
  catalog: Catalog,
): Record<CloudResourceKind, CloudResource[]> {
  const resources = emptyResources();
  const regionRef = (id: string) => {
    const region = catalog.regions.find((r) => r.id === id)!;
    return { id: region.id, name: region.name };
  };
  const slug = asciiSlug(record.client.company ?? record.client.last_name, '-') || 'client';
  for (const instance of instances) {
    const { spec } = instance;
    const flavor = catalog.flavors.find((f) => f.id === spec.flavorId)!;
    const hypervisor = catalog.hypervisors.find((h) => h.id === spec.hypervisorId)!;
    resources.instance.push({
      id: instance.id,
      kind: 'instance',
      name: instance.name,
      status: spec.status,
      region: regionRef(spec.regionId),
      created_at: instance.createdAt,
      attributes: {
        flavor: flavor.name,
        vcpus: String(flavor.vcpus),
        ram_mib: String(flavor.ram_mib),
        image: instance.image,
        ipv4: instance.ipv4,
        hypervisor: hypervisor.name,
      },
    });
    resources.port.push({
      id: uuid(random),
      kind: 'port',
      name: `${instance.name}-eth0`,
      status: spec.status === 'ACTIVE' ? 'ACTIVE' : 'DOWN',
      region: regionRef(spec.regionId),
      created_at: instance.createdAt,
      attributes: {
        mac_address: `fa:16:3e:${random.hex(2)}:${random.hex(2)}:${random.hex(2)}`,
        fixed_ip: `10.0.${random.int(0, 3)}.${random.int(2, 250)}`,
        device: instance.name,
      },
    });
    const volumes = random.weighted<number>([
      [0, 40],
      [1, 45],
      [2, 15],
    ]);
    for (let v = 0; v < volumes; v++) {
      const attached = random.chance(0.85);
      resources.volume.push({
        id: uuid(random),
        kind: 'volume',
        name: `${instance.name}-data${v === 0 ? '' : `-${v + 1}`}`,
        status: attached ? 'in-use' : 'available',
        region: regionRef(spec.regionId),
        created_at: instance.createdAt,
        attributes: {
          size_gib: String(random.pick([10, 20, 50, 100, 250, 500])),
          volume_type: random.pick(['ssd', 'hdd', 'nvme']),
          attached_to: attached ? instance.name : '',
        },
      });
    }
  }
  const regionsUsed = [...new Set(instances.map((i) => i.spec.regionId))];
  for (const regionId of regionsUsed) {
    const first = instances.find((i) => i.spec.regionId === regionId)!;
    resources.network.push({
      id: uuid(random),
      kind: 'network',
      name: `${slug}-${regionId.slice(4)}-net`,
      status: 'ACTIVE',
      region: regionRef(regionId),
      created_at: first.createdAt,
      attributes: { cidr: `10.${random.int(0, 254)}.0.0/24`, external: 'false', mtu: '1450' },
    });
    if (random.chance(0.7)) {
      resources.router.push({
        id: uuid(random),
        kind: 'router',
        name: `${slug}-${regionId.slice(4)}-router`,
        status: 'ACTIVE',
        region: regionRef(regionId),
        created_at: first.createdAt,
        attributes: { external_gateway: 'public', gateway_ip: `198.51.100.${random.int(2, 254)}` },
      });
    }
  }
  if (record.instances.length > 0 || random.chance(0.2)) {
    const keys = random.int(1, 3);
    for (let k = 0; k < keys; k++) {
      resources.ssh_key.push({
        id: `key_${random.hex(10)}`,
        kind: 'ssh_key',
        name: `${asciiSlug(record.client.first_name)}-${random.pick(['laptop', 'desktop', 'ci', 'deploy'])}`,
        status: 'available',
        region: null,
        created_at: record.client.created_at,
        attributes: {
          fingerprint: `SHA256:${random.hex(43)}`,
          key_type: random.pick(['ssh-ed25519', 'ssh-rsa', 'ecdsa-sha2-nistp256']),
        },
      });
    }
  }
  const images =
    instances.length > 0
      ? random.weighted<number>([
          [0, 60],
          [1, 30],
          [2, 10],
        ])
      : 0;
  for (let m = 0; m < images; m++) {
    const source = random.pick(instances);
    resources.image.push({
      id: uuid(random),
      kind: 'image',
      name: `${source.name}-snapshot-${m + 1}`,
      status: 'active',
      region: regionRef(source.spec.regionId),
      created_at: source.createdAt,
      attributes: {
        base_image: source.image,
        size_gib: String(random.int(2, 40)),
        visibility: 'private',
      },
    });
  }
  return resources;
}

// ---------------------------------------------------------------- domains

function generateDomains(random: Random, record: ClientRecord, referenceTime: number): Domain[] {
  const hasWeb = record.services.some(
    (s) =>
      s.productId.startsWith('prd_hosting') ||
      s.productId === 'prd_domain_reg' ||
      s.productId === 'prd_email_pro',
  );
  if (!hasWeb) return [];
  const base = asciiSlug(
    record.client.company?.split(' ').slice(0, 2).join(' ') ??
      `${record.client.first_name} ${record.client.last_name}`,
    '-',
  );
  const count = random.int(1, 4);
  const createdMs = Date.parse(record.client.created_at);
  const names = new Set<string>();
  const domains: Domain[] = [];
  for (const at of spread(random, createdMs, referenceTime - DAY, count)) {
    const name = `${base}${names.size > 0 && random.chance(0.4) ? `-${random.pick(['shop', 'cloud', 'app', 'mail'])}` : ''}.${random.pick(DOMAIN_TLDS)}`;
    if (names.has(name)) continue;
    names.add(name);
    const years = random.int(1, 3);
    let expires = at;
    while (expires < referenceTime - 30 * DAY) expires += years * 365 * DAY;
    const status =
      expires < referenceTime ? 'expired' : referenceTime - at < 2 * DAY ? 'pending' : 'active';
    domains.push({
      id: `dom_${random.hex(8)}`,
      name,
      status,
      created_at: isoSeconds(at),
      expires_at: isoSeconds(expires),
    });
  }
  return domains;
}

// ---------------------------------------------------------------- activity

function generateActivity(
  random: Random,
  record: ClientRecord,
  users: readonly ClientUser[],
  invoices: readonly Invoice[],
  tickets: readonly TicketRecord[],
  referenceTime: number,
): ActivityEntry[] {
  const { client } = record;
  const createdMs = Date.parse(client.created_at);
  const entries: Omit<ActivityEntry, 'id'>[] = [];
  const owner = users[0]!;
  const clientActor = (user: ClientUser = owner) => ({
    id: user.id,
    name: user.name,
    type: 'client' as const,
  });
  const staffActor = () => {
    const staff = random.pick(OTHER_STAFF);
    return { id: staff.id, name: staff.name, type: 'staff' as const };
  };
  const add = (
    at: number,
    actor: ActivityEntry['actor'],
    action: string,
    category: ActivityCategory,
    parameters: Record<string, string> = {},
    impersonator: Ref | null = null,
  ) => {
    entries.push({
      at: isoSeconds(at),
      actor,
      impersonator,
      ip: actor.type === 'system' ? null : ip(random),
      action,
      category,
      parameters,
      client_id: client.id,
    });
  };
  const system = { id: 'system', name: 'System', type: 'system' as const };
  add(createdMs, clientActor(), 'client.signed_up', 'account', { email: client.email });
  if (record.initialStatus !== 'pending_approval') {
    add(createdMs + random.int(10 * 60_000, DAY), staffActor(), 'client.approved', 'account');
  }
  for (const spec of record.services) {
    if (spec.activatedMs !== null)
      add(spec.activatedMs, system, 'service.activated', 'service', { service_id: spec.id });
    if (spec.suspendedMs !== null)
      add(spec.suspendedMs, system, 'service.suspended', 'service', { service_id: spec.id });
  }
  for (const invoice of invoices.slice(-6)) {
    const issued = Date.parse(`${invoice.issued_at}T06:00:00Z`);
    add(issued, system, 'invoice.issued', 'billing', {
      invoice_id: invoice.id,
      number: invoice.number,
      total: invoice.total.amount,
      currency: invoice.total.currency,
    });
    if (invoice.status === 'paid')
      add(issued + random.int(HOUR, 10 * DAY), clientActor(), 'invoice.paid', 'billing', {
        invoice_id: invoice.id,
        number: invoice.number,
      });
  }
  for (const { ticket } of tickets) {
    add(Date.parse(ticket.created_at), clientActor(), 'ticket.opened', 'support', {
      ticket_id: ticket.id,
      title: ticket.title,
    });
  }
  const logins = record.initialStatus === 'pending_approval' ? 1 : random.int(2, 10);
  for (const at of spread(random, createdMs + HOUR, referenceTime - HOUR, logins)) {
    add(at, clientActor(random.pick(users)), 'user.logged_in', 'security');
  }
  if (random.chance(0.3))
    add(
      createdMs + random.int(DAY, 90 * DAY),
      clientActor(),
      'user.two_factor_enabled',
      'security',
    );
  if (random.chance(0.25)) {
    const staff = random.pick(OTHER_STAFF);
    const at = createdMs + random.int(DAY, Math.max(2 * DAY, referenceTime - createdMs - DAY));
    add(
      at,
      { id: staff.id, name: staff.name, type: 'staff' },
      'client.impersonation_started',
      'security',
      { reason: 'Check the client area after a reported display issue.', duration_minutes: '30' },
      staff,
    );
    add(at + 5 * 60_000, clientActor(), 'service.settings_viewed', 'service', {}, staff);
  }
  if (record.initialStatus === 'suspended' || record.initialStatus === 'suspending') {
    add(
      Date.parse(client.updated_at),
      client.status_reason === 'credit' || client.status_reason === 'automatic'
        ? system
        : staffActor(),
      'client.suspended',
      'account',
      { reason: client.status_reason ?? 'staff' },
    );
  }
  if (record.initialStatus === 'closed' || record.initialStatus === 'deleting') {
    add(
      Date.parse(client.updated_at),
      staffActor(),
      record.initialStatus === 'closed' ? 'client.closed' : 'client.deletion_started',
      'account',
      { reason: client.status_reason ?? 'staff' },
    );
  }
  return entries
    .filter((e) => Date.parse(e.at) <= referenceTime)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .map((e, i) => ({ id: `act_${random.hex(6)}${String(i).padStart(4, '0')}`, ...e }));
}

// ---------------------------------------------------------------- quotas

function generateQuotas(
  random: Random,
  record: ClientRecord,
  resources: Record<CloudResourceKind, CloudResource[]>,
  users: readonly ClientUser[],
  catalog: Catalog,
): QuotaSet {
  const flavors = record.instances.map((i) => catalog.flavors.find((f) => f.id === i.flavorId)!);
  const inUse: Record<QuotaResource, number> = {
    instances: record.instances.length,
    vcpus: flavors.reduce((n, f) => n + f.vcpus, 0),
    ram_mib: flavors.reduce((n, f) => n + f.ram_mib, 0),
    volumes: resources.volume.length,
    volume_gib: resources.volume.reduce((n, v) => n + Number(v.attributes.size_gib ?? 0), 0),
    snapshots: resources.volume.length > 0 ? random.int(0, 3) : 0,
    images: resources.image.length,
    networks_public: record.instances.length > 0 ? 1 : 0,
    networks_private: resources.network.length,
    routers: resources.router.length,
    floating_ips: Math.min(record.instances.length, random.int(0, 3)),
    ports: resources.port.length + resources.router.length,
    security_groups: record.instances.length > 0 ? random.int(1, 4) : 0,
    users: users.length,
  };
  const items: Quota[] = QUOTA_RESOURCES.map((resource) => {
    const reserved =
      (resource === 'instances' || resource === 'vcpus') &&
      inUse.instances > 0 &&
      random.chance(0.1)
        ? 1
        : 0;
    const defaultLimit = DEFAULT_QUOTA_LIMITS[resource];
    const needed = inUse[resource] + reserved;
    let limit: number | null = defaultLimit;
    if (needed > defaultLimit) limit = Math.ceil((needed * 1.5) / 5) * 5;
    else if (random.chance(0.08)) limit = defaultLimit * 2;
    else if (random.chance(0.03)) limit = null;
    return { resource, limit, in_use: inUse[resource], reserved, default_limit: defaultLimit };
  });
  return { client_id: record.client.id, items, updated_at: record.client.created_at };
}

// ---------------------------------------------------------------- units

function generateUnits(
  random: Random,
  record: ClientRecord,
  instances: readonly InstanceDetails[],
  referenceTime: number,
): UnitsLedger {
  const { client } = record;
  const postpaid = client.payment_mode === 'postpaid';
  const creditLimit = postpaid ? random.pick(['100', '250', '500', '1000']) : '0';
  const cutoff = postpaid && random.chance(0.4) ? negate(random.pick(['50', '100'])) : '0';
  const warnLevel = random.pick(['50', '100', '200']);
  const entries: UnitEntry[] = [];
  let balance = '0';
  let seq = 0;
  const entry = (
    partial: Partial<UnitEntry> & Pick<UnitEntry, 'kind' | 'amount' | 'description' | 'created_at'>,
  ) => {
    balance = add(balance, partial.amount);
    seq++;
    const full: UnitEntry = {
      id: `ue_${random.hex(6)}${String(seq).padStart(4, '0')}`,
      balance_after: balance,
      actor: SYSTEM_ACTOR,
      impersonator: null,
      reverses_entry_id: null,
      reversed_by_entry_id: null,
      offer_id: null,
      period_start: null,
      period_end: null,
      resource: null,
      ...partial,
    };
    entries.push(full);
    return full;
  };
  const createdMs = Date.parse(client.created_at);
  if (record.initialStatus !== 'pending_approval') {
    const cloud = record.services.find((s) => s.projectId !== null && s.activatedMs !== null);
    const start = cloud?.activatedMs ?? createdMs + HOUR;
    entry({
      kind: 'offer',
      amount: '100',
      description: 'Trial, 100 units',
      created_at: isoSeconds(start),
      offer_id: 'off_trial_100',
      period_start: isoSeconds(start),
      period_end: isoSeconds(start + 30 * DAY),
      actor: random.pick(OTHER_STAFF),
    });
    const debits = instances.length > 0 ? random.int(6, 36) : random.int(0, 3);
    const firstDay = Math.max(start + DAY, referenceTime - debits * DAY - DAY);
    for (let d = 0; d < debits; d++) {
      const dayStart = Math.floor((firstDay + d * DAY) / DAY) * DAY;
      if (dayStart + DAY > referenceTime) break;
      const instance = instances.length > 0 ? random.pick(instances) : null;
      const amount = `${random.int(1, 24)}.${random.digits(2)}`;
      const limit = negate(creditLimit);
      // Top up before a debit would cross the credit limit, as a real client would.
      if (compare(subtract(balance, amount), add(limit, '20')) < 0) {
        const offer = random.chance(0.7)
          ? { id: 'off_starter_1000', units: '1000', name: 'Starter pack, 1000 units' }
          : { id: 'off_burst_250', units: '250.5', name: 'Burst, 250.5 units' };
        entry({
          kind: 'offer',
          amount: offer.units,
          description: offer.name,
          created_at: isoSeconds(dayStart - HOUR),
          offer_id: offer.id,
          actor: random.pick(OTHER_STAFF),
        });
      }
      const debit = entry({
        kind: 'debit',
        amount: negate(amount),
        description: instance ? `Instance ${instance.name}, 24 hours` : 'Backup storage, 24 hours',
        created_at: isoSeconds(dayStart + DAY),
        period_start: isoSeconds(dayStart),
        period_end: isoSeconds(dayStart + DAY),
        resource: instance ? { id: instance.id, name: instance.name } : null,
      });
      if (random.chance(0.05)) {
        const staff = random.pick(OTHER_STAFF);
        const reversal = entry({
          kind: 'reversal',
          amount: amount,
          description: 'Metering error, charged twice',
          created_at: isoSeconds(dayStart + DAY + HOUR),
          actor: staff,
          reverses_entry_id: debit.id,
        });
        debit.reversed_by_entry_id = reversal.id;
      } else if (random.chance(0.04)) {
        entry({
          kind: 'credit',
          amount: String(random.pick([10, 25, 50])),
          description: 'Goodwill credit',
          created_at: isoSeconds(dayStart + DAY + 2 * HOUR),
          actor: random.pick(OTHER_STAFF),
        });
      }
    }
  }
  const below = compare(balance, cutoff) < 0;
  let outOfCreditSince: string | null = null;
  if (below) {
    // The entry that started the current dip below the cutoff.
    for (let i = entries.length - 1; i >= 0; i--) {
      const before = i === 0 ? '0' : entries[i - 1]!.balance_after;
      if (compare(entries[i]!.balance_after, cutoff) < 0 && compare(before, cutoff) >= 0) {
        outOfCreditSince = entries[i]!.created_at;
        break;
      }
    }
  }
  const last = entries[entries.length - 1];
  return {
    balance: {
      client_id: client.id,
      unit: 'unit',
      balance,
      warn_level: warnLevel,
      cutoff,
      credit_limit: creditLimit,
      out_of_credit_since: outOfCreditSince,
      warning_sent: compare(balance, warnLevel) <= 0,
      updated_at: last?.created_at ?? client.created_at,
    },
    entries,
    version: 1,
  };
}

// ---------------------------------------------------------------- all together

/**
 * Everything about one client beyond the list row, ending at the generation's reference
 * time. `fresh` clients (created through the API) start empty.
 */
export function generateDetails(
  { seed, referenceTime }: GenerationContext,
  record: ClientRecord,
  catalog: Catalog,
  tickets: readonly TicketRecord[],
  fresh: boolean,
): ClientDetails {
  const random = Random.for(seed, record.client.id, 'details');
  if (fresh) {
    const units = generateUnits(
      random,
      { ...record, initialStatus: 'pending_approval' },
      [],
      referenceTime,
    );
    const resources = emptyResources();
    return {
      invoices: [],
      journal: [],
      users: [],
      resources,
      domains: [],
      activity: [],
      quotas: generateQuotas(random, record, resources, [], catalog),
      quotaVersion: 1,
      configurationVersion: 1,
      units,
    };
  }
  const invoices = generateInvoices(
    Random.for(seed, record.client.id, 'invoices'),
    record,
    catalog,
    referenceTime,
  );
  const journal = generateJournal(
    Random.for(seed, record.client.id, 'journal'),
    record,
    invoices,
    referenceTime,
  );
  const users = generateUsers(
    Random.for(seed, record.client.id, 'users'),
    record,
    catalog,
    referenceTime,
  );
  const instances = instanceDetails(
    Random.for(seed, record.client.id, 'instances'),
    record,
    referenceTime,
  );
  const resources = generateResources(
    Random.for(seed, record.client.id, 'resources'),
    record,
    instances,
    catalog,
  );
  const domains = generateDomains(
    Random.for(seed, record.client.id, 'domains'),
    record,
    referenceTime,
  );
  const activity = generateActivity(
    Random.for(seed, record.client.id, 'activity'),
    record,
    users,
    invoices,
    tickets,
    referenceTime,
  );
  const quotas = generateQuotas(
    Random.for(seed, record.client.id, 'quotas'),
    record,
    resources,
    users,
    catalog,
  );
  const units = generateUnits(
    Random.for(seed, record.client.id, 'units'),
    record,
    instances,
    referenceTime,
  );
  return {
    invoices,
    journal,
    users,
    resources,
    domains,
    activity,
    quotas,
    quotaVersion: 1,
    configurationVersion: 1,
    units,
  };
}
