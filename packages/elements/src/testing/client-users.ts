import type { ClientUser, DirectoryUser, Role } from '@clientele/sdk';
import { type Deferred, fakeApi, json, problem } from './fake-api.ts';

/**
 * A fake API for `<client-users-tab>` tests: one client's users, the roles (Owner, Member and
 * a custom role), a user directory, and the changes with the API's rules (a client keeps one
 * owner; a user is associated once), by token (`admin-token` may change and impersonate,
 * `auditor-token` only read). `fail(path, response)` answers the next request to a path
 * (a method and a path pattern) with a response instead.
 */

export const USERS_CLIENT = 'cl_4f9a2c1e8b3d7a60';

export const SAMPLE_ROLES: Role[] = [
  { id: 'role_owner', name: 'Owner', builtin: true, permissions: ['*'] },
  { id: 'role_member', name: 'Member', builtin: true, permissions: ['services.view'] },
  {
    id: 'role_billing',
    name: 'Billing contact',
    builtin: false,
    permissions: ['billing.view', 'billing.pay'],
  },
];

export function sampleClientUsers(): ClientUser[] {
  return [
    {
      id: 'usr_ana',
      name: 'Ana Popescu',
      email: 'ana@nimbus.example',
      role: { id: 'role_owner', name: 'Owner' },
      associated_at: '2025-11-03T09:15:00Z',
    },
    {
      id: 'usr_radu',
      name: 'Radu Ionescu',
      email: 'radu@nimbus.example',
      role: { id: 'role_member', name: 'Member' },
      associated_at: '2025-12-01T10:00:00Z',
    },
    {
      id: 'usr_ioana',
      name: 'Ioana Marin',
      email: 'ioana@nimbus.example',
      role: { id: 'role_billing', name: 'Billing contact' },
      associated_at: '2026-01-15T08:30:00Z',
    },
  ];
}

export const SAMPLE_DIRECTORY: DirectoryUser[] = [
  { id: 'usr_mihai', name: 'Mihai Dumitru', email: 'mihai@contractor.example', clients_count: 0 },
  { id: 'usr_elena', name: 'Elena Stan', email: 'elena@agency.example', clients_count: 2 },
  { id: 'usr_paul', name: 'Paul Georgescu', email: 'paul@freelance.example', clients_count: 1 },
];

const PERMISSIONS = {
  'admin-token': ['clients.read', 'users.update', 'clients.impersonate'],
  'auditor-token': ['clients.read'],
} as const;

const conflict = (detail: string) =>
  problem(409, { type: 'https://clientele.dev/problems/conflict', title: 'Conflict', detail });

export function usersBackend(initial: ClientUser[] = sampleClientUsers()) {
  const users = [...initial];
  const failures: { method: string; path: RegExp; response: Response }[] = [];
  const received: { method: string; path: string; body: unknown }[] = [];
  let hold: Deferred<void> | undefined;
  const api = fakeApi(async (request, url) => {
    const path = url.pathname.replace(/^\/api/, '');
    const body =
      request.method === 'GET' || request.method === 'DELETE' ? undefined : await request.json();
    received.push({ method: request.method, path, body });
    if (path === '/me') {
      const token = request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? '';
      const permissions = PERMISSIONS[token as keyof typeof PERMISSIONS] ?? [];
      return json({ id: 'u', name: 'U', email: 'u@x.test', role: 'x', permissions, locale: 'en' });
    }
    const failure = failures.findIndex((f) => f.method === request.method && f.path.test(path));
    if (failure >= 0) return failures.splice(failure, 1)[0]!.response;
    if (hold && request.method === 'GET') await hold.promise;
    if (path === '/roles') return json({ items: SAMPLE_ROLES, next_cursor: null, total: 3 });
    if (path === '/users') {
      const needle = (url.searchParams.get('search') ?? '').toLowerCase();
      const items = SAMPLE_DIRECTORY.filter(
        (u) => !users.some((own) => own.id === u.id) && u.name.toLowerCase().includes(needle),
      );
      return json({ items, next_cursor: null, total: items.length });
    }
    const match = /^\/clients\/([^/]+)\/users(?:\/([^/]+))?(\/impersonate)?$/.exec(path);
    if (!match) return problem(404);
    if (match[1] !== USERS_CLIENT)
      return problem(404, { title: 'Not found', detail: 'No client.' });
    const [, , userId, impersonate] = match;
    const user = users.find((u) => u.id === userId);
    const owners = users.filter((u) => u.role.id === 'role_owner').length;
    const input = body as Record<string, string>;
    if (!userId && request.method === 'GET') {
      return json({ items: users, next_cursor: null, total: users.length });
    }
    if (!userId && request.method === 'POST') {
      if (users.some((u) => u.id === input.user_id)) return conflict('Associated already.');
      const found = SAMPLE_DIRECTORY.find((u) => u.id === input.user_id)!;
      const role = SAMPLE_ROLES.find((r) => r.id === input.role_id)!;
      const created: ClientUser = {
        id: found.id,
        name: found.name,
        email: found.email,
        role: { id: role.id, name: role.name },
        associated_at: '2026-03-01T12:00:00Z',
      };
      users.push(created);
      return json(created, 201);
    }
    if (!user) return problem(404, { title: 'Not found' });
    const lastOwner = user.role.id === 'role_owner' && owners === 1;
    if (impersonate) {
      return json(
        {
          id: 'ims_1',
          token: 'imp_1',
          url: 'https://panel.example/impersonate?token=imp_1',
          expires_at: '2026-03-01T12:30:00Z',
          client_id: USERS_CLIENT,
          user: { id: user.id, name: user.name },
          impersonator: { id: 'u', name: 'U' },
          reason: input.reason,
        },
        201,
      );
    }
    if (request.method === 'PATCH') {
      if (lastOwner && input.role_id !== 'role_owner') return conflict('The last owner.');
      const role = SAMPLE_ROLES.find((r) => r.id === input.role_id)!;
      user.role = { id: role.id, name: role.name };
      return json(user);
    }
    if (request.method === 'DELETE') {
      if (lastOwner) return conflict('The last owner.');
      users.splice(users.indexOf(user), 1);
      return new Response(null, { status: 204 });
    }
    return problem(405);
  });
  return {
    api,
    users,
    received,
    fail(method: string, path: RegExp, response: Response) {
      failures.push({ method, path, response });
    },
    hold(gate: Deferred<void> | undefined) {
      hold = gate;
    },
  };
}

export type UsersBackend = ReturnType<typeof usersBackend>;
