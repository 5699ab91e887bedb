import { describe, expect, it } from 'vitest';
import { subtractDecimal } from '../../../base/format/decimal-math.ts';
import { priceChange } from './price-change.ts';

const month = { unit: 'month', multiplier: 1 } as const;
const eur = (amount: string) => ({ amount, currency: 'EUR' });

describe('price change', () => {
  it('subtracts decimal strings exactly, past what a float holds', () => {
    expect(subtractDecimal('0.3', '0.1')).toBe('0.2');
    expect(subtractDecimal('14.95', '9.90')).toBe('5.05');
    expect(subtractDecimal('9.9', '14.95')).toBe('-5.05');
    expect(subtractDecimal('12345678901234567.89', '0.01')).toBe('12345678901234567.88');
    expect(subtractDecimal('10', '10.00')).toBe('0.00');
    expect(subtractDecimal('-1.5', '-1.5')).toBe('0.0');
  });

  it('gives a difference per cycle only for the same cycle and currency', () => {
    expect(
      priceChange({ price: eur('9.90'), cycle: month }, { price: eur('14.95'), cycle: month }),
    ).toEqual({ kind: 'difference', difference: eur('5.05'), cycle: month });
    expect(
      priceChange(
        { price: eur('9.90'), cycle: month },
        { price: eur('99.00'), cycle: { unit: 'year', multiplier: 1 } },
      ),
    ).toEqual({ kind: 'cycles-differ' });
    expect(
      priceChange(
        { price: eur('9.90'), cycle: month },
        { price: eur('29.70'), cycle: { unit: 'month', multiplier: 3 } },
      ),
    ).toEqual({ kind: 'cycles-differ' });
    expect(
      priceChange(
        { price: { amount: '10.75', currency: 'USD' }, cycle: month },
        { price: eur('14.95'), cycle: month },
      ),
    ).toEqual({ kind: 'currencies-differ' });
  });
});
