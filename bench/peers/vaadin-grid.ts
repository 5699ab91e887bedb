/**
 * vaadin-grid in the side-by-side benchmark: six columns whose renderers set the cell's text,
 * and the clients handed over as `items` (its in-memory data provider).
 */
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';
import type { Client } from '@clientele/sdk';
import type { Grid } from '@vaadin/grid/vaadin-grid.js';
import type { GridColumn } from '@vaadin/grid/vaadin-grid-column.js';
import { COLUMNS, sortByCompany } from './columns.ts';
import { expose } from './harness.ts';

const grid = document.querySelector<Grid<Client>>('vaadin-grid')!;

for (const column of COLUMNS) {
  const element = document.createElement('vaadin-grid-column') as GridColumn<Client>;
  element.header = column.header;
  element.flexGrow = column.grow;
  element.renderer = (root, _column, model) => {
    root.textContent = column.text(model.item);
  };
  grid.append(element);
}

expose({
  scroller: () => grid.shadowRoot!.querySelector<HTMLElement>('#table')!,
  firstRow() {
    const element = grid.shadowRoot?.querySelector('#items [part~="first-row"]');
    if (!element) return null;
    // The cells' text is in light-DOM cell contents, slotted into the row's cells.
    const text = [...element.querySelectorAll('slot')]
      .flatMap((slot) => slot.assignedElements())
      .map((content) => content.textContent ?? '')
      .join(' ');
    return { element, text };
  },
  setData(clients) {
    grid.items = [...clients].reverse();
  },
  sortByCompany(clients) {
    grid.items = sortByCompany(clients);
  },
});
