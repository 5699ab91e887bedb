/**
 * The keyboard model of the WAI-ARIA Authoring Practices data grid, as a pure function.
 *
 * Positions count the header row as row 0 and data rows from 1, so `row` is also
 * `aria-rowindex - 1`. Arrow keys never wrap; Home/End stay in the row; Ctrl+Home/End go to
 * the first cell of the first row and the last cell of the last row (the real last row, not
 * the last one in the DOM); Page Up/Down move by a page of rows.
 */

export interface CellPosition {
  /** 0 is the header row; data row `i` (0-based) is row `i + 1`. */
  readonly row: number;
  readonly col: number;
}

export interface GridShape {
  /** Rows including the header row (data rows + 1). */
  readonly rowCount: number;
  readonly colCount: number;
  /** How many rows Page Up/Down moves (the rows that fit the viewport). */
  readonly pageSize: number;
}

export interface KeyInput {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
}

/** The keys the grid moves focus for; anything else is left to the browser and the cell. */
export const NAVIGATION_KEYS = [
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
] as const;

/**
 * Where focus goes for a key, or undefined when the key is not a navigation key. The result
 * may equal the input (at an edge): the key is still consumed, so the page does not scroll.
 * In a right-to-left grid, pass `rtl` so that ArrowLeft moves towards the end of the row.
 */
export function moveCell(
  from: CellPosition,
  input: KeyInput,
  shape: GridShape,
  rtl = false,
): CellPosition | undefined {
  const lastRow = Math.max(0, shape.rowCount - 1);
  const lastCol = Math.max(0, shape.colCount - 1);
  const clamp = (row: number, col: number): CellPosition => ({
    row: Math.min(Math.max(row, 0), lastRow),
    col: Math.min(Math.max(col, 0), lastCol),
  });
  const ctrl = Boolean(input.ctrlKey || input.metaKey);
  const { row, col } = from;
  switch (input.key) {
    case 'ArrowUp':
      return clamp(row - 1, col);
    case 'ArrowDown':
      return clamp(row + 1, col);
    case 'ArrowLeft':
      return clamp(row, rtl ? col + 1 : col - 1);
    case 'ArrowRight':
      return clamp(row, rtl ? col - 1 : col + 1);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(row, 0);
    case 'End':
      return ctrl ? clamp(lastRow, lastCol) : clamp(row, lastCol);
    case 'PageUp':
      return clamp(row - Math.max(1, shape.pageSize), col);
    case 'PageDown':
      return clamp(row + Math.max(1, shape.pageSize), col);
    default:
      return undefined;
  }
}
