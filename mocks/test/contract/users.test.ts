/**
 * Contract test for a client's users (list, associate, change role, dissociate): every
 * response must validate against specs/openapi.yaml. The shared setup and the coverage rule
 * are in support.ts.
 */
import { describe, it } from 'vitest';
import { AS_AUDITOR, FOR_UNKNOWN_CLIENT, malformedBody, useContract } from './support.ts';

const { call, expectStatuses, store } = useContract('users');

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
});
