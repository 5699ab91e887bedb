/** The store's internal records: the API objects plus the compact facts behind them. */
import type { Client, ClientStatus, ServiceStatus, Ticket } from '../types.ts';

/** The dataset's "now": generated history ends here (the spec's examples use this day). */
export const REFERENCE_TIME = Date.UTC(2026, 2, 1, 12, 0, 0);

export type InstanceStatus = 'ACTIVE' | 'SHUTOFF' | 'SUSPENDED' | 'ERROR';

/**
 * One cloud instance, as the client list's filters need it: ids of shared reference
 * strings only, so that 100,000 clients stay cheap. Names, addresses and ids are generated
 * with the client's details.
 */
export interface InstanceSpec {
  readonly regionId: string;
  readonly flavorId: string;
  readonly hypervisorId: string;
  status: InstanceStatus;
}

/** One service; the API `Service` is built from it on demand. Times are epoch ms. */
export interface ServiceSpec {
  readonly id: string;
  readonly productId: string;
  planId: string;
  status: ServiceStatus;
  readonly createdMs: number;
  activatedMs: number | null;
  suspendedMs: number | null;
  pendingTask: string | null;
  /** Cloud service only. */
  readonly projectId: string | null;
}

export interface ClientRecord {
  /** The API representation, kept current by every mutation. */
  readonly client: Client;
  /** Position in the client list (stable; used for document numbers). */
  readonly index: number;
  /** False for clients created through the API: their history starts empty. */
  readonly generated: boolean;
  /** The status the client was generated with; lazy history is generated from it. */
  readonly initialStatus: ClientStatus;
  readonly instances: InstanceSpec[];
  readonly services: ServiceSpec[];
  /** Usage not yet invoiced, in the client's currency (credit - owed = up-to-date credit). */
  owed: string;
  /** Lower-cased text the `search` filter matches. */
  search: string;
  /** ETag version of the client. */
  version: number;
}

export interface TicketRecord {
  readonly ticket: Ticket;
  /** Lower-cased title and id, for `search`. */
  readonly search: string;
  /** Numeric part of the id, for a stable tiebreak. */
  readonly number: number;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Year, month (1-12) and day of a count of days since 1970-01-01 (proleptic Gregorian). */
function civilFromDays(days: number): [number, number, number] {
  // Howard Hinnant's algorithm: exact for every date, no Date object needed.
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** `2026-03-01` for a time in ms (UTC). */
export function isoDate(ms: number): string {
  const [year, month, day] = civilFromDays(Math.floor(ms / DAY_MS));
  return `${year}-${pad2(month)}-${pad2(day)}`.normalize();
}

/** `2026-03-01T12:00:00Z` (RFC 3339, UTC, whole seconds) for a time in ms. */
export function isoSeconds(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const secondOfDay = seconds - Math.floor(seconds / 86400) * 86400;
  const hours = Math.floor(secondOfDay / 3600);
  const minutes = Math.floor((secondOfDay % 3600) / 60);
  // normalize() flattens the concatenation (see `flat` in random.ts).
  return `${isoDate(seconds * 1000)}T${pad2(hours)}:${pad2(minutes)}:${pad2(secondOfDay % 60)}Z`.normalize();
}

const DAY_MS = 86_400_000;

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
