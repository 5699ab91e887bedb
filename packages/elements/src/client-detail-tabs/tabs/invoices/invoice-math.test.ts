import { describe, expect, it } from 'vitest';
import {
  currencyDigits,
  multiplyDecimal,
  parseNumberInput,
  roundDecimal,
  sumDecimal,
} from './invoice-math.ts';

describe('invoice-math', () => {
  it('multiplies and adds exactly, at any length', () => {
    expect(multiplyDecimal('3', '40.10')).toBe('120.30');
    expect(multiplyDecimal('0.1', '0.2')).toBe('0.02');
    expect(multiplyDecimal('-1', '10.005')).toBe('-10.005');
    expect(sumDecimal(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimal(['123456789012345678901234.99', '0.01'])).toBe('123456789012345678901235.00');
    expect(sumDecimal([])).toBe('0');
  });

  it('rounds half away from zero to a currency scale', () => {
    expect(roundDecimal('0.125', 2)).toBe('0.13');
    expect(roundDecimal('-0.125', 2)).toBe('-0.13');
    expect(roundDecimal('0.1249', 2)).toBe('0.12');
    expect(roundDecimal('7', 2)).toBe('7.00');
    expect(roundDecimal('1234.5', 0)).toBe('1235');
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
  });

  it('reads numbers as typed in the locale, refusing what is not one', () => {
    expect(parseNumberInput('40.10', 'en')).toEqual({ value: '40.10' });
    expect(parseNumberInput('40,10', 'de')).toEqual({ value: '40.10' });
    expect(parseNumberInput(' 007 ', 'en')).toEqual({ value: '7' });
    expect(parseNumberInput('-5', 'en')).toEqual({ problem: 'negative' });
    expect(parseNumberInput('-5', 'en', { allowNegative: true })).toEqual({ value: '-5' });
    expect(parseNumberInput('0', 'en')).toEqual({ problem: 'notPositive' });
    expect(parseNumberInput('0.00', 'en', { allowZero: true })).toEqual({ value: '0.00' });
    expect(parseNumberInput('1,234.50', 'en')).toEqual({ problem: 'invalid' });
    expect(parseNumberInput('1.5e3', 'en')).toEqual({ problem: 'invalid' });
    expect(parseNumberInput('0.1234567', 'en', { maxScale: 6 })).toEqual({ problem: 'scale' });
  });
});
