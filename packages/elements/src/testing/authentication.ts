import type {
  ActiveImpersonationSession,
  ClientAuthentication,
  VerificationRecord,
} from '@clientele/sdk';
import { type Deferred, fakeApi, json, problem } from './fake-api.ts';

/**
 * A fake API for `<client-authentication-tab>` tests over one client, with the spec's rules
 * where the tab relies on them: the status's ETag and If-Match (412 when stale), 409 when
 * blocked already or not blocked, a second password reset answers 429, an ended session is
 * gone (404 after), records paged by cursor in either order (`sort=at` reads the oldest first). `admin-token` may change, `auditor-token`
 * only read. `fail` makes the next matching request answer a response; `hold` makes GETs wait.
 */

export const AUTH_CLIENT = 'cl_auth';

const PERMISSIONS = {
  'admin-token': ['clients.read', 'clients.security'],
  'auditor-token': ['clients.read'],
} as const;

export function sampleAuthentication(): ClientAuthentication {
  return {
    client_id: AUTH_CLIENT,
    two_factor: { enabled: true, methods: ['totp', 'email'], enrolled_at: '2025-06-12T08:30:00Z' },
    sign_in: { blocked: false, blocked_at: null, blocked_by: null, reason: null },
    password_reset_sent_at: null,
  };
}

export function sampleSessions(): ActiveImpersonationSession[] {
  return [
    {
      id: 'ims_1',
      started_at: '2026-03-01T11:50:00Z',
      expires_at: '2026-03-01T12:20:00Z',
      impersonator: { id: 'stf_jordan', name: 'Jordan Lee' },
      user: { id: 'usr_ana', name: 'Ana Popescu' },
      reason: 'See the billing page as the owner sees it',
    },
    {
      id: 'ims_2',
      started_at: '2026-03-01T11:40:00Z',
      expires_at: '2026-03-01T12:40:00Z',
      impersonator: { id: 'stf_maria', name: 'Maria Ionescu' },
      reason: 'Reproduce a failing volume attach',
    },
  ];
}

/** `count` records, newest first, every fifth failed. */
export function makeRecords(count: number): VerificationRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `ver_${i}`,
    at: new Date(Date.UTC(2026, 1, 28, 12) - i * 3_600_000).toISOString().replace('.000Z', 'Z'),
    user: i % 2 ? { id: 'usr_radu', name: 'Radu Ionescu' } : { id: 'usr_ana', name: 'Ana Popescu' },
    method: i % 7 === 6 ? 'recovery_code' : 'totp',
    result: i % 5 === 4 ? 'failed' : 'passed',
    ip: `203.0.113.${(i % 250) + 1}`,
    user_agent:
      i % 3 ? 'Mozilla/5.0 (X11; Linux x86_64; rv:135.0) Gecko/20100101 Firefox/135.0' : null,
  }));
}

export interface AuthBackendOptions {
  status?: ClientAuthentication;
  sessions?: ActiveImpersonationSession[];
  records?: VerificationRecord[];
}

export function authBackend(options: AuthBackendOptions = {}) {
  let status = options.status ?? sampleAuthentication();
  let version = 1;
  const sessions = [...(options.sessions ?? sampleSessions())];
  const records = options.records ?? makeRecords(8);
  const failures: { method: string; path: RegExp; response: Response; query?: RegExp }[] = [];
  const received: { method: string; path: string; body: unknown; ifMatch: string | null }[] = [];
  let hold: Deferred<void> | undefined;
  const etag = () => `"a${version}"`;
  const withTag = (response: Response) => {
    response.headers.set('ETag', etag());
    return response;
  };
  const api = fakeApi(async (request, url) => {
    const path = url.pathname.replace(/^\/api/, '');
    const text = request.method === 'GET' ? '' : await request.text();
    const body = text ? JSON.parse(text) : undefined;
    received.push({ method: request.method, path, body, ifMatch: request.headers.get('If-Match') });
    const token = request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? '';
    const permissions: readonly string[] = PERMISSIONS[token as keyof typeof PERMISSIONS] ?? [];
    if (path === '/me') {
      return json({
        id: 'stf_u',
        name: 'Uma Staff',
        email: 'u@x.test',
        role: 'x',
        permissions,
        locale: 'en',
      });
    }
    const failure = failures.findIndex(
      (f) =>
        f.method === request.method && f.path.test(path) && (f.query?.test(url.search) ?? true),
    );
    if (failure >= 0) return failures.splice(failure, 1)[0]!.response;
    if (hold && request.method === 'GET') await hold.promise;
    const match =
      /^\/clients\/([^/]+)\/(authentication|impersonation-sessions)(?:\/([^/]+))?$/.exec(path);
    if (!match) return problem(404);
    if (match[1] !== AUTH_CLIENT) return problem(404, { title: 'Not found', detail: 'No client.' });
    if (request.method !== 'GET' && !permissions.includes('clients.security'))
      return problem(403, { title: 'Permission denied' });
    const [, , resource, rest] = match;
    if (resource === 'impersonation-sessions') {
      if (request.method === 'GET')
        return json({ items: sessions, next_cursor: null, total: sessions.length });
      if (!rest) {
        const ended = sessions.splice(0).length;
        return json({ ended });
      }
      const index = sessions.findIndex((s) => s.id === rest);
      if (index < 0) return problem(404, { title: 'Not found', detail: 'No such active session.' });
      sessions.splice(index, 1);
      return new Response(null, { status: 204 });
    }
    if (!rest && request.method === 'GET') return withTag(json(status));
    if (rest === 'verifications') {
      const offset = Number(url.searchParams.get('cursor') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 50);
      const end = offset + limit;
      const sorted = url.searchParams.get('sort') === 'at' ? [...records].reverse() : records;
      return json({
        items: sorted.slice(offset, end),
        next_cursor: end < records.length ? String(end) : null,
        total: records.length,
      });
    }
    if (rest === 'password-reset') {
      if (status.password_reset_sent_at) {
        const response = problem(429, { title: 'Too many requests', detail: 'Wait a minute.' });
        response.headers.set('Retry-After', '60');
        return response;
      }
      status = { ...status, password_reset_sent_at: '2026-03-01T12:00:00Z' };
      version++;
      return json(
        {
          id: 'pwr_1',
          queued_at: '2026-03-01T12:00:00Z',
          recipients: [{ id: 'usr_ana', name: 'Ana Popescu', email: 'ana@nimbus.example' }],
        },
        202,
      );
    }
    if (rest === 'block' || rest === 'unblock') {
      const ifMatch = request.headers.get('If-Match');
      if (ifMatch && ifMatch !== etag()) return problem(412, { title: 'Precondition failed' });
      const blocking = rest === 'block';
      if (status.sign_in.blocked === blocking)
        return problem(409, { title: 'Invalid status transition', detail: 'Already so.' });
      const reason = (body as { reason?: string } | undefined)?.reason ?? '';
      if (blocking && reason.trim().length < 3) {
        return problem(422, {
          title: 'Validation failed',
          errors: [
            { field: 'reason', code: 'minLength', message: 'Must be at least 3 characters.' },
          ],
        });
      }
      status = {
        ...status,
        sign_in: blocking
          ? {
              blocked: true,
              blocked_at: '2026-03-01T12:00:00Z',
              blocked_by: { id: 'stf_u', name: 'Uma Staff' },
              reason,
            }
          : { blocked: false, blocked_at: null, blocked_by: null, reason: null },
      };
      version++;
      return withTag(json(status));
    }
    return problem(405);
  });
  return {
    api,
    received,
    sessions,
    get status() {
      return status;
    },
    /** Someone else changes the status (a newer version). */
    touch() {
      version++;
    },
    /** The next request of `method` to a path matching `path` (and `query`, its `?…`) answers `response`. */
    fail(method: string, path: RegExp, response: Response, query?: RegExp) {
      failures.push({ method, path, response, query });
    },
    hold(gate: Deferred<void> | undefined) {
      hold = gate;
    },
  };
}

export type AuthBackend = ReturnType<typeof authBackend>;
