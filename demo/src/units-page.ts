// The Units page: pick a client (search by name, company or email), then its units ledger.
// The chosen client is in the URL (/units/:id), so the page can be reloaded or shared.

import { chosenClient, clientPicker } from './client-picker.ts';
import { type Page, section } from './page-kit.ts';

/** `/units` and `/units/:id`. */
export const unitsPage: Page = {
  title: 'Units',
  render: (match, { api, navigate }) => {
    const id = match[1] ? decodeURIComponent(match[1]) : '';
    const wrapper = document.createElement('div');
    wrapper.append(
      section('Units', 'A client’s unit balance and its append-only ledger.'),
      clientPicker(api, {
        id: 'units-client',
        label: 'Client',
        href: (clientId) => `/units/${encodeURIComponent(clientId)}`,
        listAtOnce: !id,
        navigate,
      }),
    );
    if (id) {
      const notice = document.createElement('p');
      notice.className = 'notice';
      notice.setAttribute('role', 'status');
      const ledger = document.createElement('units-ledger');
      ledger.setAttribute('client-id', id);
      ledger.addEventListener('units-entry-create', (event) => {
        notice.textContent = `Entry ${event.detail.entryId} added to the ledger.`;
      });
      wrapper.append(chosenClient(api, id), notice, ledger);
    }
    return wrapper;
  },
};
