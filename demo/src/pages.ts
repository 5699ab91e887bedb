// The portal's pages. Each widget lands on its page as its issue is built; until then the
// page says which widget it will host, so the navigation is complete from the start.

import type { ClienteleClient } from '@clientele/sdk';

export interface PageContext {
  /** The SDK client the provider made (for pages that load data themselves). */
  api: ClienteleClient | undefined;
  /** In-portal navigation without a reload. */
  navigate(url: string): void;
}

export interface Page {
  title: string;
  render(match: RegExpMatchArray, context: PageContext): Node;
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

/**
 * The portal has no helpdesk of its own: choosing a ticket says so where a real host would
 * open its ticket view.
 */
function withTicketNotice(list: HTMLElement): Node {
  const notice = document.createElement('p');
  notice.className = 'notice';
  notice.setAttribute('role', 'status');
  list.addEventListener('ticket-select', (event) => {
    notice.textContent = `Ticket ${event.detail.ticketId} chosen: a host opens its helpdesk view here.`;
  });
  list.addEventListener('ticket-create', (event) => {
    notice.textContent = `Ticket ${event.detail.ticketId} opened.`;
  });
  const wrapper = document.createElement('div');
  wrapper.append(notice, list);
  return wrapper;
}

export const routes: Array<[RegExp, Page]> = [
  [
    /^\/clients\/([^/]+)$/,
    {
      title: 'Client',
      render: (match, { api }) => {
        const id = decodeURIComponent(match[1] ?? '');
        const back = document.createElement('a');
        back.href = '/clients';
        back.dataset.route = '';
        back.textContent = '← All clients';
        const tickets = document.createElement('ticket-list');
        tickets.setAttribute('client-id', id);
        const ticketsHeading = document.createElement('h2');
        ticketsHeading.textContent = 'Tickets';
        const page = section(
          `Client ${id}`,
          'Overview, invoices, services, users, resources, quotas, units and tickets of one client.',
          upcoming('client-detail-tabs'),
        );
        const wrapper = document.createElement('div');
        wrapper.append(back, page, ticketsHeading, withTicketNotice(tickets));
        const heading = wrapper.querySelector('h1')!;
        // Until client-detail-tabs lands, the page names the client it was linked to.
        api
          ?.GET('/clients/{client_id}', { params: { path: { client_id: id } } })
          .then(({ data }) => {
            if (data) heading.textContent = data.company ?? `${data.first_name} ${data.last_name}`;
          })
          .catch((error: unknown) => {
            heading.textContent = `Client ${id}`;
            const problem = document.createElement('p');
            problem.className = 'error';
            problem.setAttribute('role', 'alert');
            problem.textContent = error instanceof Error ? error.message : String(error);
            heading.after(problem);
          });
        return wrapper;
      },
    },
  ],
  [
    /^\/clients$/,
    {
      title: 'Clients',
      render: (_match, { navigate }) => {
        const grid = document.createElement('client-grid');
        // Search, filters, sort and view live in the page URL: reload or share the link.
        grid.setAttribute('url-state', '');
        grid.addEventListener('client-select', (event) => {
          navigate(`/clients/${encodeURIComponent(event.detail.clientId)}`);
        });
        return section('Clients', 'Every client: find one fast, act on it.', grid);
      },
    },
  ],
  [
    /^\/tickets$/,
    {
      title: 'Tickets',
      render: () => {
        const list = document.createElement('ticket-list');
        list.setAttribute('url-state', '');
        return section('Tickets', 'The support queue across all clients.', withTicketNotice(list));
      },
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
