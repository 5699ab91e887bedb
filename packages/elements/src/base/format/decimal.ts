import { numberFormat } from './intl-cache.ts';

/** The contract's DecimalString: `^-?[0-9]+(\.[0-9]+)?$`. */
const DECIMAL_STRING = /^(-)?([0-9]+)(?:\.([0-9]+))?$/;

// Intl accepts at most 100 fraction digits.
const MAX_FRACTION_DIGITS = 100;

export interface ParsedDecimal {
  negative: boolean;
  /** Integer digits without leading zeros ('0' for zero). */
  integer: string;
  /** Fraction digits as written (trailing zeros kept: they carry the scale). */
  fraction: string;
}

/** Splits a decimal string into sign, integer and fraction digits; undefined if malformed. */
export function parseDecimal(value: string): ParsedDecimal | undefined {
  const match = DECIMAL_STRING.exec(value.trim());
  if (!match) return undefined;
  return {
    negative: match[1] === '-',
    integer: (match[2] ?? '0').replace(/^0+(?=\d)/, ''),
    fraction: match[3] ?? '',
  };
}

let exactStrings: boolean | undefined;

/**
 * Whether `Intl.NumberFormat#format` treats strings as exact decimals (ES2023, Intl.NumberFormat
 * v3). Older engines convert them to a float first, losing digits past 2^53.
 */
export function supportsExactStringFormat(): boolean {
  exactStrings ??=
    numberFormat('en', { useGrouping: false }).format('9007199254740993' as `${number}`) ===
    '9007199254740993';
  return exactStrings;
}

/**
 * Formats a decimal string exactly, never through a float. The fraction keeps every digit it
 * has, trailing zeros included (padded to `minimumFractionDigits`), so nothing is rounded away.
 *
 * Malformed input is returned unchanged: a bad value from a server is shown, not hidden.
 */
export function formatDecimal(
  locale: string,
  value: string,
  options: Intl.NumberFormatOptions = {},
): string {
  const parsed = parseDecimal(value);
  if (!parsed) return value;
  // Every digit written is shown, trailing zeros included: '2.50' stays '2.50'.
  const fractionDigits = Math.min(
    Math.max(parsed.fraction.length, options.minimumFractionDigits ?? 0),
    MAX_FRACTION_DIGITS,
  );
  const format = numberFormat(locale, {
    ...options,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });
  return supportsExactStringFormat()
    ? format.format(toNumericLiteral(parsed))
    : formatDecimalByParts(format, parsed);
}

function toNumericLiteral({ negative, integer, fraction }: ParsedDecimal): `${number}` {
  return `${negative ? '-' : ''}${integer}${fraction ? `.${fraction}` : ''}` as `${number}`;
}

/**
 * The fallback for engines without exact string formatting: the locale's layout (sign,
 * currency symbol, separators) comes from formatting ±1; the integer digits from formatting a
 * BigInt (exact at any size); the fraction digits are transliterated one by one.
 */
export function formatDecimalByParts(format: Intl.NumberFormat, parsed: ParsedDecimal): string {
  const { minimumFractionDigits = 0, maximumFractionDigits = 0 } = format.resolvedOptions();
  const fraction = parsed.fraction
    .padEnd(minimumFractionDigits, '0')
    .slice(0, Math.max(maximumFractionDigits, minimumFractionDigits));
  const integerText = format
    .formatToParts(BigInt(parsed.integer))
    .filter((part) => part.type === 'integer' || part.type === 'group')
    .map((part) => part.value)
    .join('');
  const digits = localDigits(format);
  const fractionText = [...fraction].map((digit) => digits[Number(digit)]).join('');
  let integerDone = false;
  let result = '';
  // A template with a fraction shows where the decimal separator and fraction go.
  const template = (parsed.negative ? -1 : 1) * (fractionText ? 1.1 : 1);
  for (const part of format.formatToParts(template)) {
    if (part.type === 'integer' || part.type === 'group') {
      if (!integerDone) result += integerText;
      integerDone = true;
    } else if (part.type === 'fraction') {
      result += fractionText;
    } else {
      result += part.value;
    }
  }
  return result;
}

function localDigits(format: Intl.NumberFormat): string[] {
  const { locale, numberingSystem } = format.resolvedOptions();
  const digitFormat = numberFormat(locale, { numberingSystem, useGrouping: false });
  return Array.from({ length: 10 }, (_, digit) => digitFormat.format(digit));
}
