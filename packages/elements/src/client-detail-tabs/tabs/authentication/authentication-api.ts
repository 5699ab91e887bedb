import {
  type ActiveImpersonationSession,
  type ClientAuthentication,
  type ClienteleClient,
  paginate,
} from '@clientele/sdk';

/**
 * The reads of `<client-authentication-tab>` over the SDK. Errors are the SDK's (`ApiError`,
 * `NetworkError`, `AbortError`), thrown as they come.
 */

/** At most this many active sessions are read (a client has a handful at most). */
const MAX_SESSIONS = 200;

export interface AuthenticationData {
  readonly status: ClientAuthentication;
  /** The status's version, for `If-Match` on block and unblock. */
  readonly etag: string | undefined;
  readonly sessions: readonly ActiveImpersonationSession[];
  /** How many verification records there are (the grid reads them page by page). */
  readonly recordsTotal: number;
}

/**
 * The client's sign-in security (`getClientAuthentication`, with its ETag; 404 for an unknown
 * client), its active impersonation sessions and how many verification records it has, together: the
 * tab shows none without the others (and is empty when there is nothing at all to show).
 */
export async function loadAuthentication(
  api: ClienteleClient,
  clientId: string,
  signal: AbortSignal,
): Promise<AuthenticationData> {
  const [status, sessions, records] = await Promise.all([
    api.GET('/clients/{client_id}/authentication', {
      params: { path: { client_id: clientId } },
      signal,
    }),
    paginate(api, '/clients/{client_id}/impersonation-sessions', {
      params: { path: { client_id: clientId }, query: { limit: 200 } },
      signal,
    }).toArray({ limit: MAX_SESSIONS }),
    api.GET('/clients/{client_id}/authentication/verifications', {
      params: { path: { client_id: clientId }, query: { limit: 1 } },
      signal,
    }),
  ]);
  if (!status.data) throw new Error('getClientAuthentication returned no body');
  return {
    status: status.data,
    etag: status.response.headers.get('ETag') ?? undefined,
    sessions,
    recordsTotal: records.data?.total ?? 0,
  };
}
