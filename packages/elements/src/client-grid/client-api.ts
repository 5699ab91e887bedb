import type {
  Client,
  ClienteleClient,
  ClientImpersonateRequest,
  ClientSuspendRequest,
  ImpersonationSession,
} from '@clientele/sdk';
import { listQueryParams, pageFromResponse } from '../list/list-data.ts';
import type { ClientDataProvider } from './client-data.ts';
import type { ReferenceList } from './client-query.ts';

/*
 * Every request <client-grid> sends, in one place: the pages of clients, the names of the
 * reference filters, and the actions on a client. The grid's other modules never call the SDK.
 */

/** The default data source: the SDK's `listClients` (`GET /clients`). */
export function sdkClientDataProvider(client: ClienteleClient): ClientDataProvider {
  return async (request) => {
    const { data } = await client.GET('/clients', {
      params: { query: listQueryParams(request) },
      signal: request.signal,
    });
    if (data === undefined) throw new Error('listClients returned no body');
    return pageFromResponse(data);
  };
}

type Options = Partial<Record<ReferenceList, Array<{ id: string; name: string }>>>;

/**
 * Loads the reference lists the filters choose from (first 200 of each: enough for a select;
 * a list that fails to load leaves its filter as a free id field).
 */
export async function loadFilterOptions(client: ClienteleClient): Promise<Options> {
  const query = { params: { query: { limit: 200 } } };
  const pick = (items: ReadonlyArray<{ id: string; name: string }> | undefined) =>
    items?.map(({ id, name }) => ({ id, name }));
  const lists: Array<[ReferenceList, Promise<Array<{ id: string; name: string }> | undefined>]> = [
    ['configurations', client.GET('/configurations', query).then((r) => pick(r.data?.items))],
    ['groups', client.GET('/client-groups', query).then((r) => pick(r.data?.items))],
    ['regions', client.GET('/regions', query).then((r) => pick(r.data?.items))],
    ['flavors', client.GET('/flavors', query).then((r) => pick(r.data?.items))],
    ['hypervisors', client.GET('/hypervisors', query).then((r) => pick(r.data?.items))],
    ['serviceTypes', client.GET('/service-types', query).then((r) => pick(r.data?.items))],
    ['products', client.GET('/products', query).then((r) => pick(r.data?.items))],
  ];
  const settled = await Promise.allSettled(lists.map(([, promise]) => promise));
  const options: Options = {};
  settled.forEach((result, i) => {
    const name = lists[i]![0];
    if (result.status === 'fulfilled' && result.value) options[name] = result.value;
  });
  return options;
}

const path = (clientId: string) => ({ path: { client_id: clientId } });

/** Approves a client pending approval; the updated client. */
export async function approveClient(
  api: ClienteleClient,
  clientId: string,
  signal: AbortSignal,
): Promise<Client | undefined> {
  return (await api.POST('/clients/{client_id}/approve', { params: path(clientId), signal })).data;
}

/** Suspends a client, with a reason and an optional note; the updated client. */
export async function suspendClient(
  api: ClienteleClient,
  clientId: string,
  body: ClientSuspendRequest,
  signal: AbortSignal,
): Promise<Client | undefined> {
  return (await api.POST('/clients/{client_id}/suspend', { params: path(clientId), body, signal }))
    .data;
}

/** Resumes a suspended client; the updated client. */
export async function resumeClient(
  api: ClienteleClient,
  clientId: string,
  signal: AbortSignal,
): Promise<Client | undefined> {
  return (await api.POST('/clients/{client_id}/resume', { params: path(clientId), signal })).data;
}

/** Starts deleting a client; the client in status `deleting`. */
export async function deleteClient(
  api: ClienteleClient,
  clientId: string,
  signal: AbortSignal,
): Promise<Client | undefined> {
  return (await api.DELETE('/clients/{client_id}', { params: path(clientId), signal })).data;
}

/** Opens a session as the client (for a reason, for some minutes); the session to open. */
export async function impersonateClient(
  api: ClienteleClient,
  clientId: string,
  body: ClientImpersonateRequest,
  signal: AbortSignal,
): Promise<ImpersonationSession | undefined> {
  return (
    await api.POST('/clients/{client_id}/impersonate', { params: path(clientId), body, signal })
  ).data;
}
