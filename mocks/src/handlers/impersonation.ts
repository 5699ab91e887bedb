/**
 * What impersonating a client and impersonating one of its users share: the request's rules
 * (a reason of 3 to 500 characters, 5 to 240 minutes) and the session answered, which is
 * kept with the client's sign-in state so that `listClientImpersonationSessions` lists it
 * until it expires or staff end it.
 */
import { type ClientRecord, isoSeconds } from '../data/model.ts';
import { fieldError, problems } from '../problems.ts';
import type { MockStore } from '../store.ts';
import type { ImpersonationSession, Ref } from '../types.ts';
import { validate } from '../validation.ts';

export interface ImpersonationRequest {
  reason: string;
  duration_minutes?: number;
}

/** The request body, checked; 409 for a client that cannot be impersonated now. */
export function validateImpersonation(json: unknown, record: ClientRecord): ImpersonationRequest {
  const body = validate<ImpersonationRequest>(json, {
    reason: { type: 'string', minLength: 3, maxLength: 500, required: true },
    duration_minutes: { type: 'integer', minimum: 5, maximum: 240 },
  });
  if (body.reason.trim().length < 3) {
    throw problems.validation([
      fieldError('reason', 'minLength', 'Must be at least 3 characters.'),
    ]);
  }
  const { status } = record.client;
  if (status === 'closed' || status === 'deleting' || status === 'pending_approval') {
    throw problems.invalidTransition(`A client in status \`${status}\` cannot be impersonated.`);
  }
  return body;
}

/**
 * A new session of `minutes` for the client (as `user`, when given), opened by `impersonator`
 * and kept among the client's sessions.
 */
export function impersonationSession(
  store: MockStore,
  record: ClientRecord,
  impersonator: Ref,
  reason: string,
  minutes: number,
  user?: Ref,
): ImpersonationSession {
  const token = store.newId('imp_', 32);
  const startedMs = Math.floor(store.now().getTime() / 1000) * 1000;
  const expiresAt = isoSeconds(startedMs + minutes * 60_000);
  const id = store.newId('ims_');
  store.detailsOf(record).authentication.sessions.push({
    id,
    token,
    started_at: isoSeconds(startedMs),
    expires_at: expiresAt,
    impersonator,
    ...(user ? { user } : {}),
    reason,
    ended_at: null,
  });
  return {
    id,
    token,
    url: `https://panel.provider.example/impersonate?token=${token}`,
    expires_at: expiresAt,
    client_id: record.client.id,
    ...(user ? { user } : {}),
    impersonator,
    reason,
  };
}
