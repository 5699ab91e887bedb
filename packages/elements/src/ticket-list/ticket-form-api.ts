import type { ClienteleClient, Ticket, TicketCreate } from '@clientele/sdk';
import { clientName } from '../base/format/client-name.ts';
import type { PickerOption } from '../ui/search-picker.ts';

/**
 * The calls of the "open a ticket" form over the SDK: the client search of its picker, and
 * opening the ticket. Errors are the SDK's, thrown as they come.
 */

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

/**
 * Opens a ticket (`POST /tickets`) under the caller's Idempotency-Key (the same key and body
 * after a lost answer open it once) and answers the ticket as the server stored it.
 */
export async function createTicket(
  api: ClienteleClient,
  body: TicketCreate,
  key: string,
  signal: AbortSignal,
): Promise<Ticket> {
  const { data } = await api.POST('/tickets', {
    params: { header: { 'Idempotency-Key': key } },
    body,
    signal,
  });
  if (!data) throw new Error('createTicket returned no body');
  return data;
}
