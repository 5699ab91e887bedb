// One client's page. The client is loaded first: a client that does not exist (or may not be
// seen, or failed to load) gets one state view from <clientele-state> and nothing else, not a
// heading, an error line and the ticket list's own not-found view for the same 404.

import { type ClienteleClient, isApiError } from '@clientele/sdk';
import { type Page, upcoming } from './page-kit.ts';

type Client = NonNullable<Awaited<ReturnType<typeof loadClient>>>;

async function loadClient(api: ClienteleClient, id: string) {
  const { data } = await api.GET('/clients/{client_id}', {
    params: { path: { client_id: id } },
  });
  return data;
}

/** The same rule the widgets follow (classifyError): 403 forbidden, 404 not found, else error. */
function failureState(error: unknown): 'forbidden' | 'notFound' | 'error' {
  if (isApiError(error) && error.status === 403) return 'forbidden';
  if (isApiError(error) && error.status === 404) return 'notFound';
  return 'error';
}

function clientContent(client: Client, tickets: (list: HTMLElement) => Node): Node[] {
  const lede = document.createElement('p');
  lede.className = 'lede';
  lede.textContent =
    'Overview, invoices, services, users, resources, quotas, units and tickets of one client.';
  const ticketsHeading = document.createElement('h2');
  ticketsHeading.textContent = 'Tickets';
  const list = document.createElement('ticket-list');
  list.setAttribute('client-id', client.id);
  return [lede, upcoming('client-detail-tabs'), ticketsHeading, tickets(list)];
}

/**
 * `/clients/:id`. `tickets` wraps the client's ticket list (the portal's ticket notice).
 */
export function clientPage(tickets: (list: HTMLElement) => Node): Page {
  return {
    title: 'Client',
    render: (match, { api }) => {
      const id = decodeURIComponent(match[1] ?? '');
      const back = document.createElement('a');
      back.href = '/clients';
      back.dataset.route = '';
      back.textContent = '← All clients';
      const heading = document.createElement('h1');
      heading.textContent = 'Client';
      const state = document.createElement('clientele-state');
      state.rows = 4;
      const wrapper = document.createElement('div');
      wrapper.append(back, heading, state);

      const load = (): void => {
        state.state = 'loading';
        if (!api) {
          state.error = new Error('Not signed in');
          state.state = 'error';
          return;
        }
        loadClient(api, id)
          .then((client) => {
            if (!client) throw new Error(`GET /clients/${id} returned no body`);
            heading.textContent = client.company ?? `${client.first_name} ${client.last_name}`;
            state.replaceWith(...clientContent(client, tickets));
          })
          .catch((error: unknown) => {
            state.error = error;
            state.state = failureState(error);
          });
      };
      state.addEventListener('retry', load);
      load();
      return wrapper;
    },
  };
}
