import { describe, expect, it, vi } from 'vitest';
import { formatDate, formatDateTime, formatRelativeTime } from './dates.ts';
import {
  formatDecimal,
  formatDecimalByParts,
  parseDecimal,
  supportsExactStringFormat,
} from './decimal.ts';
import { numberFormat } from './intl-cache.ts';
import { formatMoney } from './money.ts';
import { prepareFormats } from './prepare.ts';
import { formatUnits, pluralCategory } from './units.ts';
import { warmIntl } from './warm-intl.ts';

/** Our own joiner between a number and a unit label. */
const nbsp = '\u00a0';

/** Intl's spaces (U+00A0, U+202F or plain) vary between ICU versions; compare them as plain. */
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

describe('formatMoney', () => {
  it('formats amounts beyond float precision exactly', () => {
    expect(formatMoney('en', { amount: '12345678901234567.89', currency: 'USD' })).toBe(
      '$12,345,678,901,234,567.89',
    );
    expect(plain(formatMoney('de', { amount: '12345678901234567.89', currency: 'EUR' }))).toBe(
      '12.345.678.901.234.567,89 €',
    );
    // 0.1 + 0.2 style amounts stay what they are.
    expect(formatMoney('en', { amount: '0.30', currency: 'USD' })).toBe('$0.30');
  });

  it("pads to the currency's digits and never rounds extra digits away", () => {
    expect(formatMoney('en', { amount: '5', currency: 'USD' })).toBe('$5.00');
    expect(formatMoney('en', { amount: '1234', currency: 'JPY' })).toBe('¥1,234');
    expect(formatMoney('en', { amount: '1.005', currency: 'USD' })).toBe('$1.005');
    expect(formatMoney('en', { amount: '0.12345678', currency: 'EUR' })).toBe('€0.12345678');
  });

  it('formats negative amounts and keeps the sign of small ones', () => {
    expect(formatMoney('en', { amount: '-9007199254740993.01', currency: 'USD' })).toBe(
      '-$9,007,199,254,740,993.01',
    );
    expect(formatMoney('en', { amount: '-0.50', currency: 'GBP' })).toBe('-£0.50');
  });

  it('shows an unknown currency code after the amount, and malformed amounts as given', () => {
    expect(formatMoney('en', { amount: '1234.5', currency: 'not-a-code' })).toBe(
      `1,234.5${nbsp}not-a-code`,
    );
    expect(formatMoney('en', { amount: '12,5', currency: 'EUR' })).toBe('12,5');
  });
});

describe('formatDecimal', () => {
  it('relies on exact string formatting in this browser', () => {
    expect(supportsExactStringFormat()).toBe(true);
  });

  it('parses decimal strings without numbers', () => {
    expect(parseDecimal('-000123.4500')).toEqual({
      negative: true,
      integer: '123',
      fraction: '4500',
    });
    expect(parseDecimal('0')).toEqual({ negative: false, integer: '0', fraction: '' });
    expect(parseDecimal('1e5')).toBeUndefined();
    expect(parseDecimal('.5')).toBeUndefined();
  });

  it.each([
    ['en', '12345678901234567.89', {}],
    ['de', '-98765432109876543210.000001', {}],
    ['en', '-0.50', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 }],
    ['de-CH', '1234567.5', { style: 'currency', currency: 'CHF', minimumFractionDigits: 2 }],
    ['ar-EG', '1234567.25', {}],
    ['hi-IN', '123456789012', {}],
    ['en', '42', { style: 'currency', currency: 'JPY', minimumFractionDigits: 0 }],
  ] as Array<[string, string, Intl.NumberFormatOptions]>)(
    'the fallback formats %s %s like Intl itself',
    (locale, value, options) => {
      const parsed = parseDecimal(value);
      if (!parsed) throw new Error('test value must parse');
      const digits = Math.max(parsed.fraction.length, options.minimumFractionDigits ?? 0);
      const format = numberFormat(locale, {
        ...options,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
      expect(formatDecimalByParts(format, parsed)).toBe(formatDecimal(locale, value, options));
    },
  );
});

describe('formatUnits', () => {
  it('formats unit amounts exactly with their label', () => {
    expect(formatUnits('en', '1234567890123.456', 'unit')).toBe(`1,234,567,890,123.456${nbsp}unit`);
    expect(formatUnits('de', '-2.50', 'credits')).toBe(`-2,50${nbsp}credits`);
    expect(formatUnits('en', '10', '')).toBe('10');
  });

  it('names a unit through its label, in the plural form of the amount as shown', () => {
    const label = ({ amount, unit, plural }: { amount: string; unit: string; plural: string }) =>
      `${amount} ${unit}:${plural}`;
    expect(formatUnits('en', '1', 'unit', { label })).toBe('1 unit:one');
    expect(formatUnits('en', '1.0', 'unit', { label })).toBe('1.0 unit:other');
    expect(formatUnits('en', '-1', 'unit', { label, signDisplay: 'exceptZero' })).toBe(
      '-1 unit:one',
    );
    expect(formatUnits('de', '200', 'credit_unit', { label })).toBe('200 credit_unit:other');
    // A unit Intl knows keeps Intl's wording; no unit, no label.
    expect(plain(formatUnits('en', '1', 'hour', { label }))).toBe('1 hr');
    expect(formatUnits('en', '5', '', { label })).toBe('5');
  });

  it('reads plural categories exactly, whatever the length of the integer part', () => {
    expect(pluralCategory('en', '1')).toBe('one');
    expect(pluralCategory('en', '1.50')).toBe('other');
    expect(pluralCategory('en', '0')).toBe('other');
    expect(pluralCategory('pl', '22')).toBe('few');
    expect(pluralCategory('pl', '25')).toBe('many');
    // Past 2^53 a float would round the last digits: 12345678901234567822 ends in 22 (few).
    expect(pluralCategory('pl', '12345678901234567822')).toBe('few');
    expect(pluralCategory('en', '10000000000000000000001')).toBe('other');
    expect(pluralCategory('ru', '21.5')).toBe('other');
    expect(pluralCategory('en', 'not a number')).toBe('other');
  });

  it("uses Intl's own wording for units it knows", () => {
    expect(plain(formatUnits('en', '1.5', 'gigabyte'))).toBe('1.5 GB');
    expect(plain(formatUnits('de', '20', 'hour'))).toBe('20 Std.');
    expect(plain(formatUnits('en', '12345678901234567.125', 'megabyte'))).toBe(
      '12,345,678,901,234,567.125 MB',
    );
  });
});

describe('dates', () => {
  it('formats a date-only value on its own calendar day, whatever the time zone', () => {
    expect(formatDate('en', '2026-03-01')).toBe('Mar 1, 2026');
    expect(formatDate('de', '2026-03-01')).toBe('01.03.2026');
    expect(formatDate('en', '2026-03-01', { timeZone: 'Pacific/Honolulu' })).toBe('Mar 1, 2026');
  });

  it('formats RFC 3339 date-times in the locale and time zone', () => {
    expect(plain(formatDateTime('en', '2026-03-01T12:00:00Z', { timeZone: 'UTC' }))).toBe(
      'Mar 1, 2026, 12:00 PM',
    );
    expect(formatDateTime('de', '2026-03-01T12:00:00Z', { timeZone: 'Europe/Berlin' })).toBe(
      '01.03.2026, 13:00',
    );
    expect(plain(formatDateTime('en', '2026-03-01T23:30:00-02:00', { timeZone: 'UTC' }))).toBe(
      'Mar 2, 2026, 1:30 AM',
    );
    expect(formatDate('en', '2026-03-01T23:30:00Z', { timeZone: 'Asia/Tokyo' })).toBe(
      'Mar 2, 2026',
    );
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatDate('en', 'soon')).toBe('soon');
    expect(formatDateTime('en', '')).toBe('');
    expect(formatRelativeTime('en', 'never')).toBe('never');
  });
});

describe('formatRelativeTime', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');

  it.each([
    ['2026-03-01T09:00:00Z', 'en', '3 hours ago'],
    ['2026-03-01T09:00:00Z', 'de', 'vor 3 Stunden'],
    ['2026-03-01T11:59:30Z', 'en', '30 seconds ago'],
    ['2026-03-01T12:00:00Z', 'en', 'now'],
    ['2026-03-01T12:05:00Z', 'en', 'in 5 minutes'],
    ['2026-02-28T12:00:00Z', 'en', 'yesterday'],
    ['2026-02-26T12:00:00Z', 'en', '3 days ago'],
    ['2026-02-15T12:00:00Z', 'en', '2 weeks ago'],
    ['2025-12-01T12:00:00Z', 'en', '3 months ago'],
    ['2023-03-01T12:00:00Z', 'de', 'vor 3 Jahren'],
  ])('%s is "%s: %s" from the injected now', (value, locale, expected) => {
    expect(formatRelativeTime(locale, value, { now })).toBe(expected);
  });

  it('accepts a Date as now and numeric: always', () => {
    expect(
      formatRelativeTime('en', '2026-02-28T12:00:00Z', { now: new Date(now), numeric: 'always' }),
    ).toBe('1 day ago');
  });
});

describe('prepareFormats', () => {
  it('builds the locale’s formatters when the page is idle, and the rows reuse them', async () => {
    const asked: string[] = [];
    prepareFormats(() => {
      asked.push('fr-CA');
      return 'fr-CA';
    });
    expect(asked).toEqual([]); // not at once: when idle
    // Idle, or 2 s later on a page other tests keep busy.
    await expect.poll(() => asked, { timeout: 10_000 }).toEqual(['fr-CA']);
    const dates = vi.spyOn(Intl, 'DateTimeFormat');
    const numbers = vi.spyOn(Intl, 'NumberFormat');
    try {
      expect(formatDate('fr-CA', '2026-03-01T10:00:00Z')).toMatch(/2026/);
      expect(formatMoney('fr-CA', { amount: '-12.5', currency: 'USD' })).toMatch(/12,50/);
      expect(dates).not.toHaveBeenCalled();
      expect(numbers).not.toHaveBeenCalled();
    } finally {
      dates.mockRestore();
      numbers.mockRestore();
    }
  });
});

describe('warmIntl', () => {
  it('builds one formatter of each kind when the page is next idle, once per page', async () => {
    const numbers = vi.spyOn(Intl, 'NumberFormat');
    const dates = vi.spyOn(Intl, 'DateTimeFormat');
    const names = vi.spyOn(Intl, 'DisplayNames');
    try {
      warmIntl();
      warmIntl();
      expect(numbers).not.toHaveBeenCalled(); // not at once: when idle
      // Idle callbacks run in the order they were asked for: warmIntl's has run after this one.
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
      expect(numbers).toHaveBeenCalledTimes(1);
      expect(dates).toHaveBeenCalledTimes(1);
      expect(names).toHaveBeenCalledTimes(1);
    } finally {
      numbers.mockRestore();
      dates.mockRestore();
      names.mockRestore();
    }
  });
});
