import type { ClienteleClient, QuotaLimits, QuotaResource } from '@clientele/sdk';
import { updateVersioned } from '@clientele/sdk/versioned';

const path = '/clients/{client_id}/quotas';

/** Sets limits with `If-Match`: `{ data, etag }`, or a `ConflictError` with the server's version. */
export function saveQuotas(
  api: ClienteleClient,
  clientId: string,
  etag: string,
  limits: QuotaLimits,
  force: boolean,
) {
  return updateVersioned(api, 'PUT', path, {
    params: { path: { client_id: clientId } },
    body: force ? { limits, force } : { limits },
    etag,
  });
}

/** Resets some limits (or, without `resources`, every limit) to the defaults, with `If-Match`. */
export function resetQuotas(
  api: ClienteleClient,
  clientId: string,
  etag: string,
  resources?: readonly QuotaResource[],
) {
  return updateVersioned(api, 'DELETE', path, {
    params: {
      path: { client_id: clientId },
      ...(resources ? { query: { resource: [...resources] } } : {}),
    },
    etag,
  });
}
