/**
 * Contract test for a client's users (list, associate, change role, dissociate): every
 * response must validate against specs/openapi.yaml. The shared setup and the coverage rule
 * are in support.ts.
 */
import { describe, expect, it } from 'vitest';
import { TOKENS } from '../../src/index.ts';
import { UNKNOWN_CLIENT, useContract } from './support.ts';

const { call, store } = useContract('users');

describe('contract: users', () => {
  it('client users', async () => {
    const record = store.clients.find(
      (r) => r.client.status === 'active' && r.client.type === 'organization',
    )!;
    const id = record.client.id;
    const users = (await call('listClientUsers', { params: { client_id: id } })).body.items;
    expect((await call('listClientUsers', { params: { client_id: UNKNOWN_CLIENT } })).status).toBe(
      404,
    );
    expect(
      (await call('listClientUsers', { params: { client_id: id }, query: 'limit=abc' })).status,
    ).toBe(400);
    const newcomer = store.directory[0]!.id;
    expect(
      (
        await call('associateClientUser', {
          params: { client_id: id },
          body: { user_id: newcomer, role_id: 'role_member' },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call('associateClientUser', {
          params: { client_id: id },
          body: { user_id: newcomer, role_id: 'role_member' },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await call('associateClientUser', {
          params: { client_id: id },
          body: { user_id: store.directory[1]!.id, role_id: 'role_nope' },
        })
      ).status,
    ).toBe(422);
    expect(
      (await call('associateClientUser', { params: { client_id: id }, body: 'x' })).status,
    ).toBe(400);
    expect(
      (
        await call('associateClientUser', {
          params: { client_id: id },
          body: { user_id: newcomer, role_id: 'role_member' },
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call('associateClientUser', {
          params: { client_id: UNKNOWN_CLIENT },
          body: { user_id: newcomer, role_id: 'role_member' },
        })
      ).status,
    ).toBe(404);
    const owner = users.find(
      (u: { id: string; role: { id: string } }) => u.role.id === 'role_owner',
    )!.id;
    const ownerParams = { client_id: id, user_id: owner };
    expect(
      (await call('updateClientUser', { params: ownerParams, body: { role_id: 'role_billing' } }))
        .status,
    ).toBe(409);
    expect(
      (await call('updateClientUser', { params: ownerParams, body: { role_id: 7 } })).status,
    ).toBe(422);
    expect((await call('updateClientUser', { params: ownerParams, body: '' })).status).toBe(400);
    expect(
      (
        await call('updateClientUser', {
          params: ownerParams,
          body: { role_id: 'role_owner' },
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call('updateClientUser', {
          params: { client_id: id, user_id: 'usr_missing' },
          body: { role_id: 'role_owner' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call('updateClientUser', {
          params: { client_id: id, user_id: newcomer },
          body: { role_id: 'role_billing' },
        })
      ).status,
    ).toBe(200);
    expect((await call('dissociateClientUser', { params: ownerParams })).status).toBe(409);
    expect(
      (
        await call('dissociateClientUser', {
          params: { client_id: id, user_id: newcomer },
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    expect(
      (await call('dissociateClientUser', { params: { client_id: id, user_id: newcomer } })).status,
    ).toBe(204);
    expect(
      (await call('dissociateClientUser', { params: { client_id: id, user_id: newcomer } })).status,
    ).toBe(404);
  });
});
