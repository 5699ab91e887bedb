/** client-grid in the side-by-side benchmark: the in-memory provider, as in ../page.ts. */
import type { ClientGrid } from '../../packages/elements/src/client-grid/client-grid.ts';
import { createArrayDataProvider } from '../../packages/elements/src/testing/index.ts';
import '../../packages/elements/src/define/client-grid.ts';
import { expose } from './harness.ts';

const host = document.querySelector<ClientGrid>('client-grid')!;
let providerMs = 0;

expose({
  scroller: () => host.shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!,
  firstRow() {
    const element = host.shadowRoot?.querySelector(
      '[role="row"][aria-rowindex="2"]:not([aria-busy])',
    );
    return element ? { element, text: element.textContent ?? '' } : null;
  },
  setData(clients) {
    // It knows the clients come oldest first, as lit-virtualizer's page does (it reverses them).
    const provider = createArrayDataProvider(clients, { inCreationOrder: true });
    // The provider does its work (scan, sort, page) before its first await: time that part.
    const timed = Object.assign(
      (request: Parameters<typeof provider>[0]) => {
        const start = performance.now();
        const result = provider(request);
        providerMs += performance.now() - start;
        return result;
      },
      { maxLimit: provider.maxLimit },
    );
    host.dataProvider = timed;
  },
  sortByCompany() {
    host.sort = 'company';
  },
  takeProviderMs() {
    const value = providerMs;
    providerMs = 0;
    return value;
  },
});
