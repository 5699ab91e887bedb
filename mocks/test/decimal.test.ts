import { describe, expect, it } from 'vitest';
import {
  add,
  compare,
  divide,
  fromMinor,
  isDecimalString,
  multiply,
  negate,
  normalize,
  parseDecimal,
  round,
  sign,
  subtract,
  sum,
} from '../src/decimal.ts';

describe('decimal', () => {
  it('recognises the API decimal format only', () => {
    expect(isDecimalString('12')).toBe(true);
    expect(isDecimalString('-0.50')).toBe(true);
    expect(isDecimalString('1e3')).toBe(false);
    expect(isDecimalString('.5')).toBe(false);
    expect(isDecimalString('5.')).toBe(false);
    expect(isDecimalString(' 5')).toBe(false);
    expect(isDecimalString(5)).toBe(false);
    expect(() => parseDecimal('NaN')).toThrow(RangeError);
  });

  it('adds without float error', () => {
    expect(add('0.1', '0.2')).toBe('0.3');
    expect(add('10.05', '-20.1')).toBe('-10.05');
    expect(add('99999999999999999999.99', '0.01')).toBe('100000000000000000000.00');
    expect(subtract('1.00', '1')).toBe('0.00');
    expect(subtract('0', '0.001')).toBe('-0.001');
  });

  it('never writes negative zero', () => {
    expect(negate('0.00')).toBe('0.00');
    expect(add('-1.50', '1.5')).toBe('0.00');
    expect(round('-0.004', 2)).toBe('0.00');
  });

  it('multiplies exactly and rounds half away from zero', () => {
    expect(multiply('3', '19.99')).toBe('59.97');
    expect(multiply('1.5', '0.333')).toBe('0.4995');
    expect(round('0.4995', 2)).toBe('0.50');
    expect(round('0.4949', 2)).toBe('0.49');
    expect(round('-2.345', 2)).toBe('-2.35');
    expect(round('2.5', 0)).toBe('3');
    expect(round('7', 2)).toBe('7.00');
  });

  it('divides with rounding to a given scale', () => {
    expect(divide('100', '3', 2)).toBe('33.33');
    expect(divide('200', '3', 2)).toBe('66.67');
    expect(divide('-1', '8', 2)).toBe('-0.13');
    expect(divide('1', '-8', 3)).toBe('-0.125');
    expect(divide('92.10', '0.921', 0)).toBe('100');
    expect(() => divide('1', '0.00', 2)).toThrow(RangeError);
  });

  it('compares across scales', () => {
    expect(compare('1.10', '1.1')).toBe(0);
    expect(compare('-5', '-4.99')).toBe(-1);
    expect(compare('100', '99.999')).toBe(1);
    expect(sign('-0.01')).toBe(-1);
    expect(sign('0.000')).toBe(0);
  });

  it('sums, normalizes and builds from minor units', () => {
    expect(sum(['0.10', '0.20', '0.30'])).toBe('0.60');
    expect(sum([])).toBe('0');
    expect(normalize('12.5000', 2)).toBe('12.50');
    expect(normalize('12.125000', 2)).toBe('12.125');
    expect(normalize('12', 2)).toBe('12.00');
    expect(fromMinor(1234, 2)).toBe('12.34');
    expect(fromMinor(-5, 2)).toBe('-0.05');
    expect(fromMinor(700, 0)).toBe('700');
  });
});
