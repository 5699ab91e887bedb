import { describe, expect, it } from 'vitest';
import { currencyDigits } from './invoice-math.ts';

describe('currencyDigits', () => {
  it('says how many fraction digits a currency rounds to', () => {
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('not a currency')).toBe(2);
  });
});
