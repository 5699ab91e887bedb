/** lit-virtualizer in the side-by-side benchmark, in memory (./lit-virtualizer-row.ts). */
import type { Client } from '@clientele/sdk';
import type { LitVirtualizer } from '@lit-labs/virtualizer';
import { sortByCompany } from './columns.ts';
import { expose } from './harness.ts';
import { setUpGrid } from './lit-virtualizer-row.ts';

const scroller = document.querySelector<HTMLElement>('.grid')!;
const virtualizer = scroller.querySelector<LitVirtualizer<Client>>('lit-virtualizer')!;
setUpGrid(scroller.querySelector<HTMLElement>('.header')!, virtualizer);

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
