/**
 * A client's users: list, associate an existing user under a role, change the role,
 * dissociate, impersonate one. A client always keeps at least one owner. And the user
 * directory to pick from: the provider's unassociated users and the users of every client
 * whose history exists (a client's users are generated when it is first opened).
 */
import type { ClientRecord } from '../data/model.ts';
import { fieldError, problems } from '../problems.ts';
import { idParam, pageRequest, paginate, stringParam } from '../query.ts';
import type { MockStore } from '../store.ts';
import type { ClientUser, DirectoryUser, Role } from '../types.ts';
import { validate } from '../validation.ts';
import { impersonationSession, validateImpersonation } from './impersonation.ts';
import { type OpenApiHttp, route } from './route.ts';

const OWNER = 'role_owner';

function findRole(store: MockStore, roleId: string): Role {
  const role = store.catalog.roles.find((r) => r.id === roleId);
  if (!role)
    throw problems.validation([
      fieldError('role_id', 'not_found', `No role with id \`${roleId}\`.`),
    ]);
  return role;
}

/** A user known to the provider: the unassociated directory, or a user of any client already opened. */
function findUser(
  store: MockStore,
  userId: string,
): { id: string; name: string; email: string } | undefined {
  const listed = store.directory.find((u) => u.id === userId);
  if (listed) return listed;
  for (const record of store.clients) {
    if (!store.hasDetails(record.client.id)) continue;
    const user = store.detailsOf(record).users.find((u) => u.id === userId);
    if (user) return { id: user.id, name: user.name, email: user.email };
  }
  return undefined;
}

/** Every user known to the provider, with how many clients each is associated with, by name. */
function directoryUsers(store: MockStore): DirectoryUser[] {
  const users = new Map<string, DirectoryUser>();
  for (const user of store.directory) users.set(user.id, { ...user, clients_count: 0 });
  for (const record of store.clients) {
    if (!store.hasDetails(record.client.id)) continue;
    for (const user of store.detailsOf(record).users) {
      const known = users.get(user.id);
      if (known) known.clients_count++;
      else
        users.set(user.id, { id: user.id, name: user.name, email: user.email, clients_count: 1 });
    }
  }
  return [...users.values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function findAssociation(store: MockStore, record: ClientRecord, userId: string): ClientUser {
  const user = store.detailsOf(record).users.find((u) => u.id === userId);
  if (!user) throw problems.notFound('user on this client', userId);
  return user;
}

function assertNotLastOwner(
  store: MockStore,
  record: ClientRecord,
  user: ClientUser,
  verb: string,
): void {
  const owners = store.detailsOf(record).users.filter((u) => u.role.id === OWNER);
  if (user.role.id === OWNER && owners.length === 1) {
    throw problems.conflict(
      `\`${user.id}\` is the client's last owner and cannot be ${verb}; make another user an owner first.`,
    );
  }
}

export function userHandlers(http: OpenApiHttp, store: MockStore) {
  return [
    http.get(
      '/users',
      route(store, 'listUsers', ({ response }, ctx) => {
        const page = pageRequest(ctx.query);
        const needle = stringParam(ctx.query, 'search')?.trim().toLowerCase() ?? '';
        const excluded = idParam(ctx.query, 'not_associated_with');
        // The client's users (generated first, so that they are known and left out).
        const associated = new Set(
          excluded === undefined
            ? []
            : store.detailsOf(ctx.client(excluded)).users.map((user) => user.id),
        );
        const users = directoryUsers(store).filter(
          (user) =>
            !associated.has(user.id) &&
            (!needle ||
              user.name.toLowerCase().includes(needle) ||
              user.email.toLowerCase().includes(needle) ||
              user.id.toLowerCase().includes(needle)),
        );
        return response(200).json(paginate(users, page));
      }),
    ),

    http.get(
      '/clients/{client_id}/users',
      route(store, 'listClientUsers', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        return response(200).json(paginate(store.detailsOf(record).users, pageRequest(ctx.query)));
      }),
    ),

    http.post(
      '/clients/{client_id}/users',
      route(store, 'associateClientUser', async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const body = validate<{ user_id: string; role_id: string }>(await ctx.json(), {
          user_id: { type: 'string', minLength: 1, maxLength: 64, required: true },
          role_id: { type: 'string', minLength: 1, maxLength: 64, required: true },
        });
        const role = findRole(store, body.role_id);
        const details = store.detailsOf(record);
        if (details.users.some((u) => u.id === body.user_id)) {
          throw problems.conflict(
            `The user \`${body.user_id}\` is already associated with this client.`,
          );
        }
        const user = findUser(store, body.user_id);
        if (!user)
          throw problems.validation([
            fieldError('user_id', 'not_found', `No user with id \`${body.user_id}\`.`),
          ]);
        const association: ClientUser = {
          ...user,
          role: { id: role.id, name: role.name },
          associated_at: store.nowIso(),
        };
        details.users.push(association);
        ctx.recordActivity(record, {
          action: 'user.associated',
          category: 'account',
          parameters: { user_id: user.id, role_id: role.id },
        });
        return response(201).json(association);
      }),
    ),

    http.patch(
      '/clients/{client_id}/users/{user_id}',
      route(store, 'updateClientUser', async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const user = findAssociation(store, record, params.user_id);
        const body = validate<{ role_id: string }>(await ctx.json(), {
          role_id: { type: 'string', minLength: 1, maxLength: 64, required: true },
        });
        const role = findRole(store, body.role_id);
        if (role.id !== OWNER) assertNotLastOwner(store, record, user, 'demoted');
        user.role = { id: role.id, name: role.name };
        ctx.recordActivity(record, {
          action: 'user.role_changed',
          category: 'account',
          parameters: { user_id: user.id, role_id: role.id },
        });
        return response(200).json(user);
      }),
    ),

    http.delete(
      '/clients/{client_id}/users/{user_id}',
      route(store, 'dissociateClientUser', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const user = findAssociation(store, record, params.user_id);
        assertNotLastOwner(store, record, user, 'dissociated');
        const users = store.detailsOf(record).users;
        users.splice(users.indexOf(user), 1);
        ctx.recordActivity(record, {
          action: 'user.dissociated',
          category: 'account',
          parameters: { user_id: user.id },
        });
        return response(204).empty();
      }),
    ),

    http.post(
      '/clients/{client_id}/users/{user_id}/impersonate',
      route(store, 'impersonateClientUser', async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const user = findAssociation(store, record, params.user_id);
        const body = validateImpersonation(await ctx.json(), record);
        const minutes = body.duration_minutes ?? 30;
        ctx.recordActivity(record, {
          action: 'user.impersonation_started',
          category: 'security',
          impersonator: ctx.actor,
          parameters: {
            user_id: user.id,
            user_name: user.name,
            reason: body.reason,
            duration_minutes: String(minutes),
          },
        });
        const session = impersonationSession(store, record, ctx.actor, body.reason, minutes, {
          id: user.id,
          name: user.name,
        });
        return response(201).json(session);
      }),
    ),
  ];
}
