import type { Client } from '@clientele/sdk';
import { html, render } from 'lit';
import { beforeAll } from 'vitest';
import { page } from 'vitest/browser';
import type { ClientDataProvider, ClientDataRequest } from '../client-grid/client-data.ts';
import type { ClientGrid } from '../client-grid/client-grid.ts';
import { createArrayDataProvider } from './clients.ts';
import { fakeApi, json, problem } from './fake-api.ts';
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

/**
 * A desktop-wide page for the file's tests (the test runner's is 414 px): the grid follows its
 * own width, and below `cards-below` shows cards rather than the list.
 */
export function useDesktopViewport(width = 1400): void {
  beforeAll(() => page.viewport(width, 900));
}

/** A fake API over an array: /me by token, /clients, and the client actions. */
export function backend(clients: Client[], permissions: string[]) {
  const store = new Map(clients.map((c) => [c.id, { ...c }]));
  const list = () => createArrayDataProvider([...store.values()]);
  const actions: Array<{ path: string; body: unknown }> = [];
  let failNext: Response | Error | undefined;
  // While holding, each action waits for its own release (in arrival order).
  let holding = false;
  const held: Array<() => void> = [];
  const api = fakeApi(async (request, url) => {
    const path = url.pathname.replace(/^\/api/, '');
    if (path === '/me') {
      return json({ id: 'u', name: 'U', email: 'u@x.test', role: 'x', permissions, locale: 'en' });
    }
    if (path === '/clients' && request.method === 'GET') {
      const p = url.searchParams;
      const page = await list()({
        query: p.get('search') ?? '',
        filters: p.getAll('status').length ? { status: p.getAll('status') as never } : {},
        sort: (p.get('sort') ?? '-created_at') as never,
        cursor: p.get('cursor'),
        limit: Number(p.get('limit') ?? 50),
        signal: request.signal,
      });
      return json({
        items: page.items,
        next_cursor: page.nextCursor,
        total: page.total,
        status_counts: await page.statusCounts,
      });
    }
    const match = /^\/clients\/([^/]+)(?:\/(\w+))?$/.exec(path);
    if (match) {
      const body = request.method === 'POST' ? await request.json().catch(() => null) : null;
      actions.push({ path: `${request.method} ${path}`, body });
      if (holding) await new Promise<void>((resolve) => held.push(resolve));
      if (failNext) {
        const response = failNext;
        failNext = undefined;
        if (response instanceof Error) throw response;
        return response;
      }
      const client = store.get(match[1]!)!;
      const status =
        match[2] === 'suspend'
          ? 'suspended'
          : match[2] === 'resume' || match[2] === 'approve'
            ? 'active'
            : request.method === 'DELETE'
              ? 'deleting'
              : client.status;
      if (match[2] === 'impersonate') {
        return json(
          {
            token: 't',
            url: 'https://panel.test/imp',
            expires_at: '',
            client_id: client.id,
            impersonator: { id: 'u', name: 'U' },
            reason: '',
          },
          201,
        );
      }
      const updated = { ...client, status } as Client;
      store.set(client.id, updated);
      return json(updated, request.method === 'DELETE' ? 202 : 200);
    }
    return problem(404);
  });
  return {
    api,
    actions,
    /** The next action answers this (an Error: the request fails as a network error). */
    fail(response: Response | Error) {
      failNext = response;
    },
    /** From now on, actions wait until released. */
    hold() {
      holding = true;
    },
    held,
    /** Lets the `count` oldest waiting actions answer. */
    release(count: number) {
      for (const resolve of held.splice(0, count)) resolve();
    },
  };
}

export const ALL = [
  'clients.read',
  'clients.approve',
  'clients.suspend',
  'clients.impersonate',
  'clients.delete',
];

/** A grid inside a provider whose user has these permissions, over a fake API of `clients`. */
export function mountWithApi(container: HTMLElement, clients: Client[], permissions = ALL) {
  const server = backend(clients, permissions);
  render(
    html`<clientele-provider .client=${server.api.client({ token: 'tok' })}>
      <client-grid></client-grid>
    </clientele-provider>`,
    container,
  );
  return server;
}
