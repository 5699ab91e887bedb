import type { ClienteleClient, UnitBalance } from '@clientele/sdk';
import { listQueryParams, pageFromResponse } from '../list/list-data.ts';
import type { UnitEntryDataProvider } from './units-data.ts';

/**
 * The calls `<units-ledger>` makes over the SDK for its first paint: the balance and the entry
 * pages (the forms' calls are in `units-actions-api.ts`, loaded with them). Errors are the
 * SDK's, thrown as they come.
 */

/** `getClientUnitBalance`: 404 for an unknown client, 403 without `clients.read`. */
export async function loadBalance(
  api: ClienteleClient,
  clientId: string,
  signal: AbortSignal,
): Promise<UnitBalance> {
  const { data } = await api.GET('/clients/{client_id}/units/balance', {
    params: { path: { client_id: clientId } },
    signal,
  });
  if (!data) throw new Error('getClientUnitBalance returned no body');
  return data;
}

/** The default entries source: `listClientUnitEntries`, filtered, searched and sorted by the API. */
export function sdkUnitEntryProvider(api: ClienteleClient): UnitEntryDataProvider {
  return async (request) => {
    const { clientId, signal } = request;
    const { kind, ...dates } = request.filters;
    const query = {
      ...listQueryParams({ ...request, filters: dates }),
      ...(kind?.length ? { kind: [...kind] } : {}),
    };
    const { data } = await api.GET('/clients/{client_id}/units/entries', {
      params: { path: { client_id: clientId }, query },
      signal,
    });
    if (!data) throw new Error('listClientUnitEntries returned no body');
    return pageFromResponse(data);
  };
}
