/**
 * Exact decimal arithmetic on decimal strings (`^-?[0-9]+(\.[0-9]+)?$`), as the API uses
 * for money and units. Values are BigInt integers scaled by a power of ten; no float is
 * ever involved, so `0.1 + 0.2` is `0.3`.
 */

/** A decimal value: `units / 10^scale`. */
export interface Dec {
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL_PATTERN = /^-?[0-9]+(\.[0-9]+)?$/;

/** True when `value` is a decimal string in the API's format. */
export function isDecimalString(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL_PATTERN.test(value);
}

/** Parses a decimal string; throws a RangeError on anything else. */
export function parseDecimal(value: string): Dec {
  if (!isDecimalString(value)) throw new RangeError(`Not a decimal string: ${value}`);
  const negative = value.startsWith('-');
  const body = negative ? value.slice(1) : value;
  const [whole = '0', fraction = ''] = body.split('.');
  const units = BigInt(whole + fraction);
  return { units: negative ? -units : units, scale: fraction.length };
}

function pow10(exponent: number): bigint {
  return 10n ** BigInt(exponent);
}

function rescale(value: Dec, scale: number): bigint {
  if (scale < value.scale) throw new RangeError('rescale would lose digits; round instead');
  return value.units * pow10(scale - value.scale);
}

/** Formats a decimal with exactly `value.scale` fraction digits (never `-0`). */
export function formatDecimal(value: Dec): string {
  const negative = value.units < 0n;
  const digits = (negative ? -value.units : value.units).toString().padStart(value.scale + 1, '0');
  const whole = digits.slice(0, digits.length - value.scale);
  const fraction = digits.slice(digits.length - value.scale);
  const text = value.scale > 0 ? `${whole}.${fraction}` : whole;
  return negative ? `-${text}` : text;
}

function toDec(value: string | Dec): Dec {
  return typeof value === 'string' ? parseDecimal(value) : value;
}

/** `a + b`, exact; the result keeps the larger scale. */
export function add(a: string, b: string): string {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  const scale = Math.max(x.scale, y.scale);
  return formatDecimal({ units: rescale(x, scale) + rescale(y, scale), scale });
}

/** `a - b`, exact. */
export function subtract(a: string, b: string): string {
  return add(a, negate(b));
}

/** `-a`. */
export function negate(a: string): string {
  const x = parseDecimal(a);
  return formatDecimal({ units: -x.units, scale: x.scale });
}

/** `a * b`, exact (the scale is the sum of both scales). */
export function multiply(a: string, b: string): string {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  return formatDecimal({ units: x.units * y.units, scale: x.scale + y.scale });
}

/** The sum of all values, exact; `'0'` for none. */
export function sum(values: readonly string[]): string {
  return values.reduce((total, value) => add(total, value), '0');
}

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b`. */
export function compare(a: string | Dec, b: string | Dec): -1 | 0 | 1 {
  const x = toDec(a);
  const y = toDec(b);
  const scale = Math.max(x.scale, y.scale);
  const left = rescale(x, scale);
  const right = rescale(y, scale);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The sign of `a`: -1, 0 or 1. */
export function sign(a: string): -1 | 0 | 1 {
  return compare(a, '0');
}

/**
 * Rounds to `scale` fraction digits, half away from zero (the commercial rule), and pads
 * with zeros when the value has fewer digits.
 */
export function round(a: string, scale: number): string {
  const x = parseDecimal(a);
  if (x.scale <= scale) return formatDecimal({ units: rescale(x, scale), scale });
  const divisor = pow10(x.scale - scale);
  const magnitude = x.units < 0n ? -x.units : x.units;
  let quotient = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) quotient += 1n;
  return formatDecimal({ units: x.units < 0n ? -quotient : quotient, scale });
}

/**
 * Removes trailing fraction zeros, keeping at least `minScale` digits
 * (`normalize('12.5000', 2)` is `'12.50'`).
 */
export function normalize(a: string, minScale = 0): string {
  const x = parseDecimal(a);
  let { units, scale } = x;
  while (scale > minScale && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  if (scale < minScale)
    return formatDecimal({ units: units * pow10(minScale - scale), scale: minScale });
  return formatDecimal({ units, scale });
}

/** Builds a decimal string from an integer number of minor units (`fromMinor(1234, 2)` is `'12.34'`). */
export function fromMinor(minor: number | bigint, scale: number): string {
  return formatDecimal({ units: BigInt(minor), scale });
}

/** `a / b` rounded to `scale` fraction digits, half away from zero. Throws on division by zero. */
export function divide(a: string, b: string, scale: number): string {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  if (y.units === 0n) throw new RangeError('Division by zero');
  // a/b = (x.units / 10^x.scale) / (y.units / 10^y.scale); scaled by 10^scale.
  let numerator = x.units * pow10(scale + y.scale);
  let denominator = y.units * pow10(x.scale);
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  let quotient = magnitude / denominator;
  if ((magnitude % denominator) * 2n >= denominator) quotient += 1n;
  return formatDecimal({ units: negative ? -quotient : quotient, scale });
}

/** The same value written canonically: no leading zeros, the scale kept (`'007.50'` is `'7.50'`). */
export function canonical(a: string): string {
  return formatDecimal(parseDecimal(a));
}
