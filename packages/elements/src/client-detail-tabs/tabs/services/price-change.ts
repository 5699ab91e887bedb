import type { BillingCycle, Money } from '@clientele/sdk';
import { subtractDecimal } from '../../../base/format/decimal-math.ts';

/**
 * The price difference of a plan change, exact (base/format/decimal-math: never a float). A
 * difference per cycle only means something between prices of the same cycle and currency;
 * otherwise it says which of the two differs.
 */
export type PriceChange =
  | { readonly kind: 'difference'; readonly difference: Money; readonly cycle: BillingCycle }
  | { readonly kind: 'cycles-differ' }
  | { readonly kind: 'currencies-differ' };

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
