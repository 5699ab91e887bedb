import type { ClienteleClient, CloudResourcePage } from '@clientele/sdk';
import type { ResourceCollection } from './resource-kinds.ts';

/**
 * One page of a client's cloud resources of one kind (`listClientResources`); `cursor` is the
 * previous page's `next_cursor`. 404 for an unknown client. Errors are the SDK's.
 */
export async function listResources(
  api: ClienteleClient,
  clientId: string,
  collection: ResourceCollection,
  options: { limit: number; cursor?: string | undefined },
  signal: AbortSignal,
): Promise<CloudResourcePage> {
  const { data } = await api.GET('/clients/{client_id}/resources/{kind}', {
    params: {
      path: { client_id: clientId, kind: collection },
      query: { limit: options.limit, ...(options.cursor ? { cursor: options.cursor } : {}) },
    },
    signal,
  });
  if (!data) throw new Error('listClientResources returned no body');
  return data;
}
