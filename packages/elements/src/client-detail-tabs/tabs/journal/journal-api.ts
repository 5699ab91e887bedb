import type { ClienteleClient, JournalEntry } from '@clientele/sdk';
import { pageFromResponse } from '../../../list/list-data.ts';
import type { JournalDataProvider } from './journal-data.ts';

/**
 * The default data source of `<client-journal-tab>`: `listClientJournal`
 * (`GET /clients/{client_id}/journal`, newest first, 404 for an unknown client). Errors are
 * the SDK's, thrown as they come.
 */
export function sdkJournalDataProvider(client: ClienteleClient): JournalDataProvider {
  return async ({ clientId, cursor, limit, signal }) => {
    const { data } = await client.GET('/clients/{client_id}/journal', {
      params: {
        path: { client_id: clientId },
        query: { limit, ...(cursor === null ? {} : { cursor }) },
      },
      signal,
    });
    if (data === undefined) throw new Error('listClientJournal returned no body');
    return pageFromResponse<JournalEntry, never>(data);
  };
}
