/**
 * A client's sign-in security (Stack Console's Authentication tab): its two-factor status and
 * verification records, a password reset to its owners (at most one a minute), blocking and
 * unblocking sign-in (If-Match optional; 409 when already so), and the impersonation sessions
 * the impersonate endpoints opened, listed until they expire or staff end them. Every change
 * is recorded in the activity log, category `security`.
 */
import { VERIFICATION_RESULTS, VERIFICATION_SORTS } from '@clientele/sdk/enums';
import type {
  AuthenticationState,
  StoredImpersonationSession,
} from '../data/details/authentication.ts';
import type { ClientRecord } from '../data/model.ts';
import { fieldError, ProblemError, problems } from '../problems.ts';
import { enumParam, pageRequest, paginate } from '../query.ts';
import type { MockStore } from '../store.ts';
import type { ActiveImpersonationSession, ClientAuthentication } from '../types.ts';
import { validate } from '../validation.ts';
import { type OpenApiHttp, type RouteContext, route } from './route.ts';

/** A second password reset within this long of the last answers 429. */
export const PASSWORD_RESET_INTERVAL_MS = 60_000;

const OWNER = 'role_owner';

function representation(record: ClientRecord, state: AuthenticationState): ClientAuthentication {
  const { twoFactor, signIn } = state;
  return {
    client_id: record.client.id,
    two_factor: {
      enabled: twoFactor.enabled,
      methods: [...twoFactor.methods],
      enrolled_at: twoFactor.enrolledAt,
    },
    sign_in: {
      blocked: signIn.blocked,
      blocked_at: signIn.blockedAt,
      blocked_by: signIn.blockedBy,
      reason: signIn.reason,
    },
    password_reset_sent_at: state.passwordResetSentAt,
  };
}

/** The sessions still running (not ended, not expired), newest first. */
function activeSessions(
  store: MockStore,
  state: AuthenticationState,
): StoredImpersonationSession[] {
  const now = store.nowIso();
  return state.sessions
    .filter((session) => session.ended_at === null && session.expires_at > now)
    .reverse();
}

function listed(session: StoredImpersonationSession): ActiveImpersonationSession {
  const { id, started_at, expires_at, impersonator, user, reason } = session;
  return { id, started_at, expires_at, impersonator, ...(user ? { user } : {}), reason };
}

function endSession(
  ctx: RouteContext,
  record: ClientRecord,
  session: StoredImpersonationSession,
): void {
  session.ended_at = ctx.store.nowIso();
  ctx.recordActivity(record, {
    action: 'client.impersonation_ended',
    category: 'security',
    parameters: {
      session_id: session.id,
      impersonator_name: session.impersonator.name,
      ...(session.user ? { user_id: session.user.id, user_name: session.user.name } : {}),
    },
  });
}

function reasonOf(json: unknown, required: boolean): string | undefined {
  const body = validate<{ reason?: string }>(json, {
    reason: { type: 'string', minLength: required ? 3 : 0, maxLength: 500, required },
  });
  const reason = body.reason?.trim();
  if (required && (reason?.length ?? 0) < 3) {
    throw problems.validation([
      fieldError('reason', 'minLength', 'Must be at least 3 characters.'),
    ]);
  }
  return reason || undefined;
}

export function authenticationHandlers(http: OpenApiHttp, store: MockStore) {
  const stateOf = (record: ClientRecord) => store.detailsOf(record).authentication;
  const answer = (record: ClientRecord) => ({
    body: representation(record, stateOf(record)),
    headers: { ETag: store.etag('authentication', record) },
  });
  return [
    http.get(
      '/clients/{client_id}/authentication',
      route(store, 'getClientAuthentication', ({ params, response }, ctx) => {
        const { body, headers } = answer(ctx.client(params.client_id));
        return response(200).json(body, { headers });
      }),
    ),

    http.get(
      '/clients/{client_id}/authentication/verifications',
      route(store, 'listClientVerifications', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const result = enumParam(ctx.query, 'result', VERIFICATION_RESULTS);
        const sort = enumParam(ctx.query, 'sort', VERIFICATION_SORTS) ?? '-at';
        const page = pageRequest(ctx.query);
        const all = stateOf(record).verifications; // newest first
        const items = result ? all.filter((r) => r.result === result) : all;
        return response(200).json(paginate(sort === 'at' ? [...items].reverse() : items, page));
      }),
    ),

    http.post(
      '/clients/{client_id}/authentication/password-reset',
      route(store, 'sendClientPasswordReset', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const state = stateOf(record);
        const nowMs = store.now().getTime();
        if (state.passwordResetSentAt !== null) {
          const waitMs = Date.parse(state.passwordResetSentAt) + PASSWORD_RESET_INTERVAL_MS - nowMs;
          if (waitMs > 0) {
            const seconds = Math.ceil(waitMs / 1000);
            throw new ProblemError(
              429,
              'rate-limited',
              `A password reset was sent less than a minute ago; retry in ${seconds} seconds.`,
              { headers: { 'Retry-After': String(seconds) } },
            );
          }
        }
        const owners = store.detailsOf(record).users.filter((u) => u.role.id === OWNER);
        const recipients = owners.map(({ id, name, email }) => ({ id, name, email }));
        if (recipients.length === 0) {
          // Every client keeps an owner (the Users endpoints see to it); a created client's is its contact.
          const { client } = record;
          recipients.push({
            id: client.id,
            name: `${client.first_name} ${client.last_name}`,
            email: client.email,
          });
        }
        state.passwordResetSentAt = store.nowIso();
        state.version++;
        ctx.recordActivity(record, {
          action: 'client.password_reset_sent',
          category: 'security',
          parameters: { recipients: recipients.map((r) => r.email).join(', ') },
        });
        return response(202).json({
          id: store.newId('pwr_'),
          queued_at: state.passwordResetSentAt,
          recipients,
        });
      }),
    ),

    http.post(
      '/clients/{client_id}/authentication/block',
      route(store, 'blockClientSignIn', async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const reason = reasonOf(await ctx.json(), true) ?? '';
        ctx.ifMatch('authentication', record, { required: false, what: 'sign-in status' });
        const state = stateOf(record);
        if (state.signIn.blocked) {
          throw problems.invalidTransition('Signing in as this client is blocked already.');
        }
        state.signIn = { blocked: true, blockedAt: store.nowIso(), blockedBy: ctx.actor, reason };
        state.version++;
        ctx.recordActivity(record, {
          action: 'client.sign_in_blocked',
          category: 'security',
          parameters: { reason },
        });
        const { body, headers } = answer(record);
        return response(200).json(body, { headers });
      }),
    ),

    http.post(
      '/clients/{client_id}/authentication/unblock',
      route(store, 'unblockClientSignIn', async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const reason = reasonOf(await ctx.json({ optional: true }), false);
        ctx.ifMatch('authentication', record, { required: false, what: 'sign-in status' });
        const state = stateOf(record);
        if (!state.signIn.blocked) {
          throw problems.invalidTransition('Signing in as this client is not blocked.');
        }
        state.signIn = { blocked: false, blockedAt: null, blockedBy: null, reason: null };
        state.version++;
        ctx.recordActivity(record, {
          action: 'client.sign_in_unblocked',
          category: 'security',
          parameters: reason ? { reason } : {},
        });
        const { body, headers } = answer(record);
        return response(200).json(body, { headers });
      }),
    ),

    http.get(
      '/clients/{client_id}/impersonation-sessions',
      route(store, 'listClientImpersonationSessions', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const page = pageRequest(ctx.query);
        return response(200).json(paginate(activeSessions(store, stateOf(record)), page, listed));
      }),
    ),

    http.delete(
      '/clients/{client_id}/impersonation-sessions',
      route(store, 'endClientImpersonationSessions', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const active = activeSessions(store, stateOf(record));
        for (const session of active) endSession(ctx, record, session);
        return response(200).json({ ended: active.length });
      }),
    ),

    http.delete(
      '/clients/{client_id}/impersonation-sessions/{session_id}',
      route(store, 'endClientImpersonationSession', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const session = activeSessions(store, stateOf(record)).find(
          (s) => s.id === params.session_id,
        );
        if (!session) throw problems.notFound('active impersonation session', params.session_id);
        endSession(ctx, record, session);
        return response(204).empty();
      }),
    ),
  ];
}
