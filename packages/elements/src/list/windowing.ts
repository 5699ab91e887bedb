/**
 * Fixed-height windowing: which rows a viewport shows. Every row has the same height, so the
 * range is arithmetic (no measuring) and the rendered DOM stays the same size whatever the
 * total.
 */

export interface RowRange {
  /** First index to render (inclusive). */
  readonly start: number;
  /** One past the last index to render. */
  readonly end: number;
}

export interface WindowInput {
  /** Scroll offset of the viewport from the first row's top, in px. */
  readonly offset: number;
  /** Height of the viewport available to rows, in px. */
  readonly viewportHeight: number;
  readonly rowHeight: number;
  readonly total: number;
  /** Extra rows rendered above and below, so fast scrolling does not show blanks. */
  readonly overscan: number;
}

/** The rows that intersect the viewport, without overscan. */
export function visibleRows({
  offset,
  viewportHeight,
  rowHeight,
  total,
}: Omit<WindowInput, 'overscan'>): RowRange {
  if (total <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const start = Math.min(Math.max(0, Math.floor(offset / rowHeight)), total - 1);
  const end = Math.min(total, Math.ceil((offset + Math.max(viewportHeight, 0)) / rowHeight));
  return { start, end: Math.max(start + 1, end) };
}

/** The rows to render: the visible ones plus overscan on both sides, within [0, total). */
export function renderedRows(input: WindowInput): RowRange {
  const visible = visibleRows(input);
  if (visible.end === 0) return visible;
  return {
    start: Math.max(0, visible.start - input.overscan),
    end: Math.min(input.total, visible.end + input.overscan),
  };
}

/** How many whole rows fit the viewport (at least 1): the Page Up/Down step. */
export function rowsPerPage(viewportHeight: number, rowHeight: number): number {
  if (rowHeight <= 0) return 1;
  return Math.max(1, Math.floor(viewportHeight / rowHeight));
}

/**
 * The scroll offset that brings a row fully into view with the least movement, or undefined
 * when it is already fully visible.
 */
export function scrollOffsetFor(
  index: number,
  offset: number,
  viewportHeight: number,
  rowHeight: number,
): number | undefined {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < offset) return top;
  if (bottom > offset + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return undefined;
}

/** A rendered row and the key its DOM is rendered under (for Lit's `repeat`). */
export interface KeyedRow {
  readonly index: number;
  readonly key: number;
}

/**
 * Keys for the rows about to render (`indexes`, ascending) given the rows rendered before
 * (`previous`, ascending, as they are in the DOM), so that a keyed `repeat` reuses row DOM
 * instead of building it again, without moving any of it:
 *
 * - a row rendered before keeps its key (and so its DOM, its focus and its place);
 * - between two such rows, new rows take the keys of the rows that left the same gap, in
 *   order (Lit then only updates their bindings); only the rest get fresh keys from `fresh`.
 *
 * A jump to a far-away window therefore re-binds the rows already in the DOM rather than
 * replacing them (no new elements to create and style), while a scroll by a few rows keeps
 * the rows that stay and builds only the few that enter. The keys reused keep their relative
 * order, so the DOM order stays the index order and no row DOM is detached and reinserted.
 */
export function recycleKeys(
  previous: readonly KeyedRow[],
  indexes: readonly number[],
  fresh: () => number,
): KeyedRow[] {
  const kept = new Set(indexes);
  const result: KeyedRow[] = [];
  let old = 0;
  let next = 0;
  while (next < indexes.length) {
    // The rows of this gap that leave: their keys go to the rows that enter the same gap.
    const freed: number[] = [];
    while (old < previous.length && !kept.has(previous[old]!.index)) {
      freed.push(previous[old]!.key);
      old++;
    }
    const anchor = previous[old];
    let reused = 0;
    while (next < indexes.length && indexes[next] !== anchor?.index) {
      result.push({
        index: indexes[next]!,
        key: reused < freed.length ? freed[reused++]! : fresh(),
      });
      next++;
    }
    if (anchor && next < indexes.length) {
      result.push(anchor);
      old++;
      next++;
    }
  }
  return result;
}
