import { type ClienteleClient, type Domain, type DomainCreate, paginate } from '@clientele/sdk';

/**
 * The calls of `<client-domains-tab>` over the SDK. Errors are the SDK's (`ApiError`,
 * `NetworkError`, `AbortError`), thrown as they come.
 */

/** At most this many domains are read (a client has a handful). */
const MAX_DOMAINS = 1000;

/** The client's domains (`listClientDomains`, every page; 404 for an unknown client). */
export function loadDomains(
  api: ClienteleClient,
  clientId: string,
  signal: AbortSignal,
): Promise<Domain[]> {
  return paginate(api, '/clients/{client_id}/domains', {
    params: { path: { client_id: clientId }, query: { limit: 200 } },
    signal,
  }).toArray({ limit: MAX_DOMAINS });
}

/**
 * Registers a domain for the client (`registerClientDomain`) under the caller's
 * Idempotency-Key: the same key and body after a lost answer registers it once.
 */
export async function registerDomain(
  api: ClienteleClient,
  clientId: string,
  body: DomainCreate,
  key: string,
  signal: AbortSignal,
): Promise<Domain> {
  const { data } = await api.POST('/clients/{client_id}/domains', {
    params: { path: { client_id: clientId }, header: { 'Idempotency-Key': key } },
    body,
    signal,
  });
  if (!data) throw new Error('registerClientDomain returned no body');
  return data;
}
