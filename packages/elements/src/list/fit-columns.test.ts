import { describe, expect, it } from 'vitest';
import { fitColumns } from './fit-columns.ts';

describe('fitColumns', () => {
  const columns = [
    { id: 'a', minWidth: 10 },
    { id: 'b', minWidth: 5 },
    { id: 'c', minWidth: 5 },
  ];

  it('drops columns in the hide order until the rest fit, never the others', () => {
    expect(fitColumns(columns, 20, ['c', 'b']).map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(fitColumns(columns, 19, ['c', 'b']).map((c) => c.id)).toEqual(['a', 'b']);
    expect(fitColumns(columns, 12, ['c', 'b']).map((c) => c.id)).toEqual(['a']);
    expect(fitColumns(columns, 1, ['c', 'b']).map((c) => c.id)).toEqual(['a']);
  });
});
