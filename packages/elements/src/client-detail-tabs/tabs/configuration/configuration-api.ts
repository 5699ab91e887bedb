import { type ClienteleClient, type Configuration, paginate } from '@clientele/sdk';
import { readVersioned, type Versioned } from '@clientele/sdk/versioned';

/**
 * The calls of `<client-configuration-tab>` over the SDK (its form's save is in
 * `configuration-form-api.ts`). Errors are the SDK's, thrown as they come.
 */

/** The client's configuration with its version (for `If-Match`). */
export type VersionedConfiguration = Versioned<{ configuration: Configuration }>;

export interface ConfigurationData {
  readonly current: VersionedConfiguration;
  /** Every configuration a client may be given; one is the default (`is_default`). */
  readonly configurations: readonly Configuration[];
}

/** The client's configuration (`getClientConfiguration`, with its ETag) and the list of all. */
export async function loadConfiguration(
  api: ClienteleClient,
  clientId: string,
  signal: AbortSignal,
): Promise<ConfigurationData> {
  const [current, configurations] = await Promise.all([
    readVersioned(api, '/clients/{client_id}/configuration', {
      params: { path: { client_id: clientId } },
      signal,
    }),
    paginate(api, '/configurations', { params: { query: { limit: 200 } }, signal }).toArray({
      limit: 1000,
    }),
  ]);
  return { current, configurations };
}
