import type {
  ClienteleClient,
  ClientImpersonateRequest,
  ClientUser,
  ImpersonationSession,
} from '@clientele/sdk';
import type { PickerOption } from '../../../ui/search-picker.ts';

/**
 * The calls of the Users tab's forms (loaded with them): the user directory's search, and the
 * changes. Errors are the SDK's, thrown as they come.
 */

/** The first ten users matching a search who are not the client's users yet, as picker options. */
export async function searchDirectory(
  api: ClienteleClient,
  clientId: string,
  text: string,
  signal: AbortSignal,
): Promise<PickerOption[]> {
  const { data } = await api.GET('/users', {
    params: {
      query: { limit: 10, not_associated_with: clientId, ...(text ? { search: text } : {}) },
    },
    signal,
  });
  return (data?.items ?? []).map((user) => ({ id: user.id, name: user.name, detail: user.email }));
}

const path = (clientId: string, userId: string) => ({
  params: { path: { client_id: clientId, user_id: userId } },
});

/** Associates a user with the client under a role (`associateClientUser`). */
export async function associateUser(
  api: ClienteleClient,
  clientId: string,
  body: { user_id: string; role_id: string },
  signal: AbortSignal,
): Promise<ClientUser> {
  const { data } = await api.POST('/clients/{client_id}/users', {
    params: { path: { client_id: clientId } },
    body,
    signal,
  });
  if (!data) throw new Error('associateClientUser returned no body');
  return data;
}

/** Gives a user another role on the client (`updateClientUser`). */
export async function changeRole(
  api: ClienteleClient,
  clientId: string,
  userId: string,
  roleId: string,
  signal: AbortSignal,
): Promise<ClientUser> {
  const { data } = await api.PATCH('/clients/{client_id}/users/{user_id}', {
    ...path(clientId, userId),
    body: { role_id: roleId },
    signal,
  });
  if (!data) throw new Error('updateClientUser returned no body');
  return data;
}

/** Removes a user from the client (`dissociateClientUser`); the user keeps their login. */
export async function dissociateUser(
  api: ClienteleClient,
  clientId: string,
  userId: string,
  signal: AbortSignal,
): Promise<void> {
  await api.DELETE('/clients/{client_id}/users/{user_id}', { ...path(clientId, userId), signal });
}

/** Opens a session as one of the client's users (`impersonateClientUser`). */
export async function impersonateUser(
  api: ClienteleClient,
  clientId: string,
  userId: string,
  body: ClientImpersonateRequest,
  signal: AbortSignal,
): Promise<ImpersonationSession> {
  const { data } = await api.POST('/clients/{client_id}/users/{user_id}/impersonate', {
    ...path(clientId, userId),
    body,
    signal,
  });
  if (!data) throw new Error('impersonateClientUser returned no body');
  return data;
}
