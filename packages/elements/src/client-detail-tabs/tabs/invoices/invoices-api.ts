import type { ClienteleClient, Invoice } from '@clientele/sdk';
import { listQueryParams, pageFromResponse } from '../../../list/list-data.ts';
import type { InvoicesDataProvider } from './invoices-data.ts';

/**
 * The default data source of `<client-invoices-tab>`: `listClientInvoices`
 * (`GET /clients/{client_id}/invoices`, 404 for an unknown client), the status filter as
 * repeated `status` parameters and only when set. Errors are the SDK's, thrown as they come.
 */
export function sdkInvoicesDataProvider(client: ClienteleClient): InvoicesDataProvider {
  return async (request) => {
    const { clientId, filters, signal } = request;
    const query = {
      ...listQueryParams({ ...request, filters: {} }),
      ...(filters.status?.length ? { status: [...filters.status] } : {}),
    };
    const { data } = await client.GET('/clients/{client_id}/invoices', {
      params: { path: { client_id: clientId }, query },
      signal,
    });
    if (data === undefined) throw new Error('listClientInvoices returned no body');
    return pageFromResponse<Invoice, never>(data);
  };
}
