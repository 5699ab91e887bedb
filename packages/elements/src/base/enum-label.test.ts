import { describe, expect, it } from 'vitest';
import { enumLabel, enumTone } from './enum-label.ts';

const messages = { statusOpen: 'Open', statusClosed: 'Closed', greet: (p: { n: string }) => p.n };
const keys = { open: 'statusOpen', closed: 'statusClosed' } as const;

describe('enumLabel and enumTone', () => {
  it('gives the message of a known value', () => {
    expect(enumLabel(messages, keys, 'open')).toBe('Open');
    expect(enumTone({ open: 'red', closed: 'grey' }, 'open')).toBe('red');
  });

  it('shows a value this version does not know as itself, in a neutral tone', () => {
    expect(enumLabel(messages, keys, 'archived')).toBe('archived');
    expect(enumLabel(messages, { open: 'greet' } as const, 'open')).toBe('open');
    expect(enumLabel(messages, keys, 'toString')).toBe('toString');
    expect(enumTone({ open: 'red' }, 'archived')).toBe('grey');
  });
});
