import type { Client } from '@clientele/sdk';
import { html, render } from 'lit';
import type { ClientDataProvider, ClientDataRequest } from '../client-grid/client-data.ts';
import type { ClientGrid } from '../client-grid/client-grid.ts';
import { createArrayDataProvider } from './clients.ts';
import { makeClients } from './sample-clients.ts';

/** Test support for `<client-grid>`'s tests (not part of the testing entry). */

export const CLIENTS = makeClients(1000);

export function gridIn(container: HTMLElement): ClientGrid {
  return container.querySelector('client-grid')!;
}

/** Records every request the grid makes, on top of an in-memory provider. */
export function recording(provider: ClientDataProvider) {
  const requests: Omit<ClientDataRequest, 'signal'>[] = [];
  const wrapped: ClientDataProvider = Object.assign(
    (request: ClientDataRequest) => {
      const { signal: _signal, ...rest } = request;
      requests.push(rest);
      return provider(request);
    },
    { maxLimit: provider.maxLimit },
  );
  return { requests, provider: wrapped };
}

/** A grid over an in-memory array, with attributes set as `name=value` pairs. */
export function mountGrid(container: HTMLElement, clients: Client[] = CLIENTS, attributes = '') {
  const provider = createArrayDataProvider(clients);
  render(html`<client-grid .dataProvider=${provider}></client-grid>`, container);
  for (const pair of attributes.split(' ').filter(Boolean)) {
    const at = pair.indexOf('=');
    gridIn(container).setAttribute(pair.slice(0, at), pair.slice(at + 1));
  }
  return gridIn(container);
}
