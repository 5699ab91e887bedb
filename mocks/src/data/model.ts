/** The store's internal records: the API objects plus the compact facts behind them. */
import type { Client, ClientStatus, ServiceStatus, Ticket } from '../types.ts';

/**
 * The default reference time, the dataset's "now": generated history ends here (the
 * spec's examples use this day). Another anchor can be chosen with the `referenceTime`
 * option; this one keeps the data identical from run to run.
 */
export const REFERENCE_TIME = Date.UTC(2026, 2, 1, 12, 0, 0);

/** A reference time: epoch ms, a `Date`, or an RFC 3339 date-time (`2026-11-15T12:00:00Z`). */
export type ReferenceTime = number | Date | string;

/** What every generator is given: the seed, and the reference time the history ends at. */
export interface GenerationContext {
  readonly seed: number;
  /** Epoch ms; generated history ends here. */
  readonly referenceTime: number;
}

// History reaches about five years back and domains expire a few years ahead: between
// these bounds every generated time is a four-digit-year RFC 3339 date-time.
const EARLIEST_REFERENCE_TIME = Date.UTC(1980, 0, 1);
const LATEST_REFERENCE_TIME = Date.UTC(9000, 0, 1);

const RFC3339_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))$/;

/** Epoch ms of an RFC 3339 date-time, or NaN (a date that does not exist included). */
function parseRfc3339(text: string): number {
  const match = RFC3339_DATE_TIME.exec(text.toUpperCase());
  if (!match) return Number.NaN;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offsetHours = match[9] === undefined ? 0 : Number(match[9]);
  const offsetMinutes = match[10] === undefined ? 0 : Number(match[10]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return Number.NaN;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) {
    return Number.NaN;
  }
  return Date.parse(text.toUpperCase());
}

/**
 * The epoch ms of a reference time (default {@link REFERENCE_TIME}). Throws a RangeError
 * for an invalid value: not an integer number of ms, an invalid `Date`, a string that is
 * not an RFC 3339 date-time, or a time outside the years 1980 to 8999.
 */
export function resolveReferenceTime(value: ReferenceTime = REFERENCE_TIME): number {
  const ms =
    typeof value === 'number'
      ? value
      : value instanceof Date
        ? value.getTime()
        : typeof value === 'string'
          ? parseRfc3339(value)
          : Number.NaN;
  if (!Number.isInteger(ms)) {
    throw new RangeError(
      `referenceTime must be epoch ms, a valid Date or an RFC 3339 date-time such as 2026-03-01T12:00:00Z (got ${String(value)})`,
    );
  }
  if (ms < EARLIEST_REFERENCE_TIME || ms >= LATEST_REFERENCE_TIME) {
    throw new RangeError(
      `referenceTime must be between 1980-01-01 and 9000-01-01 (got ${String(value)})`,
    );
  }
  return ms;
}

/** 12:00 UTC on the (UTC) day of `ms`: a "today" that stays the same all day. */
export function noonUtc(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS + 12 * 3_600_000;
}

/**
 * A reference time given as text, as the serve command's `--reference-time` takes it:
 * `now` (the current time), `today` (12:00 UTC today: stable for the whole day) or an
 * RFC 3339 date-time. Throws a RangeError for anything else.
 */
export function referenceTimeFromText(text: string, nowMs: number = Date.now()): number {
  if (text === 'now') return resolveReferenceTime(nowMs);
  if (text === 'today') return resolveReferenceTime(noonUtc(nowMs));
  return resolveReferenceTime(text);
}

/** The environment variable that pins the reference time of the demo portal and `mocks:serve`. */
export const REFERENCE_TIME_ENV = 'MOCKS_REFERENCE_TIME';

/**
 * The reference time of the hosts a person opens (the demo portal's in-browser mocks and
 * `pnpm mocks:serve`), one rule for both so that a client shows the same dates in either:
 * `text` when given (as {@link referenceTimeFromText} reads it, e.g. from
 * `MOCKS_REFERENCE_TIME` or `--reference-time`), else `today`, 12:00 UTC today. The
 * library's own default stays {@link REFERENCE_TIME}, for tests and stories.
 */
export function hostReferenceTime(text?: string, nowMs: number = Date.now()): number {
  const given = text?.trim();
  return referenceTimeFromText(given ? given : 'today', nowMs);
}

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
