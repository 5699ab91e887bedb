import type { ReactiveControllerHost } from 'lit';

/** The public shapes of `DataGrid`: its columns, options and host. */

/** What a cell renderer gets besides its row. */
export interface CellContext {
  /** 0-based data row index. */
  readonly index: number;
  /** The roving tabindex for the cell's widget (0 on the active cell, else -1). */
  readonly tabIndex: number;
}

export type SortDirection = 'ascending' | 'descending' | 'none';

export interface GridColumn<T> {
  /** Stable id; also `data-column` on its cells, for styling. */
  readonly id: string;
  /** Header content (text, or a template for `headerWidget` columns). */
  readonly header: (context: { tabIndex: number }) => unknown;
  /** The column's track in the row's CSS grid, e.g. `minmax(12rem, 2fr)`. */
  readonly width: string;
  /** Minimum width in rem (the rows never shrink below the sum). */
  readonly minWidth: number;
  /** The current sort of a sortable column; undefined for columns that do not sort. */
  readonly sort?: SortDirection;
  /** What `onSort` receives for this column (default: the column id). */
  readonly sortKey?: string;
  /** The cell content of a loaded row (render server data as text only). */
  readonly cell: (row: T, context: CellContext) => unknown;
  /**
   * The cell holds one focusable widget (checkbox, menu button) that takes the cell's focus
   * (APG: focus goes to the widget in the cell). The renderer must put `context.tabIndex` on it.
   */
  readonly widget?: boolean;
  /** Same as `widget`, for the header cell. */
  readonly headerWidget?: boolean;
}

export interface DataGridOptions<T> {
  /** The grid's accessible name. */
  label: () => string;
  /**
   * The number of data rows (all of them, loaded or not); undefined while it is not known yet
   * (the first page is loading): the grid shows placeholder rows meanwhile.
   */
  total: () => number | undefined;
  /** The row at an index, or undefined while it is not loaded (a placeholder is shown). */
  row: (index: number) => T | undefined;
  columns: () => readonly GridColumn<T>[];
  /** Row height in px; every row has this height (fixed-height windowing). */
  rowHeight: number;
  /** Rows rendered beyond the viewport on each side (default 6). */
  overscan?: number;
  /** The text of a placeholder row's first cell (visually hidden), e.g. "Loading…". */
  placeholderLabel: () => string;
  /** A sortable header was activated (click, Enter, Space). */
  onSort?: (columnId: string) => void;
  /** Enter on a data cell (or a click on one outside its widgets). */
  onActivate?: (row: T, index: number) => void;
  /** The rendered range changed: rows [start, end) should be loaded. */
  onRangeChange?: (start: number, end: number) => void;
  /** Row selection state for `aria-selected`; undefined when rows are not selectable. */
  isSelected?: (row: T, index: number) => boolean;
}

/** The element a grid renders into: its host's shadow root, where the grid is found. */
export type DataGridHost = ReactiveControllerHost & {
  readonly renderRoot: HTMLElement | DocumentFragment;
};
