/**
 * Lazy per-client generation: invoices, journal, users, cloud resources, domains, activity,
 * quotas and the units ledger, one module per domain (as the handlers are split). Each
 * client's history comes from its own random streams (seeded by the dataset seed, the
 * client id and the domain), so it is the same whenever it is first read and 100,000
 * clients cost nothing until someone opens one.
 */
import type {
  ActivityEntry,
  ClientUser,
  CloudResource,
  CloudResourceKind,
  Domain,
  Invoice,
  JournalEntry,
  QuotaSet,
} from '../../types.ts';
import type { Catalog } from '../catalog.ts';
import type { ClientRecord, GenerationContext, TicketRecord } from '../model.ts';
import { Random } from '../random.ts';
import { generateActivity } from './activity.ts';
import { generateDomains } from './domains.ts';
import { generateInvoices } from './invoices.ts';
import { generateJournal } from './journal.ts';
import { generateQuotas } from './quotas.ts';
import { emptyResources, generateResources, instanceDetails } from './resources.ts';
import { generateUnits, type UnitsLedger } from './units.ts';
import { generateUsers } from './users.ts';

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
