/**
 * lit-virtualizer over HTTP: the grid added to the page with one plain `fetch` of the same
 * first page client-grid asks for (newest first, 50 clients, the same token), the rows set
 * when its JSON is in. No SDK, no provider, no `/me`: the least a page can do to show the
 * rows, measured like client-grid over the SDK (./http-measure.ts).
 */
import type { Client } from '@clientele/sdk';
import type { LitVirtualizer } from '@lit-labs/virtualizer';
import { exposeHttpBench, inside } from './http-measure.ts';
import { setUpGrid } from './lit-virtualizer-row.ts';

exposeHttpBench('lit-virtualizer', (apiUrl) => {
  const scroller = document.createElement('div');
  scroller.className = 'grid';
  const header = document.createElement('div');
  header.className = 'header';
  const virtualizer = document.createElement('lit-virtualizer') as LitVirtualizer<Client>;
  setUpGrid(header, virtualizer);
  scroller.append(header, virtualizer);
  document.body.append(scroller);
  void fetch(`${apiUrl}/clients?sort=-created_at&limit=50`, {
    headers: { Authorization: 'Bearer admin-token' },
  })
    .then((response) => response.json() as Promise<{ items: Client[] }>)
    .then((page) => {
      virtualizer.items = page.items;
    });
  return { rowShown: () => inside(virtualizer.querySelector('.row'), scroller) };
});
