/**
 * Exact arithmetic on the contract's decimal strings for the invoice form's preview (loaded
 * with the form): BigInt integers scaled by a power of ten, so no amount ever goes through a
 * float. `3 × 40.10` is `120.30`, and a thirty-digit price stays exact.
 */

interface Scaled {
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

function scaled(value: string): Scaled {
  const match = DECIMAL.exec(value);
  if (!match) throw new RangeError(`Not a decimal string: ${value}`);
  const fraction = match[3] ?? '';
  const units = BigInt(`${match[2]}${fraction}`);
  return { units: match[1] ? -units : units, scale: fraction.length };
}

function text({ units, scale }: Scaled): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const body = scale > 0 ? `${whole}.${digits.slice(digits.length - scale)}` : whole;
  return negative ? `-${body}` : body;
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
 * the API rounds a line's amount), padded with zeros when it has fewer.
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

/** The minor-unit digits of a currency (2 for EUR, 0 for JPY), from `Intl`; 2 if unknown. */
export function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

/** Why typed text is not a number the form takes. */
export type NumberProblem = 'invalid' | 'notPositive' | 'negative' | 'scale';

export type ParsedNumber =
  | { readonly value: string; readonly problem?: undefined }
  | { readonly value?: undefined; readonly problem: NumberProblem };

/** The decimal sign of a locale ("." in English, "," in German). */
export function decimalSign(locale: string): string {
  // A float only to learn the locale's symbol; no amount goes through it.
  const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
  return part?.value ?? '.';
}

/**
 * Reads a number as typed, on its digits alone: the locale's decimal sign or a point, no
 * group separators (spaces are ignored), a leading minus only when `allowNegative`. More than
 * `maxScale` fraction digits is refused, never rounded. Answers the contract's decimal string.
 */
export function parseNumberInput(
  input: string,
  locale: string,
  options: { allowNegative?: boolean; allowZero?: boolean; maxScale?: number } = {},
): ParsedNumber {
  const { allowNegative = false, allowZero = false, maxScale = 10 } = options;
  let raw = input.replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  const sign = decimalSign(locale);
  if (sign !== '.') raw = raw.replace(sign, '.');
  const match = DECIMAL.exec(raw);
  if (!match) return { problem: 'invalid' };
  const integer = (match[2] ?? '0').replace(/^0+(?=\d)/, '');
  const fraction = match[3] ?? '';
  if (fraction.length > maxScale) return { problem: 'scale' };
  const value = fraction ? `${integer}.${fraction}` : integer;
  const zero = /^0+(\.0+)?$/.test(value);
  if (match[1] && !zero) return allowNegative ? { value: `-${value}` } : { problem: 'negative' };
  if (zero && !allowZero) return { problem: 'notPositive' };
  return { value };
}
