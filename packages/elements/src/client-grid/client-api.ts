import type { ClienteleClient } from '@clientele/sdk';
import { listQueryParams, pageFromResponse } from '../list/list-data.ts';
import type { ClientDataProvider } from './client-data.ts';

/*
 * The requests <client-grid> sends are in three modules, each loaded with the part that needs
 * it: the pages of clients here (the first paint), the names of the reference filters in
 * `filter-api.ts` (with the filter panel), the actions on a client in `../client/action-api.ts` (with
 * the actions). The grid's other modules never call the SDK.
 */

/** The default data source: the SDK's `listClients` (`GET /clients`). */
export function sdkClientDataProvider(client: ClienteleClient): ClientDataProvider {
  return async (request) => {
    const { data } = await client.GET('/clients', {
      params: { query: listQueryParams(request) },
      signal: request.signal,
    });
    if (data === undefined) throw new Error('listClients returned no body');
    return pageFromResponse(data);
  };
}
