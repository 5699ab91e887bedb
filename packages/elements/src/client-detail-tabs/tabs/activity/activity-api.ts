import type { ClienteleClient } from '@clientele/sdk';
import { listQueryParams, pageFromResponse } from '../../../list/list-data.ts';
import type { ActivityDataProvider } from './activity-data.ts';

/**
 * The default data source of `<client-activity-tab>`: `listClientActivity`
 * (`GET /clients/{client_id}/activity`, 404 for an unknown client). Only the filters that are
 * set go out; errors are the SDK's, thrown as they come.
 */
export function sdkActivityDataProvider(client: ClienteleClient): ActivityDataProvider {
  return async (request) => {
    const { clientId, filters, signal } = request;
    const { category, actor, impersonated } = filters;
    const query = {
      ...listQueryParams({ ...request, filters: {} }),
      ...(category?.length ? { category: [...category] } : {}),
      ...(actor?.trim() ? { actor: actor.trim() } : {}),
      ...(impersonated === undefined ? {} : { impersonated }),
    };
    const { data } = await client.GET('/clients/{client_id}/activity', {
      params: { path: { client_id: clientId }, query },
      signal,
    });
    if (data === undefined) throw new Error('listClientActivity returned no body');
    return pageFromResponse(data);
  };
}
