import type { ClienteleClient, Department, Ticket, TicketCreate } from '@clientele/sdk';
import { clientName } from '../base/format/client-name.ts';
import { listQueryParams, pageFromResponse } from '../list/list-data.ts';
import type { PickerOption } from './client-picker.ts';
import type { TicketDataProvider } from './ticket-data.ts';

/**
 * Every call `<ticket-list>` makes over the SDK: the ticket pages, the departments, the
 * client search of the form's picker, and opening a ticket. Errors are the SDK's (`ApiError`,
 * `NetworkError`, `AbortError`), thrown as they come.
 */

/**
 * The default data source: `listTickets` (`GET /tickets`) for the queue, `listClientTickets`
 * (`GET /clients/{client_id}/tickets`, which answers 404 for an unknown client) for one client.
 */
export function sdkTicketDataProvider(client: ClienteleClient): TicketDataProvider {
  return async (request) => {
    const { clientId, signal } = request;
    const params = listQueryParams(request);
    const { data } =
      clientId === undefined
        ? await client.GET('/tickets', { params: { query: params }, signal })
        : await client.GET('/clients/{client_id}/tickets', {
            params: { path: { client_id: clientId }, query: params },
            signal,
          });
    if (data === undefined) throw new Error('listTickets returned no body');
    return pageFromResponse(data);
  };
}

/** The departments tickets are filed under (`GET /ticket-departments`, one page of 200). */
export async function loadDepartments(
  api: ClienteleClient,
  signal: AbortSignal,
): Promise<Department[]> {
  const { data } = await api.GET('/ticket-departments', {
    params: { query: { limit: 200 } },
    signal,
  });
  return data?.items ?? [];
}

/** The first ten clients matching a search ('' for the first ten), as picker options. */
export async function searchClients(
  api: ClienteleClient,
  text: string,
  signal: AbortSignal,
): Promise<PickerOption[]> {
  const { data } = await api.GET('/clients', {
    params: { query: { limit: 10, ...(text ? { search: text } : {}) } },
    signal,
  });
  return (data?.items ?? []).map((client) => ({
    id: client.id,
    name: clientName(client),
    detail: client.email,
  }));
}

/** Opens a ticket (`POST /tickets`) and answers the ticket as the server stored it. */
export async function createTicket(
  api: ClienteleClient,
  body: TicketCreate,
  signal: AbortSignal,
): Promise<Ticket> {
  const { data } = await api.POST('/tickets', { body, signal });
  if (!data) throw new Error('createTicket returned no body');
  return data;
}
