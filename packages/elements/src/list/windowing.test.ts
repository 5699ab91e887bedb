import { describe, expect, it } from 'vitest';
import { type KeyedRow, recycleKeys } from './windowing.ts';

function keysOf(rows: readonly KeyedRow[]): number[] {
  return rows.map((row) => row.key);
}

describe('recycleKeys', () => {
  const counter = (start: number) => {
    let last = start;
    return () => ++last;
  };

  it('keeps the keys of rows that stay and gives entering rows fresh ones on a small scroll', () => {
    const previous = [10, 11, 12, 13].map((index, i) => ({ index, key: i + 1 }));
    const next = recycleKeys(previous, [12, 13, 14, 15], counter(4));
    expect(next).toEqual([
      { index: 12, key: 3 },
      { index: 13, key: 4 },
      { index: 14, key: 5 },
      { index: 15, key: 6 },
    ]);
  });

  it('re-binds the rows of a far jump in order, keeping the pinned row', () => {
    const previous = [0, 10, 11, 12].map((index, i) => ({ index, key: i + 1 }));
    const next = recycleKeys(previous, [0, 500, 501, 502, 503], counter(4));
    expect(next.map((row) => row.index)).toEqual([0, 500, 501, 502, 503]);
    // Row 0 keeps its key; the window takes the freed keys in DOM order, then a fresh one.
    expect(keysOf(next)).toEqual([1, 2, 3, 4, 5]);
  });

  it('only reuses keys within the gap between rows that stay, so no row DOM moves', () => {
    const previous = [3, 4, 20, 21].map((index, i) => ({ index, key: i + 1 }));
    const next = recycleKeys(previous, [0, 1, 20, 30], counter(4));
    expect(next).toEqual([
      { index: 0, key: 1 },
      { index: 1, key: 2 },
      { index: 20, key: 3 },
      { index: 30, key: 4 },
    ]);
  });
});
