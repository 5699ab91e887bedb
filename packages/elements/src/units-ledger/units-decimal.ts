/**
 * Exact arithmetic for the ledger's decimal strings (the contract's
 * `DecimalString`, `-?digits(.digits)?`). Values are BigInt integers scaled by a power of ten:
 * no float ever holds an amount, so `0.1 + 0.2` is `0.3` and 30-digit balances stay exact.
 */

/** The ledger's scale: amounts carry at most this many fraction digits (the spec's `UnitAmount`). */
export const UNIT_SCALE = 4;

interface Scaled {
  readonly units: bigint;
  readonly scale: number;
}

function scaled(value: string): Scaled {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) throw new RangeError(`Not a decimal string: ${value}`);
  const fraction = match[3] ?? '';
  const units = BigInt(`${match[2]}${fraction}`);
  return { units: match[1] ? -units : units, scale: fraction.length };
}

function aligned(a: string, b: string): [bigint, bigint, number] {
  const x = scaled(a);
  const y = scaled(b);
  const scale = Math.max(x.scale, y.scale);
  return [
    x.units * 10n ** BigInt(scale - x.scale),
    y.units * 10n ** BigInt(scale - y.scale),
    scale,
  ];
}

function text(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const body = scale > 0 ? `${whole}.${digits.slice(digits.length - scale)}` : whole;
  return negative ? `-${body}` : body;
}

/** `a + b`, exact; the result keeps the larger scale. */
export function addDecimal(a: string, b: string): string {
  const [x, y, scale] = aligned(a, b);
  return text(x + y, scale);
}

/** `-a`, exact (never `-0`). */
export function negateDecimal(a: string): string {
  const { units, scale } = scaled(a);
  return text(-units, scale);
}

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b`. */
export function compareDecimal(a: string, b: string): -1 | 0 | 1 {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}
