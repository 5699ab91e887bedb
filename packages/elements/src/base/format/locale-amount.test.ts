import { describe, expect, it } from 'vitest';
import { parseLocaleAmount } from './locale-amount.ts';

describe('parseLocaleAmount', () => {
  it('reads German grouping and decimal comma on the digits', () => {
    expect(parseLocaleAmount('1.234,50', 'de')).toEqual({ value: '1234.50' });
    expect(parseLocaleAmount('1234,5', 'de')).toEqual({ value: '1234.5' });
    expect(parseLocaleAmount(' 12 345,0001 ', 'de')).toEqual({ value: '12345.0001' });
  });

  it('reads English grouping and decimal point', () => {
    expect(parseLocaleAmount('1,234.50', 'en')).toEqual({ value: '1234.50' });
    expect(parseLocaleAmount('0.0001', 'en')).toEqual({ value: '0.0001' });
  });

  it('keeps 30-digit amounts exact (no float anywhere)', () => {
    const big = '123456789012345678901234567890';
    expect(parseLocaleAmount(`${big}.1234`, 'en')).toEqual({ value: `${big}.1234` });
  });

  it('refuses text that is no number in the locale instead of guessing', () => {
    expect(parseLocaleAmount('1.5', 'de')).toEqual({ problem: 'invalid' });
    expect(parseLocaleAmount('1,5', 'en')).toEqual({ problem: 'invalid' });
    expect(parseLocaleAmount('12a', 'en')).toEqual({ problem: 'invalid' });
    expect(parseLocaleAmount('', 'en')).toEqual({ problem: 'invalid' });
    expect(parseLocaleAmount('1e3', 'en')).toEqual({ problem: 'invalid' });
  });

  it('refuses more digits than the ledger keeps, zero, and a sign unless allowed', () => {
    expect(parseLocaleAmount('1,23456', 'de')).toEqual({ problem: 'scale' });
    expect(parseLocaleAmount('0,00', 'de')).toEqual({ problem: 'notPositive' });
    expect(parseLocaleAmount('-5', 'en')).toEqual({ problem: 'negative' });
    expect(parseLocaleAmount('-5', 'en', { allowNegative: true })).toEqual({ value: '-5' });
    expect(parseLocaleAmount('0', 'en', { allowZero: true })).toEqual({ value: '0' });
  });
});
