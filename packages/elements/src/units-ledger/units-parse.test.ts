import { describe, expect, it } from 'vitest';
import { SubmissionKey } from './actions-context.ts';
import { addDecimal, compareDecimal, negateDecimal } from './units-decimal.ts';
import { parseLocaleAmount } from './units-parse.ts';

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

describe('decimal arithmetic', () => {
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

describe('SubmissionKey', () => {
  it('keeps one key while the body is the same, and makes a new one for a new submission', () => {
    const keys = new SubmissionKey();
    const first = keys.for({ amount: '1' });
    expect(keys.for({ amount: '1' })).toBe(first); // a retry
    const edited = keys.for({ amount: '2' });
    expect(edited).not.toBe(first); // the user changed the form
    keys.done();
    expect(keys.for({ amount: '2' })).not.toBe(edited); // the next submission after success
    expect(first).toMatch(/^[0-9a-f-]{32,36}$/);
  });
});
