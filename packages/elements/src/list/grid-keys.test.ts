import { describe, expect, it } from 'vitest';
import { moveCell } from './grid-keys.ts';
import { renderedRows, rowsPerPage, scrollOffsetFor, visibleRows } from './windowing.ts';

const shape = { rowCount: 101, colCount: 5, pageSize: 10 };

describe('moveCell (APG data grid keys)', () => {
  it('moves one cell with the arrow keys and stops at the edges', () => {
    expect(moveCell({ row: 3, col: 2 }, { key: 'ArrowDown' }, shape)).toEqual({ row: 4, col: 2 });
    expect(moveCell({ row: 3, col: 2 }, { key: 'ArrowUp' }, shape)).toEqual({ row: 2, col: 2 });
    expect(moveCell({ row: 3, col: 2 }, { key: 'ArrowRight' }, shape)).toEqual({ row: 3, col: 3 });
    expect(moveCell({ row: 3, col: 0 }, { key: 'ArrowLeft' }, shape)).toEqual({ row: 3, col: 0 });
    expect(moveCell({ row: 100, col: 4 }, { key: 'ArrowDown' }, shape)).toEqual({
      row: 100,
      col: 4,
    });
  });

  it('mirrors left and right in right-to-left grids', () => {
    expect(moveCell({ row: 1, col: 1 }, { key: 'ArrowLeft' }, shape, true)).toEqual({
      row: 1,
      col: 2,
    });
  });

  it('goes to the row ends with Home/End and the grid ends with Ctrl+Home/End', () => {
    expect(moveCell({ row: 7, col: 2 }, { key: 'Home' }, shape)).toEqual({ row: 7, col: 0 });
    expect(moveCell({ row: 7, col: 2 }, { key: 'End' }, shape)).toEqual({ row: 7, col: 4 });
    expect(moveCell({ row: 7, col: 2 }, { key: 'Home', ctrlKey: true }, shape)).toEqual({
      row: 0,
      col: 0,
    });
    expect(moveCell({ row: 7, col: 2 }, { key: 'End', ctrlKey: true }, shape)).toEqual({
      row: 100,
      col: 4,
    });
  });

  it('pages by the page size', () => {
    expect(moveCell({ row: 7, col: 1 }, { key: 'PageDown' }, shape)).toEqual({ row: 17, col: 1 });
    expect(moveCell({ row: 7, col: 1 }, { key: 'PageUp' }, shape)).toEqual({ row: 0, col: 1 });
  });

  it('ignores other keys', () => {
    expect(moveCell({ row: 1, col: 1 }, { key: 'a' }, shape)).toBeUndefined();
  });
});

describe('windowing', () => {
  it('computes the visible and rendered rows', () => {
    const input = { offset: 400, viewportHeight: 200, rowHeight: 40, total: 100_000 };
    expect(visibleRows(input)).toEqual({ start: 10, end: 15 });
    expect(renderedRows({ ...input, overscan: 3 })).toEqual({ start: 7, end: 18 });
    expect(renderedRows({ ...input, offset: 0, total: 2, overscan: 3 })).toEqual({
      start: 0,
      end: 2,
    });
    expect(visibleRows({ ...input, total: 0 })).toEqual({ start: 0, end: 0 });
  });

  it('finds the page size and the scroll offset that reveals a row', () => {
    expect(rowsPerPage(410, 40)).toBe(10);
    expect(scrollOffsetFor(5, 0, 400, 40)).toBeUndefined();
    expect(scrollOffsetFor(10, 0, 400, 40)).toBe(40);
    expect(scrollOffsetFor(2, 200, 400, 40)).toBe(80);
  });
});
