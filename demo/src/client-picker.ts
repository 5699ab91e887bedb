// The portal's own client picker, on the Quotas and Units pages: a search field (name, company
// or email) and the matching clients as links to the page's view of each. The portal's code,
// not the kit's: a host picks clients its own way.

import type { ClienteleClient } from '@clientele/sdk';

export interface ClientPickerOptions {
  /** The field's id and label ("Find a client"). */
  id: string;
  label: string;
  /** Where a client's link leads (`/quotas/<id>`). */
  href(clientId: string): string;
  /** List the first clients before anything is typed (no client chosen yet). */
  listAtOnce: boolean;
  /** Goes to a link's address without a reload (Enter in the field takes the first). */
  navigate(url: string): void;
}

function clientLabel(client: {
  company?: string | null;
  first_name: string;
  last_name: string;
  email: string;
}) {
  const person = `${client.first_name} ${client.last_name}`;
  return client.company ? `${client.company} (${person})` : `${person} · ${client.email}`;
}

export function clientPicker(
  api: ClienteleClient | undefined,
  options: ClientPickerOptions,
): HTMLElement {
  const form = document.createElement('form');
  form.className = 'client-picker';
  form.setAttribute('role', 'search');
  const label = document.createElement('label');
  label.htmlFor = options.id;
  label.textContent = options.label;
  const input = document.createElement('input');
  input.id = options.id;
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
          link.href = options.href(client.id);
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
      if ((error as Error).name !== 'AbortError') {
        status.textContent = 'Clients could not be loaded; type again to retry.';
      }
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value.trim()), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = list.querySelector('a');
    if (first) options.navigate(first.pathname);
  });
  // With a client chosen, the list waits for a search, so the page's widget stays near the top.
  if (options.listAtOnce) void search('');
  return form;
}

/**
 * The chosen client above its widget: a heading with its name (its id until the API answers,
 * and if it cannot), and a link to the client's page.
 */
export function chosenClient(api: ClienteleClient | undefined, clientId: string): HTMLElement {
  const header = document.createElement('div');
  header.className = 'chosen-client';
  const heading = document.createElement('h2');
  heading.textContent = clientId;
  const link = document.createElement('a');
  link.href = `/clients/${encodeURIComponent(clientId)}`;
  link.dataset.route = '';
  link.textContent = 'Open the client’s page';
  header.append(heading, link);
  api
    ?.GET('/clients/{client_id}', { params: { path: { client_id: clientId } } })
    .then(({ data }) => {
      if (data) heading.textContent = clientLabel(data);
    })
    .catch(() => undefined);
  return header;
}
