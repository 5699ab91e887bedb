/**
 * A client's sign-in security, consistent with its activity log: two-factor is on when the
 * log has a `user.two_factor_enabled` entry (from then on), and the verification records are
 * the second-factor checks of its users after that (the sign-ins the log has, and more).
 * A few clients start with sign-in blocked by a staff member, and the log says so. The
 * impersonation sessions are not generated: the impersonate endpoints open them.
 */
import type {
  ActivityEntry,
  ClientUser,
  Ref,
  TwoFactorMethod,
  VerificationMethod,
  VerificationRecord,
} from '../../types.ts';
import { OTHER_STAFF } from '../catalog.ts';
import { type ClientRecord, DAY, HOUR, isoSeconds } from '../model.ts';
import { type Random, spread } from '../random.ts';

/** An impersonation session as the mock keeps it (the token is never listed). */
export interface StoredImpersonationSession {
  readonly id: string;
  readonly token: string;
  readonly started_at: string;
  readonly expires_at: string;
  readonly impersonator: Ref;
  readonly user?: Ref;
  readonly reason: string;
  /** When staff ended it early; `null` while it runs (or ran out on its own). */
  ended_at: string | null;
}

/** The mutable sign-in state of one client. */
export interface AuthenticationState {
  twoFactor: { enabled: boolean; methods: TwoFactorMethod[]; enrolledAt: string | null };
  signIn: {
    blocked: boolean;
    blockedAt: string | null;
    blockedBy: Ref | null;
    reason: string | null;
  };
  passwordResetSentAt: string | null;
  /** ETag version: bumped by staff changes (block, unblock, password reset). */
  version: number;
  /** Newest first. */
  readonly verifications: VerificationRecord[];
  /** Oldest first; ended and expired ones stay (the list filters them). */
  readonly sessions: StoredImpersonationSession[];
}

const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:135.0) Gecko/20100101 Firefox/135.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Mobile Safari/537.36',
] as const;

const BLOCK_REASONS = [
  'Sign-ins from an unknown country after a password leak.',
  'The owner reported a stolen laptop; blocked until they confirm a new password.',
  'Repeated failed second-factor checks from many addresses.',
] as const;

/** An empty state (a client created through the API). */
export function emptyAuthentication(): AuthenticationState {
  return {
    twoFactor: { enabled: false, methods: [], enrolledAt: null },
    signIn: { blocked: false, blockedAt: null, blockedBy: null, reason: null },
    passwordResetSentAt: null,
    version: 1,
    verifications: [],
    sessions: [],
  };
}

function ip(random: Random): string {
  return random.chance(0.85)
    ? `${random.pick(['198.51.100', '203.0.113', '192.0.2'])}.${random.int(2, 254)}`
    : `2001:db8::${random.hex(4)}`;
}

/**
 * The client's sign-in state, and the activity entries it adds to the log (a block), which
 * the caller merges in.
 */
export function generateAuthentication(
  random: Random,
  record: ClientRecord,
  users: readonly ClientUser[],
  activity: readonly ActivityEntry[],
  referenceTime: number,
): { state: AuthenticationState; activity: ActivityEntry[] } {
  const state = emptyAuthentication();
  const added: ActivityEntry[] = [];
  const enabled = activity.find((entry) => entry.action === 'user.two_factor_enabled');
  if (enabled) {
    const methods: TwoFactorMethod[] = ['totp'];
    if (random.chance(0.3)) methods.push('email');
    if (random.chance(0.15)) methods.push('sms');
    state.twoFactor = { enabled: true, methods, enrolledAt: enabled.at };
    const from = Date.parse(enabled.at) + HOUR;
    const busy = random.chance(0.1);
    const count = busy ? random.int(150, 400) : random.int(3, 40);
    const agents = new Map<string, string>();
    const records: VerificationRecord[] = [];
    for (const at of spread(random, from, referenceTime - HOUR, count)) {
      const user = random.pick(users);
      const agent = agents.get(user.id) ?? random.pick(USER_AGENTS);
      agents.set(user.id, agent);
      const method: VerificationMethod = random.chance(0.04)
        ? 'recovery_code'
        : random.pick(methods);
      records.push({
        id: `ver_${random.hex(8)}`,
        at: isoSeconds(at),
        user: { id: user.id, name: user.name },
        method,
        result: random.chance(0.12) ? 'failed' : 'passed',
        ip: ip(random),
        user_agent: random.chance(0.05) ? null : agent,
      });
    }
    state.verifications.push(...records.reverse());
  }
  const createdMs = Date.parse(record.client.created_at);
  if (
    record.initialStatus !== 'pending_approval' &&
    referenceTime - createdMs > 3 * DAY &&
    random.chance(0.04)
  ) {
    const staff = random.pick(OTHER_STAFF);
    const at = isoSeconds(referenceTime - random.int(HOUR, 2 * DAY));
    const reason = random.pick(BLOCK_REASONS);
    state.signIn = { blocked: true, blockedAt: at, blockedBy: staff, reason };
    added.push({
      id: `act_${random.hex(6)}blk`,
      at,
      actor: { id: staff.id, name: staff.name, type: 'staff' },
      impersonator: null,
      ip: ip(random),
      action: 'client.sign_in_blocked',
      category: 'security',
      parameters: { reason },
      client_id: record.client.id,
    });
  }
  return { state, activity: added };
}
