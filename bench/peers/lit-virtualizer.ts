/**
 * lit-virtualizer in the side-by-side benchmark: a scrolling box with a sticky header row and
 * `<lit-virtualizer>` rendering one row of six text cells (plain divs, no ARIA roles) per
 * client, as a user would build a list with it.
 */
import '@lit-labs/virtualizer';
import type { Client } from '@clientele/sdk';
import type { LitVirtualizer } from '@lit-labs/virtualizer';
import { html } from 'lit';
import { COLUMNS, sortByCompany } from './columns.ts';
import { expose } from './harness.ts';

const scroller = document.querySelector<HTMLElement>('.grid')!;
const header = scroller.querySelector<HTMLElement>('.header')!;
const virtualizer = scroller.querySelector<LitVirtualizer<Client>>('lit-virtualizer')!;

for (const column of COLUMNS) {
  const cell = document.createElement('div');
  cell.className = 'cell';
  cell.textContent = column.header;
  header.append(cell);
}

const [name, email, status, country, created, credit] = COLUMNS;
virtualizer.renderItem = (client: Client) =>
  html`<div class="row">
    <div class="cell">${name!.text(client)}</div>
    <div class="cell">${email!.text(client)}</div>
    <div class="cell">${status!.text(client)}</div>
    <div class="cell">${country!.text(client)}</div>
    <div class="cell">${created!.text(client)}</div>
    <div class="cell">${credit!.text(client)}</div>
  </div>`;

expose({
  scroller: () => scroller,
  firstRow() {
    // Children are in range order: at the top of the list the first one is item 0.
    const element = virtualizer.querySelector('.row');
    return element ? { element, text: element.textContent ?? '' } : null;
  },
  setData(clients) {
    virtualizer.items = [...clients].reverse();
  },
  sortByCompany(clients) {
    virtualizer.items = sortByCompany(clients);
  },
});
