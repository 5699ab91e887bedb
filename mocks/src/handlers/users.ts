/**
 * A client's users: list, associate an existing user under a role, change the role,
 * dissociate. A client always keeps at least one owner.
 */
import type { ClientRecord } from '../data/model.ts';
import { fieldError, problems } from '../problems.ts';
import { pageRequest, paginate } from '../query.ts';
import type { MockStore } from '../store.ts';
import type { ClientUser, Role } from '../types.ts';
import { validate } from '../validation.ts';
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
  ];
}
