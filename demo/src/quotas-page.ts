// The Quotas page: pick a client (search by name, company or email), then its <quota-editor>.
// The chosen client is in the address (/quotas/<id>), so the page can be reloaded or shared.

import type { ClienteleClient } from '@clientele/sdk';
import { type Page, type PageContext, section } from './page-kit.ts';

function clientLabel(client: {
  company?: string | null;
  first_name: string;
  last_name: string;
  email: string;
}) {
  const person = `${client.first_name} ${client.last_name}`;
  return client.company ? `${client.company} (${person})` : `${person} · ${client.email}`;
}

/** A search field and the matching clients as a list of links (the portal's own picker). */
function clientPicker(
  api: ClienteleClient | undefined,
  { navigate }: PageContext,
  listAtOnce: boolean,
): HTMLElement {
  const form = document.createElement('form');
  form.className = 'client-picker';
  form.setAttribute('role', 'search');
  const label = document.createElement('label');
  label.htmlFor = 'quota-client-search';
  label.textContent = 'Find a client';
  const input = document.createElement('input');
  input.id = 'quota-client-search';
  input.type = 'search';
  input.autocomplete = 'off';
  input.placeholder = 'Name, company or email';
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'picker-status';
  const list = document.createElement('ul');
  list.className = 'picker-results';
  list.setAttribute('aria-label', 'Matching clients');
  form.append(label, input, status, list);

  let controller: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const search = async (text: string) => {
    controller?.abort();
    controller = new AbortController();
    if (!api) return;
    status.textContent = 'Searching…';
    try {
      const { data } = await api.GET('/clients', {
        params: { query: { limit: 8, sort: 'company', ...(text ? { search: text } : {}) } },
        signal: controller.signal,
      });
      const items = data?.items ?? [];
      list.replaceChildren(
        ...items.map((client) => {
          const link = document.createElement('a');
          link.href = `/quotas/${encodeURIComponent(client.id)}`;
          link.dataset.route = '';
          link.textContent = clientLabel(client);
          const item = document.createElement('li');
          item.append(link);
          return item;
        }),
      );
      status.textContent =
        items.length === 0 ? 'No clients found.' : `${data?.total ?? items.length} clients found.`;
    } catch (error) {
      if ((error as Error).name !== 'AbortError')
        status.textContent = 'Clients could not be loaded.';
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value.trim()), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = list.querySelector('a');
    if (first) navigate(first.pathname);
  });
  // With a client chosen, the list waits for a search, so the editor stays near the top.
  if (listAtOnce) void search('');
  return form;
}

/** What the editor told the portal (saved, proposed, decided), as a polite notice. */
function editorFor(clientId: string): Node {
  const notice = document.createElement('p');
  notice.className = 'notice';
  notice.setAttribute('role', 'status');
  const editor = document.createElement('quota-editor');
  editor.setAttribute('client-id', clientId);
  editor.addEventListener('quota-save', (event) => {
    const count = event.detail.changes.length;
    notice.textContent = `Quotas of ${clientId} ${event.detail.action === 'reset' ? 'reset' : 'saved'}: ${count} ${count === 1 ? 'limit' : 'limits'} changed.`;
  });
  editor.addEventListener('quota-request', (event) => {
    notice.textContent = `Change request ${event.detail.requestId}: ${event.detail.action}.`;
  });
  const wrapper = document.createElement('div');
  wrapper.className = 'panel';
  wrapper.append(notice, editor);
  return wrapper;
}

/** `/quotas` (pick a client) and `/quotas/:id` (its quotas, the picker above to switch). */
export const quotasPage: Page = {
  title: 'Quotas',
  render: (match, context) => {
    const clientId = match[1] ? decodeURIComponent(match[1]) : undefined;
    const fragment = document.createDocumentFragment();
    fragment.append(
      section(
        'Quotas',
        'Resource limits of a client’s cloud project: what is used, and what it may use.',
        clientPicker(context.api, context, !clientId),
      ),
    );
    if (clientId) {
      const heading = document.createElement('h2');
      heading.textContent = `Client ${clientId}`;
      fragment.append(heading, editorFor(clientId));
    }
    return fragment;
  },
};
