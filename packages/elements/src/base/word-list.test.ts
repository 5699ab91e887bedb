import { afterEach, describe, expect, it, vi } from 'vitest';
import { wordListConverter } from './word-list.ts';

const converter = wordListConverter(['paid', 'unpaid', 'overdue'] as const, (name) => `"${name}"?`);

afterEach(() => vi.restoreAllMocks());

describe('wordListConverter', () => {
  it('keeps the known names once each, in the order given, from spaces or commas', () => {
    expect(converter.fromAttribute(' overdue,paid  overdue ')).toEqual(['overdue', 'paid']);
    expect(converter.fromAttribute(null)).toEqual([]);
    expect(converter.fromAttribute('')).toEqual([]);
  });

  it('drops an unknown name with a warning in its own words', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(converter.fromAttribute('paid Paid draft')).toEqual(['paid']);
    expect(warn.mock.calls).toEqual([['"Paid"?'], ['"draft"?']]);
  });

  it('writes the list back joined by spaces', () => {
    expect(converter.toAttribute(['unpaid', 'overdue'])).toBe('unpaid overdue');
  });
});
