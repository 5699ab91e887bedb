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
import {
  type AuthenticationState,
  emptyAuthentication,
  generateAuthentication,
} from './authentication.ts';
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
  /** Sign-in security: two-factor, verification records, the block, impersonation sessions. */
  readonly authentication: AuthenticationState;
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
  // One stream per domain: what one generator draws never shifts another's data.
  const stream = (domain: string) => Random.for(seed, record.client.id, domain);
  if (fresh) {
    const random = stream('details');
    const units = generateUnits(
      random,
      { ...record, initialStatus: 'pending_approval' },
      [],
      referenceTime,
    );
    const resources = emptyResources();
    const quotas = generateQuotas(random, record, resources, [], catalog);
    return {
      invoices: [],
      journal: [],
      users: [],
      resources,
      domains: [],
      activity: [],
      quotas,
      quotaVersion: 1,
      configurationVersion: 1,
      units,
      authentication: emptyAuthentication(),
    };
  }
  const invoices = generateInvoices(stream('invoices'), record, catalog, referenceTime);
  const journal = generateJournal(stream('journal'), record, invoices, referenceTime);
  const users = generateUsers(stream('users'), record, catalog, referenceTime);
  const instances = instanceDetails(stream('instances'), record, referenceTime);
  const resources = generateResources(stream('resources'), record, instances, catalog);
  const domains = generateDomains(stream('domains'), record, referenceTime);
  const activity = generateActivity(
    stream('activity'),
    record,
    users,
    invoices,
    tickets,
    referenceTime,
  );
  const authentication = generateAuthentication(
    stream('authentication'),
    record,
    users,
    activity,
    referenceTime,
  );
  if (authentication.activity.length > 0) {
    activity.push(...authentication.activity);
    activity.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  }
  const quotas = generateQuotas(stream('quotas'), record, resources, users, catalog);
  const units = generateUnits(stream('units'), record, instances, referenceTime);
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
    authentication: authentication.state,
  };
}
