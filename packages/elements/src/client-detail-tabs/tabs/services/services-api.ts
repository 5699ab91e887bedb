import { type ClienteleClient, paginate, type Service } from '@clientele/sdk';

/**
 * The call of `<client-services-tab>`'s first paint over the SDK (its forms' are in
 * `services-form-api.ts`). Errors are the SDK's, thrown as they come.
 */

/** At most this many services are read (a client has a handful, a reseller a few hundred). */
const MAX_SERVICES = 1000;

/** The client's services (`listClientServices`, every page; 404 for an unknown client). */
export function loadServices(
  api: ClienteleClient,
  clientId: string,
  signal: AbortSignal,
): Promise<Service[]> {
  return paginate(api, '/clients/{client_id}/services', {
    params: { path: { client_id: clientId }, query: { limit: 200 } },
    signal,
  }).toArray({ limit: MAX_SERVICES });
}
