/**
 * Contract test for a client's users (list, associate, change role, dissociate, impersonate
 * one) and the user directory to associate from: every
 * response must validate against specs/openapi.yaml. The shared setup and the coverage rule
 * are in support.ts.
 */
import { describe, expect, it } from 'vitest';
import { AS_AUDITOR, FOR_UNKNOWN_CLIENT, malformedBody, useContract } from './support.ts';

const { call, expectStatuses, store, closedId } = useContract('users');

describe('contract: users', () => {
  it('client users', async () => {
    const record = store.clients.find(
      (r) => r.client.status === 'active' && r.client.type === 'organization',
    )!;
    const id = record.client.id;
    const users = (await call('listClientUsers', { params: { client_id: id } })).body.items;
    await expectStatuses('listClientUsers', { params: { client_id: id } }, [
      [FOR_UNKNOWN_CLIENT, 404],
      [{ query: 'limit=abc' }, 400],
    ]);
    const newcomer = store.directory[0]!.id;
    const associate = {
      params: { client_id: id },
      body: { user_id: newcomer, role_id: 'role_member' },
    };
    await expectStatuses('associateClientUser', associate, [
      [{}, 201],
      [{}, 409], // associated already
      [{ body: { user_id: store.directory[1]!.id, role_id: 'role_nope' } }, 422],
      [malformedBody('x'), 400],
      [AS_AUDITOR, 403],
      [FOR_UNKNOWN_CLIENT, 404],
    ]);
    const owner = users.find(
      (u: { id: string; role: { id: string } }) => u.role.id === 'role_owner',
    )!.id;
    const ofOwner = { params: { client_id: id, user_id: owner } };
    const ofNewcomer = { params: { client_id: id, user_id: newcomer } };
    await expectStatuses('updateClientUser', { ...ofOwner, body: { role_id: 'role_owner' } }, [
      [{ body: { role_id: 'role_billing' } }, 409], // the only owner
      [{ body: { role_id: 7 } }, 422],
      [malformedBody(''), 400],
      [AS_AUDITOR, 403],
      [{ params: { user_id: 'usr_missing' } }, 404],
      [{ ...ofNewcomer, body: { role_id: 'role_billing' } }, 200],
    ]);
    await expectStatuses('dissociateClientUser', ofNewcomer, [
      [ofOwner, 409], // the only owner
      [AS_AUDITOR, 403],
      [{}, 204],
      [{}, 404], // gone already
    ]);
  });

  it("the user directory: search, paging, and leaving out a client's users", async () => {
    const record = store.clients.find((r) => r.client.status === 'active')!;
    const id = record.client.id;
    // The client's users join the directory once its history exists.
    const own = (await call('listClientUsers', { params: { client_id: id } })).body.items;
    const all = (await call('listUsers', { query: 'limit=200' })).body;
    expect(all.total).toBeGreaterThanOrEqual(store.directory.length);
    const names = all.items.map((u: { name: string }) => u.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    const first = (await call('listUsers', { query: 'limit=5' })).body;
    expect(first.items).toEqual(all.items.slice(0, 5));
    const second = (await call('listUsers', { query: `limit=5&cursor=${first.next_cursor}` })).body;
    expect(second.items).toEqual(all.items.slice(5, 10));
    const someone = store.directory[3]!;
    const found = (await call('listUsers', { query: `search=${someone.email.toUpperCase()}` }))
      .body;
    expect(found.items.map((u: { id: string }) => u.id)).toContain(someone.id);
    const others = (await call('listUsers', { query: `limit=200&not_associated_with=${id}` })).body;
    const ownIds = own.map((u: { id: string }) => u.id);
    expect(others.items.some((u: { id: string }) => ownIds.includes(u.id))).toBe(false);
    expect(all.items.some((u: { id: string }) => ownIds.includes(u.id))).toBe(true);
    await expectStatuses('listUsers', {}, [
      [{ query: 'search=' }, 400],
      [{ query: 'limit=0' }, 400],
      [{ query: 'not_associated_with=cl_0000000000000000' }, 404],
      [{ query: 'search=zzzzzzzz-nobody' }, 200],
      [AS_AUDITOR, 200], // reading the directory needs only clients.read
      [{ token: null }, 401],
    ]);
  });

  it('impersonating one user is recorded in the activity log, as is the client', async () => {
    const record = store.clients.find(
      (r) => r.client.status === 'active' && r.client.id !== store.clients[0]!.client.id,
    )!;
    const id = record.client.id;
    const user = (await call('listClientUsers', { params: { client_id: id } })).body.items[0];
    const base = {
      params: { client_id: id, user_id: user.id },
      body: { reason: 'See the billing page as the owner does', duration_minutes: 15 },
    };
    const [session] = await expectStatuses('impersonateClientUser', base, [
      [{}, 201],
      [{ body: { reason: 'x' } }, 422],
      [{ body: { reason: 'Long enough', duration_minutes: 1 } }, 422],
      [malformedBody('x'), 400],
      [AS_AUDITOR, 403],
      [{ params: { user_id: 'usr_missing' } }, 404],
      [FOR_UNKNOWN_CLIENT, 404],
      [{ params: { client_id: closedId() } }, 404], // not this client's user
    ]);
    expect(session!.body.user).toEqual({ id: user.id, name: user.name });
    expect(session!.body.client_id).toBe(id);
    await call('impersonateClient', {
      params: { client_id: id },
      body: { reason: 'Check the client area' },
    });
    const log = (
      await call('listClientActivity', {
        params: { client_id: id },
        query: 'impersonated=true&category=security&limit=200',
      })
    ).body.items;
    const [client, ofUser] = log as {
      action: string;
      impersonator: { id: string } | null;
      parameters: Record<string, string>;
    }[];
    expect(client!.action).toBe('client.impersonation_started');
    expect(client!.impersonator?.id).toBe('stf_admin');
    expect(ofUser!.action).toBe('user.impersonation_started');
    expect(ofUser!.impersonator?.id).toBe('stf_admin');
    expect(ofUser!.parameters).toMatchObject({ user_id: user.id, duration_minutes: '15' });
  });

  it("a closed client's users cannot be impersonated", async () => {
    const closed = closedId();
    const user = (await call('listClientUsers', { params: { client_id: closed } })).body.items[0];
    await expectStatuses(
      'impersonateClientUser',
      { params: { client_id: closed, user_id: user.id }, body: { reason: 'Check the area' } },
      [[{}, 409]],
    );
  });
});
