import type { ClienteleClient } from '@clientele/sdk';
import { readVersioned } from '@clientele/sdk/versioned';

/** Reads a client's quota set with its ETag (`{ data, etag }`). */
export function readQuotas(api: ClienteleClient, clientId: string, signal?: AbortSignal) {
  return readVersioned(api, '/clients/{client_id}/quotas', {
    params: { path: { client_id: clientId } },
    signal,
  });
}

export type VersionedQuotas = Awaited<ReturnType<typeof readQuotas>>;
