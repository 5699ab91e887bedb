/**
 * Contract test for the lifecycle actions (suspend, resume, approve, impersonate, create
 * similar, email): every response must validate against specs/openapi.yaml. The shared setup
 * and the coverage rule are in support.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  AS_AUDITOR,
  FOR_UNKNOWN_CLIENT,
  idempotencyKey,
  malformedBody,
  useContract,
} from './support.ts';

const { call, expectStatuses, clientWith, activeId, closedId } = useContract('client-actions');

describe('contract: client-actions', () => {
  it('lifecycle actions', async () => {
    const active = { params: { client_id: activeId() } };
    const suspend = { ...active, body: { reason: 'staff' } };
    await expectStatuses('suspendClient', suspend, [
      [{ body: { reason: 'nope' } }, 422],
      [malformedBody(), 400],
      [AS_AUDITOR, 403],
    ]);
    const suspended = await call('suspendClient', {
      ...active,
      body: { reason: 'credit', note: 'Unpaid for 30 days' },
    });
    expect(suspended.body.status).toBe('suspending');
    expect((await call('getClient', active)).body.status).toBe('suspended');
    await expectStatuses('suspendClient', suspend, [
      [{}, 409], // suspended already
      [FOR_UNKNOWN_CLIENT, 404],
    ]);
    expect((await call('resumeClient', active)).body.status).toBe('active');
    await expectStatuses('resumeClient', active, [
      [{}, 409], // active already
      [FOR_UNKNOWN_CLIENT, 404],
      [AS_AUDITOR, 403],
    ]);

    const pending = {
      params: { client_id: clientWith((r) => r.client.status === 'pending_approval') },
    };
    await expectStatuses('approveClient', pending, [[AS_AUDITOR, 403]]);
    expect((await call('approveClient', pending)).body.status).toBe('active');
    await expectStatuses('approveClient', pending, [
      [{}, 409], // approved already
      [FOR_UNKNOWN_CLIENT, 404],
    ]);

    await expectStatuses('impersonateClient', { ...active, body: { reason: 'Check the area' } }, [
      [{ body: { reason: 'Reproduce ticket T-100234', duration_minutes: 15 } }, 201],
      [{ body: {} }, 422],
      [{ body: { reason: 'ok?', duration_minutes: 500 } }, 422],
      [malformedBody('x'), 400],
      [{ ...AS_AUDITOR, body: { reason: 'Check' } }, 403],
      [{ params: { client_id: closedId() } }, 409],
      [FOR_UNKNOWN_CLIENT, 404],
    ]);

    const similar = {
      first_name: 'Mihai',
      last_name: 'Ionescu',
      email: 'mihai.contract@nimbus.example',
      company: 'Nimbus Labs SRL',
    };
    await expectStatuses('createSimilarClient', { ...active, body: similar }, [
      [idempotencyKey('similar-1'), 201],
      [idempotencyKey('similar-1'), 201], // replayed
      [{}, 409], // the email is taken now
      [{ body: { first_name: '' } }, 422],
      [malformedBody('['), 400],
      [FOR_UNKNOWN_CLIENT, 404],
      [AS_AUDITOR, 403],
    ]);

    await expectStatuses('emailClient', { ...active, body: { subject: 'a', body: 'b' } }, [
      [{ body: { subject: 'Maintenance', body: 'Hello' } }, 202],
      [{ body: { subject: '' } }, 422],
      [malformedBody(''), 400],
      [AS_AUDITOR, 403],
      [FOR_UNKNOWN_CLIENT, 404],
    ]);
  });
});
