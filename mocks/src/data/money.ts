/** Money helpers over the exact decimal module. */
import { divide, multiply, round } from '../decimal.ts';
import type { Money } from '../types.ts';
import { currencyScale, EUR_RATES } from './reference.ts';

export function money(amount: string, currency: string): Money {
  return { amount: round(amount, currencyScale(currency)), currency };
}

/** Converts an amount in EUR into `currency` at the fixed rates, rounded to its minor unit. */
export function fromEur(amountEur: string, currency: string): string {
  const rate = EUR_RATES[currency] ?? '1';
  return divide(amountEur, rate, currencyScale(currency));
}

/** The exchange rate from `from` to `to` (how many `to` one `from` buys), 6 decimals. */
export function exchangeRate(from: string, to: string): string {
  if (from === to) return '1';
  return divide(EUR_RATES[from] ?? '1', EUR_RATES[to] ?? '1', 6);
}

/** Converts between currencies at the fixed rates. */
export function convert(amount: string, from: string, to: string): string {
  if (from === to) return round(amount, currencyScale(to));
  return round(multiply(amount, exchangeRate(from, to)), currencyScale(to));
}

const RATE_UNITS = new Map(
  Object.entries(EUR_RATES).map(([currency, rate]) => {
    const [whole = '0', fraction = ''] = rate.split('.');
    return [currency, { units: Number(whole + fraction), scale: fraction.length }] as const;
  }),
);

/** Formats an integer count of minor units as a decimal string (number-based; |minor| < 2^53). */
export function formatMinor(minor: number, scale: number): string {
  const negative = minor < 0;
  const digits = String(Math.abs(minor)).padStart(scale + 1, '0');
  const text = scale > 0 ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return (negative && minor !== 0 ? `-${text}` : text).normalize();
}

/**
 * {@link fromEur} for the generator's hot loop: an amount in euro cents to `currency`,
 * rounded half away from zero, with exact integer arithmetic on safe integers.
 */
export function fromEurCents(cents: number, currency: string): { minor: number; amount: string } {
  const rate = RATE_UNITS.get(currency) ?? { units: 1, scale: 0 };
  const scale = currencyScale(currency);
  const numerator = Math.abs(cents) * 10 ** (rate.scale + scale);
  const denominator = 100 * rate.units;
  let quotient = Math.floor(numerator / denominator);
  while (quotient * denominator > numerator) quotient--;
  while ((quotient + 1) * denominator <= numerator) quotient++;
  if ((numerator - quotient * denominator) * 2 >= denominator) quotient++;
  const minor = cents < 0 ? -quotient : quotient;
  return { minor, amount: formatMinor(minor, scale) };
}
