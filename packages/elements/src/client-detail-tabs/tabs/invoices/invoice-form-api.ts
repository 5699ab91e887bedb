import type { Client, ClienteleClient, Invoice, InvoiceCreate } from '@clientele/sdk';

/** The calls of the Invoices tab's form (loaded with it). Errors are the SDK's, thrown as they come. */

/**
 * Issues an invoice (`createClientInvoice`) with the caller's Idempotency-Key: the same key
 * and body again (a retry after a lost answer) gets the first invoice back, not a second one.
 */
export async function createInvoice(
  api: ClienteleClient,
  clientId: string,
  body: InvoiceCreate,
  key: string,
  signal: AbortSignal,
): Promise<Invoice> {
  const { data } = await api.POST('/clients/{client_id}/invoices', {
    params: { path: { client_id: clientId }, header: { 'Idempotency-Key': key } },
    body,
    signal,
  });
  if (!data) throw new Error('createClientInvoice returned no body');
  return data;
}

/** The client (`getClient`), for its currency and tax exemption when no page provides it. */
export async function loadClient(
  api: ClienteleClient,
  clientId: string,
  signal: AbortSignal,
): Promise<Client> {
  const { data } = await api.GET('/clients/{client_id}', {
    params: { path: { client_id: clientId } },
    signal,
  });
  if (!data) throw new Error('getClient returned no body');
  return data;
}
