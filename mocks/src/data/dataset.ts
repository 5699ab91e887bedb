/**
 * `generateDataset({ seed, size, referenceTime })`: the deterministic initial data. The
 * client list and the ticket queue are generated eagerly; everything else about a client is
 * generated on first access by {@link Dataset.detailsFor}, from a random stream seeded by
 * the client id. Generated history ends at the reference time.
 */
import type { ClientGroup } from '../types.ts';
import { type Catalog, createCatalog } from './catalog.ts';
import { generateClients } from './clients.ts';
import { type ClientDetails, generateDetails } from './details/index.ts';
import { personFor } from './details/users.ts';
import {
  type ClientRecord,
  type GenerationContext,
  type ReferenceTime,
  resolveReferenceTime,
  type TicketRecord,
} from './model.ts';
import { Random } from './random.ts';
import { generateTickets } from './tickets.ts';

export interface DatasetOptions {
  /** Same seed, same data. Default 1. */
  readonly seed?: number;
  /** Number of clients. Default 300; up to 100,000 for performance work. */
  readonly size?: number;
  /**
   * Where the generated history ends (the dataset's "now"): epoch ms, a `Date` or an
   * RFC 3339 date-time. Default `REFERENCE_TIME` (2026-03-01T12:00:00Z). Same seed and
   * reference time, same data; another reference time moves the dates, not the rest.
   */
  readonly referenceTime?: ReferenceTime;
}

/** A user who exists at the provider but is not associated with any client yet. */
export interface DirectoryUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
}

export interface Dataset {
  readonly seed: number;
  readonly size: number;
  /** Epoch ms: where the generated history ends. */
  readonly referenceTime: number;
  readonly catalog: Catalog;
  readonly clients: ClientRecord[];
  readonly tickets: TicketRecord[];
  readonly directory: readonly DirectoryUser[];
  /** The client groups with their current client counts. */
  groups(): ClientGroup[];
  /** Generates (without caching) the lazy part of a client. */
  detailsFor(record: ClientRecord, options?: { fresh?: boolean }): ClientDetails;
}

export const MAX_DATASET_SIZE = 100_000;

export function generateDataset({
  seed = 1,
  size = 300,
  referenceTime,
}: DatasetOptions = {}): Dataset {
  if (!Number.isInteger(size) || size < 0 || size > MAX_DATASET_SIZE) {
    throw new RangeError(`size must be an integer between 0 and ${MAX_DATASET_SIZE}`);
  }
  if (!Number.isInteger(seed)) throw new RangeError('seed must be an integer');
  const generation: GenerationContext = {
    seed,
    referenceTime: resolveReferenceTime(referenceTime),
  };
  const catalog = createCatalog();
  const clients = generateClients(generation, size, catalog);
  const tickets = generateTickets(generation, clients, catalog);
  // History is generated from the seeded tickets only, never from tickets opened later.
  const generatedTickets = tickets.length;
  let ticketsByClient: Map<string, TicketRecord[]> | undefined;
  const generatedTicketsOf = (clientId: string): TicketRecord[] => {
    if (!ticketsByClient) {
      ticketsByClient = new Map();
      for (const record of tickets.slice(0, generatedTickets)) {
        const list = ticketsByClient.get(record.ticket.client.id);
        if (list) list.push(record);
        else ticketsByClient.set(record.ticket.client.id, [record]);
      }
    }
    return ticketsByClient.get(clientId) ?? [];
  };
  const directoryRandom = Random.for(seed, 'directory');
  const directory: DirectoryUser[] = Array.from({ length: 40 }, () => ({
    id: `usr_${directoryRandom.hex(8)}`,
    ...personFor(
      directoryRandom,
      directoryRandom.pick(['contractor.example', 'agency.example', 'freelance.example']),
    ),
  }));
  return {
    seed,
    size,
    referenceTime: generation.referenceTime,
    catalog,
    clients,
    tickets,
    directory,
    groups() {
      const counts = new Map<string, number>();
      for (const { client } of clients) {
        if (client.group) counts.set(client.group.id, (counts.get(client.group.id) ?? 0) + 1);
      }
      return catalog.groups.map((g) => ({ ...g, clients_count: counts.get(g.id) ?? 0 }));
    },
    detailsFor(record, options = {}) {
      return generateDetails(
        generation,
        record,
        catalog,
        generatedTicketsOf(record.client.id),
        options.fresh ?? false,
      );
    },
  };
}
