// The portal's pages. Each widget lands on its page as its issue is built; until then the
// page says which widget it will host, so the navigation is complete from the start.

export interface Page {
  title: string;
  render(params: URLSearchParams, match: RegExpMatchArray): Node;
}

function section(title: string, lede: string, body?: Node): Node {
  const fragment = document.createDocumentFragment();
  const h1 = document.createElement('h1');
  h1.textContent = title;
  const p = document.createElement('p');
  p.className = 'lede';
  p.textContent = lede;
  fragment.append(h1, p);
  if (body) fragment.append(body);
  return fragment;
}

function upcoming(tag: string): Node {
  const panel = document.createElement('div');
  panel.className = 'panel';
  const code = document.createElement('code');
  code.textContent = `<${tag}>`;
  panel.append('This page will host ', code, '.');
  return panel;
}

export const routes: Array<[RegExp, Page]> = [
  [
    /^\/clients\/([^/]+)$/,
    {
      title: 'Client',
      render: (_params, match) =>
        section(
          `Client ${decodeURIComponent(match[1] ?? '')}`,
          'Overview, invoices, services, users, resources, quotas, units and tickets of one client.',
          upcoming('client-detail-tabs'),
        ),
    },
  ],
  [
    /^\/clients$/,
    {
      title: 'Clients',
      render: () =>
        section('Clients', 'Every client: find one fast, act on it.', upcoming('client-grid')),
    },
  ],
  [
    /^\/tickets$/,
    {
      title: 'Tickets',
      render: () =>
        section('Tickets', 'The support queue across all clients.', upcoming('ticket-list')),
    },
  ],
  [
    /^\/quotas$/,
    {
      title: 'Quotas',
      render: () =>
        section('Quotas', 'Resource limits of a client’s cloud project.', upcoming('quota-editor')),
    },
  ],
  [
    /^\/units$/,
    {
      title: 'Units',
      render: () =>
        section('Units', 'A client’s unit balance and ledger.', upcoming('units-ledger')),
    },
  ],
];

export const notFoundPage: Page = {
  title: 'Not found',
  render: () => section('Page not found', 'There is no page at this address.'),
};
