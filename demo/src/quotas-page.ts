// The Quotas page: pick a client (search by name, company or email), then its <quota-editor>.
// The chosen client is in the address (/quotas/<id>), so the page can be reloaded or shared.

import { chosenClient, clientPicker } from './client-picker.ts';
import { type Page, section } from './page-kit.ts';

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
        clientPicker(context.api, {
          id: 'quota-client-search',
          label: 'Find a client',
          href: (id) => `/quotas/${encodeURIComponent(id)}`,
          listAtOnce: !clientId,
          navigate: context.navigate,
        }),
      ),
    );
    if (clientId) {
      fragment.append(chosenClient(context.api, clientId), editorFor(clientId));
    }
    return fragment;
  },
};
