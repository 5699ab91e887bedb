import { type ClienteleClient, type ClientUser, paginate, type Role } from '@clientele/sdk';

/**
 * The calls of `<client-users-tab>` over the SDK. Errors are the SDK's (`ApiError`,
 * `NetworkError`, `AbortError`), thrown as they come.
 */

/** The built-in owner role (the spec's `Role`): a client always keeps at least one. */
export const OWNER_ROLE_ID = 'role_owner';
/** The built-in member role, the default of a new association. */
export const MEMBER_ROLE_ID = 'role_member';

/** At most this many users and roles are read (a client has a handful; a provider a few roles). */
const MAX_ITEMS = 1000;

export interface UsersAndRoles {
  readonly users: ClientUser[];
  readonly roles: Role[];
}

/**
 * The client's users (`listClientUsers`, every page; 404 for an unknown client) and the roles
 * they may hold (`listRoles`), together: the tab shows neither without the other.
 */
export async function loadUsersAndRoles(
  api: ClienteleClient,
  clientId: string,
  signal: AbortSignal,
): Promise<UsersAndRoles> {
  const [users, roles] = await Promise.all([
    paginate(api, '/clients/{client_id}/users', {
      params: { path: { client_id: clientId }, query: { limit: 200 } },
      signal,
    }).toArray({ limit: MAX_ITEMS }),
    paginate(api, '/roles', { params: { query: { limit: 200 } }, signal }).toArray({
      limit: MAX_ITEMS,
    }),
  ]);
  return { users, roles };
}
