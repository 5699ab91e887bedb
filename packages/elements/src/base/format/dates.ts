import { dateTimeFormat, relativeTimeFormat } from './intl-cache.ts';

/** RFC 3339 full-date (`format: date`), which carries no time zone. */
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A timestamp in milliseconds, or undefined when the text is not a valid date or date-time. */
export function parseTimestamp(value: string): number | undefined {
  const date = FULL_DATE.exec(value.trim());
  const ms = date
    ? Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]))
    : Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

export interface DateFormatOptions {
  dateStyle?: Intl.DateTimeFormatOptions['dateStyle'];
  /** IANA time zone; default the browser's. Ignored for date-only values, which have none. */
  timeZone?: string;
}

export interface DateTimeFormatOptions extends DateFormatOptions {
  timeStyle?: Intl.DateTimeFormatOptions['timeStyle'];
}

/**
 * Formats an RFC 3339 date ('2026-03-01') or date-time as a date in the locale. A date-only
 * value is the same calendar day everywhere, so it is formatted in UTC, never shifted.
 * Invalid input is returned unchanged.
 */
export function formatDate(locale: string, value: string, options: DateFormatOptions = {}): string {
  const ms = parseTimestamp(value);
  if (ms === undefined) return value;
  const timeZone = FULL_DATE.test(value.trim()) ? 'UTC' : options.timeZone;
  return dateTimeFormat(locale, { dateStyle: options.dateStyle ?? 'medium', timeZone }).format(ms);
}

/** Formats an RFC 3339 date-time as date and time in the locale. Invalid input is returned unchanged. */
export function formatDateTime(
  locale: string,
  value: string,
  options: DateTimeFormatOptions = {},
): string {
  const ms = parseTimestamp(value);
  if (ms === undefined) return value;
  return dateTimeFormat(locale, {
    dateStyle: options.dateStyle ?? 'medium',
    timeStyle: options.timeStyle ?? 'short',
    timeZone: options.timeZone,
  }).format(ms);
}

export interface RelativeTimeOptions {
  /** The reference time (default: the current time); injectable for tests and snapshots. */
  now?: Date | number;
  numeric?: Intl.RelativeTimeFormatOptions['numeric'];
  style?: Intl.RelativeTimeFormatOptions['style'];
}

// Each unit is used while the difference stays below the limit, counted in that unit.
const UNITS: ReadonlyArray<[unit: Intl.RelativeTimeFormatUnit, limit: number, ms: number]> = [
  ['second', 60, 1000],
  ['minute', 60, 60_000],
  ['hour', 24, 3_600_000],
  ['day', 7, 86_400_000],
  ['week', 4, 604_800_000],
  ['month', 12, 2_629_746_000],
  ['year', Number.POSITIVE_INFINITY, 31_556_952_000],
];

/**
 * Formats an RFC 3339 date-time relative to `now`: '3 hours ago', 'in 2 days', 'yesterday'.
 * Invalid input is returned unchanged.
 */
export function formatRelativeTime(
  locale: string,
  value: string,
  options: RelativeTimeOptions = {},
): string {
  const ms = parseTimestamp(value);
  if (ms === undefined) return value;
  const now = options.now === undefined ? Date.now() : Number(options.now);
  const diff = ms - now;
  const format = relativeTimeFormat(locale, {
    numeric: options.numeric ?? 'auto',
    style: options.style ?? 'long',
  });
  for (const [unit, limit, unitMs] of UNITS) {
    const amount = Math.round(diff / unitMs);
    if (Math.abs(amount) < limit) return format.format(amount, unit);
  }
  return value;
}
