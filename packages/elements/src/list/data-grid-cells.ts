import { html, nothing } from 'lit';
import { styleProps } from '../base/style-props.ts';
import type { DataGridOptions, GridColumn } from './data-grid-types.ts';
import type { CellPosition } from './grid-keys.ts';

/**
 * The cells of `DataGrid`: what each row and cell renders, with its ARIA and the roving
 * tabindex. A cell's position is its ARIA: its row's `aria-rowindex` and its own
 * `aria-colindex` (no attributes of our own to bind per cell, 240 fewer in a first paint), and
 * `data-grid-focus` marks whatever takes the cell's focus (the cell, or the one widget inside).
 */

/** A column's header cell; `tabIndex` is 0 on the active cell, else -1. */
export function renderHeaderCell<T>(column: GridColumn<T>, col: number, tabIndex: number) {
  const widget = column.headerWidget || column.sort !== undefined;
  return html`<div
    part="header-cell"
    class="cell header-cell"
    role="columnheader"
    aria-colindex=${col + 1}
    aria-sort=${column.sort ?? nothing}
    data-column=${column.id}
    tabindex=${widget ? nothing : tabIndex}
    ?data-grid-focus=${!widget}
  >
    ${
      // The indicator is drawn by the styles from the cell's aria-sort: no element.
      column.sort
        ? html`<button
          class="sort-button"
          type="button"
          tabindex=${tabIndex}
          data-grid-focus
          data-sort=${column.sortKey ?? column.id}
        >${column.header({ tabIndex })}</button>`
        : column.header({ tabIndex })
    }
  </div>`;
}

/**
 * A body row, absolutely placed at `index * rowHeight`: its cells once the row is loaded, else
 * a placeholder. `active` is the active cell (its cell gets tabindex 0).
 */
export function renderRow<T>(
  index: number,
  columns: readonly GridColumn<T>[],
  options: DataGridOptions<T>,
  active: CellPosition,
) {
  const row = options.row(index);
  const selected = row !== undefined ? options.isSelected?.(row, index) : undefined;
  return html`<div
    part=${row === undefined ? 'row placeholder-row' : selected ? 'row selected-row' : 'row'}
    class=${row === undefined ? 'row data-row placeholder' : 'row data-row'}
    role="row"
    aria-rowindex=${index + 2}
    aria-selected=${selected === undefined ? nothing : String(selected)}
    aria-busy=${row === undefined ? 'true' : nothing}
    style=${styleProps({ transform: `translateY(${index * options.rowHeight}px)` })}
  >
    ${columns.map((column, col) => {
      const tabIndex = active.row === index + 1 && active.col === col ? 0 : -1;
      const widget = row !== undefined && column.widget;
      return html`<div
        part="cell"
        class="cell"
        role="gridcell"
        aria-colindex=${col + 1}
        data-column=${column.id}
        tabindex=${widget ? -1 : tabIndex}
        ?data-grid-focus=${!widget}
      >
        ${
          row === undefined
            ? // The skeleton block is the cell's background (see the styles): no element to
              // create and style per cell, so rows that turn into placeholders on a jump stay cheap.
              col === 0
              ? html`<span class="visually-hidden">${options.placeholderLabel()}</span>`
              : nothing
            : column.cell(row, { index, tabIndex })
        }
      </div>`;
    })}
  </div>`;
}
