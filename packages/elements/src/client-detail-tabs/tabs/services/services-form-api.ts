import { type ClienteleClient, type Product, paginate, type Service } from '@clientele/sdk';

/**
 * The calls of the Services tab's forms (loaded with them): the products with their plans,
 * and the changes. Errors are the SDK's, thrown as they come.
 */

/** Every product with its pricing plans (`listProducts`, every page). */
export function loadProducts(api: ClienteleClient, signal: AbortSignal): Promise<Product[]> {
  return paginate(api, '/products', { params: { query: { limit: 200 } }, signal }).toArray({
    limit: 1000,
  });
}

const path = (clientId: string, serviceId: string) => ({
  params: { path: { client_id: clientId, service_id: serviceId } },
});

/** Moves a service to another plan of its product (`changeServicePlan`). */
export async function changePlan(
  api: ClienteleClient,
  clientId: string,
  serviceId: string,
  planId: string,
  signal: AbortSignal,
): Promise<Service> {
  const { data } = await api.POST('/clients/{client_id}/services/{service_id}/change-plan', {
    ...path(clientId, serviceId),
    body: { plan_id: planId },
    signal,
  });
  if (!data) throw new Error('changeServicePlan returned no body');
  return data;
}

/** Terminates a service, with an optional reason (`terminateService`). */
export async function terminateService(
  api: ClienteleClient,
  clientId: string,
  serviceId: string,
  reason: string,
  signal: AbortSignal,
): Promise<Service> {
  const { data } = await api.POST('/clients/{client_id}/services/{service_id}/terminate', {
    ...path(clientId, serviceId),
    body: reason ? { reason } : {},
    signal,
  });
  if (!data) throw new Error('terminateService returned no body');
  return data;
}
