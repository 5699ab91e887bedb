// One client's page: <client-detail-tabs> for the client in the URL, on the tab in the URL
// (`/clients/cl_…/tickets`). The widget says when the user changes tab (the page pushes the
// URL) and the page sets `active-tab` on back/forward, so the same widget stays, each tab
// keeps what it loaded, and a reload lands on the same tab.

import type { ResourceOpenDetail } from '@clientele/elements';
import type { Page } from './page-kit.ts';
import { showToast } from './toast.ts';

export const CLIENT_PATH = /^\/clients\/([^/]+)(?:\/([^/]+))?$/;

const clientUrl = (id: string, tab: string) =>
  `/clients/${encodeURIComponent(id)}/${encodeURIComponent(tab)}`;

const KIND_NAMES: Record<ResourceOpenDetail['kind'], string> = {
  invoice: 'Invoice',
  service: 'Service',
  domain: 'Domain',
  instance: 'Instance',
  volume: 'Volume',
  network: 'Network',
  router: 'Router',
  ssh_key: 'SSH key',
  image: 'Image',
  port: 'Port',
};

function resourceNote(detail: ResourceOpenDetail): string {
  return `${KIND_NAMES[detail.kind]} ${detail.label} opened: a host shows its own view of ${detail.id} here.`;
}

/**
 * `/clients/:id` and `/clients/:id/:tab`. `notices` wraps the widget with the portal's notice
 * of what a real host would do (open a ticket view); "Create similar" opens the new client.
 */
export function clientPage(notices: (widget: HTMLElement) => Node): Page {
  return {
    title: 'Client',
    render: (match, { navigate, pushUrl }) => {
      const id = decodeURIComponent(match[1] ?? '');
      const back = document.createElement('a');
      back.href = '/clients';
      back.dataset.route = '';
      back.textContent = '← All clients';
      const heading = document.createElement('h1');
      heading.className = 'visually-hidden';
      heading.textContent = 'Client';
      const widget = document.createElement('client-detail-tabs');
      widget.setAttribute('client-id', id);
      if (match[2]) widget.setAttribute('active-tab', decodeURIComponent(match[2]));
      widget.addEventListener('client-load', (event) => {
        const name =
          event.detail.client.company ??
          `${event.detail.client.first_name} ${event.detail.client.last_name}`;
        heading.textContent = name;
        document.title = `${name} · Northwind Cloud staff`;
      });
      widget.addEventListener('client-tab-change', (event) => {
        pushUrl(clientUrl(id, event.detail.tab));
      });
      // The portal has no invoice, service or instance views: it says where a host would go.
      widget.addEventListener('resource-open', (event) => {
        event.preventDefault();
        showToast(resourceNote(event.detail));
      });
      widget.addEventListener('client-select', (event) =>
        navigate(`/clients/${event.detail.clientId}`),
      );
      const wrapper = document.createElement('div');
      wrapper.append(back, heading, notices(widget));
      return wrapper;
    },
    update: (match, node) => {
      const widget = (node as Element).querySelector('client-detail-tabs');
      const id = decodeURIComponent(match[1] ?? '');
      if (!widget || widget.getAttribute('client-id') !== id) return false;
      // Back/forward within one client's page: the tab in the URL (none: the first).
      if (match[2]) widget.setAttribute('active-tab', decodeURIComponent(match[2]));
      else widget.removeAttribute('active-tab');
      return true;
    },
  };
}
