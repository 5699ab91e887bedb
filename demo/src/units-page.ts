// The Units page: pick a client (search by name, company or email), then its units ledger.
// The chosen client is in the URL (/units/:id), so the page can be reloaded or shared.

import type { ClienteleClient } from '@clientele/sdk';
import { type Page, section } from './page-kit.ts';

interface Found {
  id: string;
  name: string;
  email: string;
}

async function searchClients(api: ClienteleClient, text: string, signal: AbortSignal) {
  const { data } = await api.GET('/clients', {
    params: { query: { search: text, limit: 8, sort: 'company' } },
    signal,
  });
  return (data?.items ?? []).map(
    (c): Found => ({
      id: c.id,
      name: c.company ?? `${c.first_name} ${c.last_name}`,
      email: c.email,
    }),
  );
}

function picker(api: ClienteleClient | undefined, choose: (client: Found) => void): HTMLElement {
  const form = document.createElement('form');
  form.className = 'panel units-picker';
  form.setAttribute('role', 'search');
  const label = document.createElement('label');
  label.htmlFor = 'units-client';
  label.textContent = 'Client';
  const input = document.createElement('input');
  input.id = 'units-client';
  input.type = 'search';
  input.autocomplete = 'off';
  input.placeholder = 'Company, name or email';
  const results = document.createElement('ul');
  results.className = 'units-results';
  results.setAttribute('aria-label', 'Matching clients');
  const status = document.createElement('p');
  status.className = 'notice';
  status.setAttribute('role', 'status');
  let controller: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const search = () => {
    const text = input.value.trim();
    controller?.abort();
    results.replaceChildren();
    status.textContent = '';
    if (!api || text.length < 2) return;
    controller = new AbortController();
    const { signal } = controller;
    searchClients(api, text, signal)
      .then((found) => {
        if (signal.aborted) return;
        status.textContent =
          found.length === 0 ? 'No client matches.' : `${found.length} matching clients.`;
        results.replaceChildren(
          ...found.map((client) => {
            const item = document.createElement('li');
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'units-result';
            button.textContent = `${client.name} · ${client.email}`;
            button.addEventListener('click', () => choose(client));
            item.append(button);
            return item;
          }),
        );
      })
      .catch(() => {
        if (!signal.aborted) status.textContent = 'The search failed; type again to retry.';
      });
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search();
  });
  form.append(label, input, status, results);
  return form;
}

/** `/units` and `/units/:id`. */
export const unitsPage: Page = {
  title: 'Units',
  render: (match, { api, navigate }) => {
    const id = match[1] ? decodeURIComponent(match[1]) : '';
    const wrapper = document.createElement('div');
    wrapper.append(
      section('Units', 'A client’s unit balance and its append-only ledger.'),
      picker(api, (client) => navigate(`/units/${encodeURIComponent(client.id)}`)),
    );
    if (id) {
      const heading = document.createElement('h2');
      heading.textContent = 'Ledger';
      const link = document.createElement('a');
      link.href = `/clients/${encodeURIComponent(id)}`;
      link.dataset.route = '';
      link.textContent = 'Open the client’s page';
      const notice = document.createElement('p');
      notice.className = 'notice';
      notice.setAttribute('role', 'status');
      const ledger = document.createElement('units-ledger');
      ledger.setAttribute('client-id', id);
      ledger.addEventListener('units-entry-create', (event) => {
        notice.textContent = `Entry ${event.detail.entryId} added to the ledger.`;
      });
      wrapper.append(heading, link, notice, ledger);
    }
    return wrapper;
  },
};
