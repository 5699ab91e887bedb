/**
 * Exact arithmetic on the contract's decimal strings (`-?digits(.digits)?`): values are BigInt
 * integers scaled by a power of ten, so no amount ever goes through a float (`0.1 + 0.2` is
 * `0.3`, `3 × 40.10` is `120.30`, and thirty-digit balances stay exact). Shared by every widget
 * that computes with money or units (a ledger's balance, an invoice's preview, a price change).
 */

interface Scaled {
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

function scaled(value: string): Scaled {
  const match = DECIMAL.exec(value.trim());
  if (!match) throw new RangeError(`Not a decimal string: ${value}`);
  const fraction = match[3] ?? '';
  const units = BigInt(`${match[2]}${fraction}`);
  return { units: match[1] ? -units : units, scale: fraction.length };
}

/** Both at the larger of their scales. */
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

function text({ units, scale }: Scaled): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const body = scale > 0 ? `${whole}.${digits.slice(digits.length - scale)}` : whole;
  return negative ? `-${body}` : body;
}

/** `a + b`, exact; the result keeps the larger scale. */
export function addDecimal(a: string, b: string): string {
  const [x, y, scale] = aligned(a, b);
  return text({ units: x + y, scale });
}

/** `a - b`, exact; the result keeps the larger scale (never `-0`). */
export function subtractDecimal(a: string, b: string): string {
  const [x, y, scale] = aligned(a, b);
  return text({ units: x - y, scale });
}

/** `-a`, exact (never `-0`). */
export function negateDecimal(a: string): string {
  const { units, scale } = scaled(a);
  return text({ units: -units, scale });
}

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b`. */
export function compareDecimal(a: string, b: string): -1 | 0 | 1 {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** `a × b`, exact (the scales add up). */
export function multiplyDecimal(a: string, b: string): string {
  const x = scaled(a);
  const y = scaled(b);
  return text({ units: x.units * y.units, scale: x.scale + y.scale });
}

/** The sum of decimal strings, exact, at the largest scale among them ('0' for none). */
export function sumDecimal(values: readonly string[]): string {
  const all = values.map(scaled);
  const scale = Math.max(0, ...all.map((v) => v.scale));
  const units = all.reduce((sum, v) => sum + v.units * 10n ** BigInt(scale - v.scale), 0n);
  return text({ units, scale });
}

/**
 * `a` rounded to `scale` fraction digits, half away from zero (a currency's minor unit, as
 * the API rounds an invoice line's amount), padded with zeros when it has fewer.
 */
export function roundDecimal(a: string, scale: number): string {
  const x = scaled(a);
  if (x.scale <= scale) return text({ units: x.units * 10n ** BigInt(scale - x.scale), scale });
  const divisor = 10n ** BigInt(x.scale - scale);
  const magnitude = x.units < 0n ? -x.units : x.units;
  let quotient = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) quotient += 1n;
  return text({ units: x.units < 0n ? -quotient : quotient, scale });
}
