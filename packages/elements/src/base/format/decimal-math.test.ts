import { describe, expect, it } from 'vitest';
import {
  addDecimal,
  compareDecimal,
  multiplyDecimal,
  negateDecimal,
  roundDecimal,
  subtractDecimal,
  sumDecimal,
} from './decimal-math.ts';

describe('decimal-math', () => {
  it('adds, subtracts and negates exactly, at the larger scale, never -0', () => {
    expect(addDecimal('0.1', '0.2')).toBe('0.3');
    expect(addDecimal('999999999999999999999999.9999', '0.0001')).toBe(
      '1000000000000000000000000.0000',
    );
    expect(subtractDecimal('99.00', '9.9')).toBe('89.10');
    expect(subtractDecimal('9.90', '99')).toBe('-89.10');
    expect(subtractDecimal('5', '5.00')).toBe('0.00');
    expect(negateDecimal('0.00')).toBe('0.00');
    expect(negateDecimal('-12.5')).toBe('12.5');
  });

  it('compares by value, whatever the scale', () => {
    expect(compareDecimal('10.0', '10.00')).toBe(0);
    expect(compareDecimal('-1', '0.0001')).toBe(-1);
    expect(compareDecimal('100', '99.9999')).toBe(1);
  });

  it('multiplies and sums exactly, at any length', () => {
    expect(multiplyDecimal('3', '40.10')).toBe('120.30');
    expect(multiplyDecimal('0.1', '0.2')).toBe('0.02');
    expect(multiplyDecimal('-1', '10.005')).toBe('-10.005');
    expect(sumDecimal(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimal(['123456789012345678901234.99', '0.01'])).toBe('123456789012345678901235.00');
    expect(sumDecimal([])).toBe('0');
  });

  it('rounds half away from zero to a scale', () => {
    expect(roundDecimal('0.125', 2)).toBe('0.13');
    expect(roundDecimal('-0.125', 2)).toBe('-0.13');
    expect(roundDecimal('0.1249', 2)).toBe('0.12');
    expect(roundDecimal('7', 2)).toBe('7.00');
    expect(roundDecimal('1234.5', 0)).toBe('1235');
  });

  it('refuses what is not a decimal string', () => {
    expect(() => addDecimal('1e3', '1')).toThrow(RangeError);
    expect(() => multiplyDecimal('0x10', '1')).toThrow(RangeError);
  });
  it('adds, negates and compares exactly', () => {
    expect(addDecimal('0.1', '0.2')).toBe('0.3');
    expect(addDecimal('715.48', '1234.50')).toBe('1949.98');
    expect(addDecimal('-89.35', '-20')).toBe('-109.35');
    expect(negateDecimal('-3.25')).toBe('3.25');
    expect(negateDecimal('0')).toBe('0');
    expect(compareDecimal('-109.35', '-100')).toBe(-1);
    expect(compareDecimal('100.0', '100')).toBe(0);
    expect(compareDecimal('9007199254740993', '9007199254740992')).toBe(1);
  });
});
