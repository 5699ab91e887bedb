import { html, nothing, type ReactiveController, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { whenIdle } from '../base/idle.ts';
import { styleProps } from '../base/style-props.ts';
import { renderHeaderCell, renderRow } from './data-grid-cells.ts';
import type { DataGridHost, DataGridOptions } from './data-grid-types.ts';
import { type CellPosition, moveCell } from './grid-keys.ts';
import {
  type KeyedRow,
  recycleKeys,
  renderedRows,
  rowsPerPage,
  scrollOffsetFor,
  visibleRows,
} from './windowing.ts';

export type {
  CellContext,
  DataGridHost,
  DataGridOptions,
  GridColumn,
  SortDirection,
} from './data-grid-types.ts';

const FOCUS_TARGET = '[data-grid-focus]';
/** Rows rendered before the viewport is measured, and placeholder rows while the total is unknown. */
const FIRST_ROWS = 12;

/**
 * An ARIA data grid (WAI-ARIA APG) rendered into its host's shadow root, windowed for any
 * number of rows.
 *
 * - One tab stop: a roving tabindex on the active cell (or on the single widget inside it).
 * - Arrow keys, Home/End, Ctrl+Home/End, Page Up/Down move between cells; Enter activates.
 * - Only visible rows (plus overscan and the active row) are in the DOM; `aria-rowcount` is the
 *   real total and every row carries its real `aria-rowindex`, so assistive technology and
 *   Ctrl+End see the whole list while the DOM size stays constant.
 * - While the total is not known (`total()` undefined: the first page is on its way) the grid
 *   is already there, header and all, with a viewport of placeholder rows (`aria-busy`,
 *   `aria-rowcount` -1): the rows then fill in where they will stay, and nothing moves.
 *
 * Render `grid.render()` in the host's template and include `dataGridStyles`.
 */
export class DataGrid<T> implements ReactiveController {
  readonly #host: DataGridHost;
  readonly #options: DataGridOptions<T>;
  /** The grid element as last rendered (found after each update: no directive needed). */
  #element: HTMLElement | undefined;
  /** Rows beyond the viewport are rendered once the grid has scrolled: none for the first paint. */
  #scrolled = false;
  #active: CellPosition = { row: 1, col: 0 };
  /** The active cell as rendered (clamped to the rows that exist). */
  #shown: CellPosition = { row: 1, col: 0 };
  #scrollTop = 0;
  #viewportHeight = 0;
  #rendered = { start: 0, end: 0 };
  #resize: ResizeObserver | undefined;
  #focusAfterUpdate = false;
  #observed: HTMLElement | undefined;
  /** The rows as last rendered, with the keys their DOM is rendered under. */
  #keyed: readonly KeyedRow[] = [];
  #lastKey = 0;
  readonly #freshKey = (): number => ++this.#lastKey;
  /** The element inside the grid that had the focus when the update began. */
  #focusedBefore: HTMLElement | undefined;

  constructor(host: DataGridHost, options: DataGridOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The grid element, once rendered. */
  get element(): HTMLElement | undefined {
    return this.#element;
  }

  /** The active cell (row 0 is the header row). */
  get active(): CellPosition {
    return this.#shown;
  }

  /** The rows currently in the DOM, [start, end). */
  get renderedRange(): { start: number; end: number } {
    return this.#rendered;
  }

  hostConnected(): void {
    this.#resize ??= new ResizeObserver(() => this.#measure());
  }

  hostUpdate(): void {
    const element = this.#element;
    const focused = (element?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement;
    this.#focusedBefore =
      focused instanceof HTMLElement && element?.contains(focused) ? focused : undefined;
  }

  hostUpdated(): void {
    const element =
      this.#host.renderRoot.querySelector<HTMLElement>('.grid[role="grid"]') ?? undefined;
    this.#element = element;
    const focusedBefore = this.#focusedBefore;
    this.#focusedBefore = undefined;
    if (element && element !== this.#observed) {
      this.#resize?.disconnect();
      this.#resize?.observe(element);
      // The observer reports the first size right away (outside this update).
      this.#observed = element;
    }
    if (this.#focusAfterUpdate) {
      this.#focusAfterUpdate = false;
      this.#focusTarget()?.focus();
    } else if (element) {
      const root = element.getRootNode() as Document | ShadowRoot;
      if (
        focusedBefore?.isConnected &&
        (!root.activeElement || root.activeElement === document.body)
      ) {
        // Reordering rows can detach and reinsert the focused row for a moment (Lit's repeat
        // moves a row that goes from the first rendered to the last, or back); the browser
        // drops the focus then, so it is put back.
        focusedBefore.focus({ preventScroll: true });
      }
      // A placeholder cell had the focus and its row arrived with a widget: focus moves in.
      const focused = root.activeElement;
      if (focused?.matches('[aria-colindex]:not([data-grid-focus])')) {
        focused.querySelector<HTMLElement>(FOCUS_TARGET)?.focus();
      }
    }
  }

  hostDisconnected(): void {
    this.#resize?.disconnect();
    this.#observed = undefined;
  }

  /** Scrolls back to the top and makes the first data cell active (after a new query). */
  resetPosition(): void {
    this.#active = { row: this.#active.row === 0 ? 0 : 1, col: this.#active.col };
    this.#scrollTop = 0;
    const element = this.#element;
    if (element) element.scrollTop = 0;
    this.#host.requestUpdate();
  }

  /** Moves the active cell and, when `focus`, the keyboard focus (scrolling it into view). */
  setActive(position: CellPosition, focus = true): void {
    const rowCount = (this.#options.total() ?? 0) + 1;
    const colCount = this.#options.columns().length;
    const fromRow = this.#active.row;
    this.#active = {
      row: Math.min(Math.max(position.row, 0), Math.max(0, rowCount - 1)),
      col: Math.min(Math.max(position.col, 0), Math.max(0, colCount - 1)),
    };
    // The header row (0) is sticky and always in view. Moving into it from the body (Ctrl+Home,
    // Arrow Up) brings the first body rows into view with it; moving along it scrolls nothing.
    if (this.#active.row > 0) this.#scrollIntoView(this.#active.row - 1);
    else if (fromRow > 0) this.#scrollIntoView(0);
    this.#focusAfterUpdate = focus;
    this.#host.requestUpdate();
  }

  /** The rows to window over: the total, or the placeholder rows while it is unknown. */
  #count(): number {
    const total = this.#options.total();
    return total === undefined ? FIRST_ROWS : Math.max(0, total);
  }

  render() {
    const known = this.#options.total() !== undefined;
    const total = this.#count();
    const columns = this.#options.columns();
    const rowHeight = this.#options.rowHeight;
    const range = this.#range(total);
    if (range.start !== this.#rendered.start || range.end !== this.#rendered.end) {
      this.#rendered = range;
      // Asked after rendering, never during it: loading may update the host. No rows, nothing
      // to load (the placeholder rows gave way to a failure: no request without Retry).
      if (range.end > range.start) {
        queueMicrotask(() => this.#options.onRangeChange?.(range.start, range.end));
      }
    }
    // Clamped for this render only: while the rows load (total 0) the intent is kept.
    this.#shown = {
      row: Math.min(this.#active.row, total),
      col: this.#active.col < columns.length ? this.#active.col : 0,
    };
    const indexes: number[] = [];
    const activeIndex = this.#shown.row - 1;
    if (activeIndex >= 0 && activeIndex < range.start) indexes.push(activeIndex);
    for (let i = range.start; i < range.end; i++) indexes.push(i);
    if (activeIndex >= range.end && activeIndex < total) indexes.push(activeIndex);
    this.#keyed = recycleKeys(this.#keyed, indexes, this.#freshKey);
    const minWidth = columns.reduce((sum, column) => sum + column.minWidth, 0);
    const style = {
      '--_grid-columns': columns.map((column) => column.width).join(' '),
      '--_grid-min-inline-size': `${minWidth}rem`,
      '--_grid-row-height': `${rowHeight}px`,
    };
    return html`<div
      part="grid"
      class="grid"
      role="grid"
      aria-label=${this.#options.label()}
      aria-rowcount=${known ? total + 1 : -1}
      aria-busy=${known ? nothing : 'true'}
      aria-colcount=${columns.length}
      aria-multiselectable=${this.#options.isSelected ? 'true' : nothing}
      style=${styleProps(style)}
      @keydown=${this.#onKeyDown}
      @focusin=${this.#onFocusIn}
      @click=${this.#onClick}
      @scroll=${this.#onScroll}
    >
      <div class="head" role="rowgroup">
        <div part="header-row" class="row header-row" role="row" aria-rowindex="1">
          ${columns.map((column, col) =>
            renderHeaderCell(
              column,
              col,
              this.#shown.row === 0 && this.#shown.col === col ? 0 : -1,
            ),
          )}
        </div>
      </div>
      <div class="body" role="rowgroup" style=${styleProps({ 'block-size': `${total * rowHeight}px` })}>
        ${repeat(
          this.#keyed,
          (row) => row.key,
          ({ index }) => renderRow(index, columns, this.#options, this.#shown),
        )}
      </div>
    </div>`;
  }

  /**
   * The rows to render: the visible ones (12 rows' worth until the viewport is measured) and,
   * once the grid has scrolled, the overscan on each side (none for the first paint).
   */
  #range(total: number) {
    const rowHeight = this.#options.rowHeight;
    return renderedRows({
      offset: this.#scrollTop,
      viewportHeight: this.#viewportHeight || rowHeight * FIRST_ROWS,
      rowHeight,
      total,
      overscan: this.#scrolled ? (this.#options.overscan ?? 6) : 0,
    });
  }

  #cellAt(position: CellPosition): HTMLElement | null {
    return (
      this.#element?.querySelector<HTMLElement>(
        `[aria-rowindex="${position.row + 1}"] > [aria-colindex="${position.col + 1}"]`,
      ) ?? null
    );
  }

  #focusTarget(): HTMLElement | null {
    const cell = this.#cellAt(this.#shown);
    if (!cell) return null;
    return cell.matches(FOCUS_TARGET) ? cell : cell.querySelector<HTMLElement>(FOCUS_TARGET);
  }

  #measure(): void {
    const element = this.#element;
    if (!element) return;
    const header = element.querySelector<HTMLElement>('.head')?.offsetHeight ?? 0;
    this.#viewportHeight = Math.max(0, element.clientHeight - header);
    // The first report usually confirms the rows rendered before it was known: then there is
    // nothing to render again (a render here would restyle the whole host before the paint).
    this.#updateIfMoved();
  }

  #scrollIntoView(index: number): void {
    const element = this.#element;
    if (!element) return;
    const offset = scrollOffsetFor(
      index,
      element.scrollTop,
      this.#viewportHeight || element.clientHeight,
      this.#options.rowHeight,
    );
    if (offset !== undefined) {
      element.scrollTop = offset;
      this.#scrollTop = element.scrollTop;
    }
  }

  #onScroll = (event: Event): void => {
    const element = event.currentTarget as HTMLElement;
    this.#scrolled = true;
    this.#scrollTop = element.scrollTop;
    this.#updateIfMoved();
  };

  /** Renders again when the rows to render are no longer those rendered. */
  #updateIfMoved(): void {
    const next = this.#range(this.#count());
    if (next.start !== this.#rendered.start || next.end !== this.#rendered.end) {
      this.#host.requestUpdate();
    }
  }

  #positionOf(target: EventTarget | null): CellPosition | undefined {
    const cell = (target as Element | null)?.closest?.('[aria-colindex]');
    if (!cell) return undefined;
    return {
      row: Number(cell.parentElement?.getAttribute('aria-rowindex')) - 1,
      col: Number(cell.getAttribute('aria-colindex')) - 1,
    };
  }

  #onFocusIn = (event: FocusEvent): void => {
    const position = this.#positionOf(event.target);
    if (!position) return;
    if (position.row !== this.#active.row || position.col !== this.#active.col) {
      this.#active = position;
      this.#host.requestUpdate();
    }
  };

  #onClick = (event: MouseEvent): void => {
    const target = event.target as Element;
    const position = this.#positionOf(target);
    if (!position) return;
    const sortButton = target.closest('[data-sort]');
    if (sortButton) {
      this.#options.onSort?.(sortButton.getAttribute('data-sort') ?? '');
      return;
    }
    // Clicks on a widget inside a cell belong to the widget.
    if (target.closest('button, a, input, select, textarea, [role="menu"]')) return;
    if (position.row > 0) this.#activate(position.row - 1);
  };

  #activate(index: number): void {
    const row = this.#options.row(index);
    if (row !== undefined) this.#options.onActivate?.(row, index);
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey) return;
    const target = event.target as HTMLElement;
    // Keys typed into a text field inside a cell stay there.
    if (target.closest('input:not([type="checkbox"]), textarea, select, [role="menu"]')) return;
    const element = this.#element;
    const position = this.#positionOf(target) ?? this.#shown;
    const rtl = element ? getComputedStyle(element).direction === 'rtl' : false;
    const next = moveCell(
      position,
      event,
      {
        rowCount: (this.#options.total() ?? 0) + 1,
        colCount: this.#options.columns().length,
        pageSize: rowsPerPage(this.#viewportHeight, this.#options.rowHeight),
      },
      rtl,
    );
    if (next) {
      event.preventDefault();
      this.setActive(next);
      return;
    }
    const onWidget = target.matches('button, a, input');
    if (event.key === 'Enter' && !onWidget && position.row > 0) {
      event.preventDefault();
      this.#activate(position.row - 1);
    }
  };

  /**
   * Renders one row of `sample` off the document when the page is next idle, so that the row's
   * and its cells' templates are prepared and their code compiled before the first rows
   * arrive (a list calls it while its first page is under way). Nothing of it stays.
   */
  prepare(sample: T): void {
    whenIdle(() => {
      const options = { ...this.#options, row: () => sample };
      const row = renderRow(0, this.#options.columns(), options, { row: 0, col: 0 });
      render(row, document.createDocumentFragment());
    });
  }

  /** Rows visible right now (without overscan), for tests and the host's announcements. */
  visibleRange(): { start: number; end: number } {
    return visibleRows({
      offset: this.#scrollTop,
      viewportHeight: this.#viewportHeight,
      rowHeight: this.#options.rowHeight,
      total: this.#options.total() ?? 0,
    });
  }
}
