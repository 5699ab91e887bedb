import type { BillingCycle, Money } from '@clientele/sdk';

/**
 * The price difference of a plan change, exact: decimal strings as BigInt integers scaled by a
 * power of ten, never a float. A difference per cycle only means something between prices of
 * the same cycle and currency; otherwise it says which of the two differs.
 */
export type PriceChange =
  | { readonly kind: 'difference'; readonly difference: Money; readonly cycle: BillingCycle }
  | { readonly kind: 'cycles-differ' }
  | { readonly kind: 'currencies-differ' };

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

function scaled(value: string): { units: bigint; scale: number } {
  const match = DECIMAL.exec(value.trim());
  if (!match) throw new RangeError(`Not a decimal string: ${value}`);
  const fraction = match[3] ?? '';
  const units = BigInt(`${match[2]}${fraction}`);
  return { units: match[1] ? -units : units, scale: fraction.length };
}

/** `a - b` of two decimal strings, exact; the result keeps the larger scale (never `-0`). */
export function subtractDecimal(a: string, b: string): string {
  const x = scaled(a);
  const y = scaled(b);
  const scale = Math.max(x.scale, y.scale);
  const units = x.units * 10n ** BigInt(scale - x.scale) - y.units * 10n ** BigInt(scale - y.scale);
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const text = scale > 0 ? `${whole}.${digits.slice(digits.length - scale)}` : whole;
  return negative ? `-${text}` : text;
}

export function sameCycle(a: BillingCycle, b: BillingCycle): boolean {
  return a.unit === b.unit && (a.unit === 'one_time' || a.multiplier === b.multiplier);
}

/** What moving from `from` to `to` changes in price. */
export function priceChange(
  from: { price: Money; cycle: BillingCycle },
  to: { price: Money; cycle: BillingCycle },
): PriceChange {
  if (from.price.currency !== to.price.currency) return { kind: 'currencies-differ' };
  if (!sameCycle(from.cycle, to.cycle)) return { kind: 'cycles-differ' };
  return {
    kind: 'difference',
    difference: {
      amount: subtractDecimal(to.price.amount, from.price.amount),
      currency: to.price.currency,
    },
    cycle: to.cycle,
  };
}
