import type { ClienteleClient, Department } from '@clientele/sdk';
import { listQueryParams, pageFromResponse } from '../list/list-data.ts';
import type { TicketDataProvider } from './ticket-data.ts';

/**
 * The calls `<ticket-list>` makes over the SDK for its first paint: the ticket pages and the
 * departments (the form's are in `ticket-form-api.ts`, loaded with it). Errors are the SDK's
 * (`ApiError`, `NetworkError`, `AbortError`), thrown as they come.
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
