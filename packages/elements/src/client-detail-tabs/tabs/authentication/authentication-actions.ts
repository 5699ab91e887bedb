import type { ClientAuthentication, ClienteleClient, PasswordResetReceipt } from '@clientele/sdk';

/**
 * The changes of the Authentication tab's forms (loaded with them). Errors are the SDK's,
 * thrown as they come; a 412 (`If-Match` stale) and a 409 (blocked already, not blocked, a
 * session ended meanwhile) mean the tab's data is out of date.
 */

const path = (clientId: string) => ({ path: { client_id: clientId } });

/** Sends a password reset to the client's owners (`sendClientPasswordReset`). */
export async function sendPasswordReset(
  api: ClienteleClient,
  clientId: string,
  signal: AbortSignal,
): Promise<PasswordResetReceipt> {
  const { data } = await api.POST('/clients/{client_id}/authentication/password-reset', {
    params: path(clientId),
    signal,
  });
  if (!data) throw new Error('sendClientPasswordReset returned no body');
  return data;
}

/** Blocks or allows signing in (`blockClientSignIn`, `unblockClientSignIn`), guarded by `etag`. */
export async function setSignInBlocked(
  api: ClienteleClient,
  clientId: string,
  blocked: boolean,
  reason: string,
  etag: string | undefined,
  signal: AbortSignal,
): Promise<ClientAuthentication> {
  const params = { ...path(clientId), header: etag ? { 'If-Match': etag } : {} };
  const { data } = blocked
    ? await api.POST('/clients/{client_id}/authentication/block', {
        params,
        body: { reason },
        signal,
      })
    : await api.POST('/clients/{client_id}/authentication/unblock', {
        params,
        body: reason ? { reason } : {},
        signal,
      });
  if (!data) throw new Error('blockClientSignIn/unblockClientSignIn returned no body');
  return data;
}

/** Ends one impersonation session (`endClientImpersonationSession`). */
export async function endSession(
  api: ClienteleClient,
  clientId: string,
  sessionId: string,
  signal: AbortSignal,
): Promise<void> {
  await api.DELETE('/clients/{client_id}/impersonation-sessions/{session_id}', {
    params: { path: { client_id: clientId, session_id: sessionId } },
    signal,
  });
}

/** Ends every active session (`endClientImpersonationSessions`); answers how many ended. */
export async function endAllSessions(
  api: ClienteleClient,
  clientId: string,
  signal: AbortSignal,
): Promise<number> {
  const { data } = await api.DELETE('/clients/{client_id}/impersonation-sessions', {
    params: path(clientId),
    signal,
  });
  return data?.ended ?? 0;
}
