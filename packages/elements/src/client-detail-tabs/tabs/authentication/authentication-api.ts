import {
  type ActiveImpersonationSession,
  type ClientAuthentication,
  type ClienteleClient,
  paginate,
  type VerificationRecord,
} from '@clientele/sdk';

/**
 * The reads of `<client-authentication-tab>` over the SDK. Errors are the SDK's (`ApiError`,
 * `NetworkError`, `AbortError`), thrown as they come.
 */

/** Verification records per page (the newest first). */
export const RECORDS_PAGE = 50;
/** At most this many active sessions are read (a client has a handful at most). */
const MAX_SESSIONS = 200;

/** Verification records read so far, and where the next page starts. */
export interface RecordsPage {
  readonly items: readonly VerificationRecord[];
  readonly total: number;
  readonly nextCursor: string | null;
}

export interface AuthenticationData {
  readonly status: ClientAuthentication;
  /** The status's version, for `If-Match` on block and unblock. */
  readonly etag: string | undefined;
  readonly sessions: readonly ActiveImpersonationSession[];
  readonly records: RecordsPage;
}

/** One page of verification records (`listClientVerifications`), newest first. */
export async function loadRecords(
  api: ClienteleClient,
  clientId: string,
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<RecordsPage> {
  const { data } = await api.GET('/clients/{client_id}/authentication/verifications', {
    params: {
      path: { client_id: clientId },
      query: { limit: RECORDS_PAGE, ...(cursor ? { cursor } : {}) },
    },
    signal,
  });
  if (!data) throw new Error('listClientVerifications returned no body');
  return { items: data.items, total: data.total, nextCursor: data.next_cursor };
}

/**
 * The client's sign-in security (`getClientAuthentication`, with its ETag; 404 for an unknown
 * client), its active impersonation sessions and the first page of its verification records,
 * together: the tab shows none without the others.
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
    loadRecords(api, clientId, undefined, signal),
  ]);
  if (!status.data) throw new Error('getClientAuthentication returned no body');
  return {
    status: status.data,
    etag: status.response.headers.get('ETag') ?? undefined,
    sessions,
    records,
  };
}
