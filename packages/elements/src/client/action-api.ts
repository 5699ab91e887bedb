import type {
  Client,
  ClienteleClient,
  ClientImpersonateRequest,
  ClientSuspendRequest,
  ImpersonationSession,
} from '@clientele/sdk';

/* The actions on a client: one request each (loaded with the widget's actions, never before). */

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
