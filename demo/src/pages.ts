// The portal's pages. Each widget lands on its page as its issue is built; until then the
// page says which widget it will host, so the navigation is complete from the start.

import { CLIENT_PATH, clientPage } from './client-page.ts';
import { type Page, section } from './page-kit.ts';
import { quotasPage } from './quotas-page.ts';
import { unitsPage } from './units-page.ts';

export type { Page, PageContext } from './page-kit.ts';

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
  // The mock's session URL leads nowhere: the portal owns the redirect and says so instead.
  list.addEventListener('client-impersonate', (event) => {
    event.preventDefault();
    notice.textContent = `Session as the client opened until ${event.detail.session.expires_at}: a host redirects to its client area here.`;
  });
  const wrapper = document.createElement('div');
  wrapper.append(notice, list);
  return wrapper;
}

export const routes: Array<[RegExp, Page]> = [
  [CLIENT_PATH, clientPage(withTicketNotice)],
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
  [/^\/quotas(?:\/([^/]+))?$/, quotasPage],
  [/^\/units(?:\/([^/]+))?$/, unitsPage],
];

export const notFoundPage: Page = {
  title: 'Not found',
  render: () => section('Page not found', 'There is no page at this address.'),
};
