/**
 * Contract test for a client's sign-in security (two-factor status, verification records,
 * password reset, block and unblock) and its impersonation sessions: every response must
 * validate against specs/openapi.yaml, and the state moves as the spec says (each change in
 * the activity log, category security). The shared setup and the coverage rule are in
 * support.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  AS_AUDITOR,
  eachQuery,
  FOR_UNKNOWN_CLIENT,
  ifMatch,
  malformedBody,
  useContract,
  WITHOUT_TOKEN,
} from './support.ts';

const { call, expectStatuses, activeId, store } = useContract('authentication');

/** The newest activity entries of a client, in the security category. */
async function securityLog(clientId: string) {
  const log = await call('listClientActivity', {
    params: { client_id: clientId },
    query: 'category=security&limit=5',
  });
  return log.body.items as { action: string; parameters: Record<string, string> }[];
}

describe('contract: authentication', () => {
  it('reads the status and the verification records of many clients', async () => {
    let enabled = 0;
    for (const record of store.clients.slice(0, 40)) {
      const params = { client_id: record.client.id };
      const status = await call('getClientAuthentication', { params });
      expect(status.status).toBe(200);
      expect(status.headers.get('etag')).toMatch(/^"a\d+"$/);
      const { two_factor } = status.body;
      if (two_factor.enabled) enabled++;
      const records = await call('listClientVerifications', { params, query: 'limit=200' });
      // Records exist only while two-factor is on, and only after it was turned on.
      if (!two_factor.enabled) expect(records.body.total).toBe(0);
      for (const item of records.body.items) expect(item.at > two_factor.enrolled_at).toBe(true);
      const times = records.body.items.map((r: { at: string }) => r.at);
      expect(times).toEqual([...times].sort().reverse());
    }
    expect(enabled).toBeGreaterThan(0);

    // A client with records, so that the filter and the order below are seen at work.
    const withRecords = store.clients.find(
      (r) => store.detailsOf(r).authentication.verifications.length > 20,
    );
    const params = { client_id: withRecords?.client.id ?? activeId() };
    await expectStatuses('getClientAuthentication', { params }, [
      [FOR_UNKNOWN_CLIENT, 404],
      [WITHOUT_TOKEN, 401],
    ]);
    const [failed, oldest] = await expectStatuses('listClientVerifications', { params }, [
      [{ query: 'result=failed&limit=200' }, 200],
      [{ query: 'sort=at&limit=200' }, 200],
      ...eachQuery(['result=maybe', 'sort=time', 'limit=0', 'cursor=%%%'], 400),
      [FOR_UNKNOWN_CLIENT, 404],
    ]);
    expect(failed?.body.items.length).toBeGreaterThan(0);
    for (const item of failed?.body.items ?? []) expect(item.result).toBe('failed');
    const ascending = oldest?.body.items.map((r: { at: string }) => r.at) ?? [];
    expect(ascending.length).toBeGreaterThan(20);
    expect(ascending).toEqual([...ascending].sort());
  });

  it('blocks and unblocks sign-in, guarded by If-Match and the current state, and logs both', async () => {
    const clientId = activeId();
    const params = { client_id: clientId };
    const before = await call('getClientAuthentication', { params });
    const etag = before.headers.get('etag') ?? '';
    const reason = { reason: 'Sign-ins from an unknown country' };
    await expectStatuses('blockClientSignIn', { params, body: reason }, [
      [{ body: {} }, 422],
      [{ body: { reason: '  a ' } }, 422],
      [malformedBody(), 400],
      [AS_AUDITOR, 403],
      [FOR_UNKNOWN_CLIENT, 404],
      [ifMatch('"a999"'), 412],
    ]);
    const blocked = await call('blockClientSignIn', { params, body: reason, ...ifMatch(etag) });
    expect(blocked.status).toBe(200);
    expect(blocked.body.sign_in).toMatchObject({
      blocked: true,
      blocked_by: { id: 'stf_admin' },
      reason: reason.reason,
    });
    expect(blocked.headers.get('etag')).not.toBe(etag);
    expect((await securityLog(clientId))[0]).toMatchObject({
      action: 'client.sign_in_blocked',
      parameters: reason,
    });
    await expectStatuses('blockClientSignIn', { params, body: reason }, [
      [{}, 409], // blocked already
      [ifMatch(etag), 412], // the version before the block
    ]);

    await expectStatuses('unblockClientSignIn', { params }, [
      [{ body: { reason: 'x'.repeat(501) } }, 422],
      [AS_AUDITOR, 403],
      [ifMatch(etag), 412],
    ]);
    const unblocked = await call('unblockClientSignIn', {
      params,
      body: { reason: 'Owner confirmed' },
      ...ifMatch(blocked.headers.get('etag') ?? ''),
    });
    expect(unblocked.body.sign_in).toEqual({
      blocked: false,
      blocked_at: null,
      blocked_by: null,
      reason: null,
    });
    expect((await securityLog(clientId))[0]).toMatchObject({
      action: 'client.sign_in_unblocked',
      parameters: { reason: 'Owner confirmed' },
    });
    await expectStatuses('unblockClientSignIn', { params }, [
      [{}, 409], // not blocked
      [FOR_UNKNOWN_CLIENT, 404],
    ]);
  });

  it('sends a password reset to the owners, at most one a minute', async () => {
    const clientId = activeId();
    const params = { client_id: clientId };
    await expectStatuses('sendClientPasswordReset', { params }, [
      [AS_AUDITOR, 403],
      [FOR_UNKNOWN_CLIENT, 404],
    ]);
    const users = await call('listClientUsers', { params });
    const owners = users.body.items
      .filter((u: { role: { id: string } }) => u.role.id === 'role_owner')
      .map((u: { email: string }) => u.email);
    const sent = await call('sendClientPasswordReset', { params });
    expect(sent.status).toBe(202);
    expect(sent.body.recipients.map((r: { email: string }) => r.email)).toEqual(owners);
    expect((await securityLog(clientId))[0]?.action).toBe('client.password_reset_sent');
    const status = await call('getClientAuthentication', { params });
    expect(status.body.password_reset_sent_at).toBe(sent.body.queued_at);
    const [again] = await expectStatuses('sendClientPasswordReset', { params }, [[{}, 429]]);
    expect(Number(again?.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('lists the sessions the impersonate endpoints open, and ends one or all', async () => {
    const clientId = activeId();
    const params = { client_id: clientId };
    const empty = await call('listClientImpersonationSessions', { params });
    const before = empty.body.total as number;
    await call('impersonateClient', { params, body: { reason: 'Check the billing page' } });
    const users = await call('listClientUsers', { params });
    const user = users.body.items[0] as { id: string; name: string };
    const opened = await call('impersonateClientUser', {
      params: { ...params, user_id: user.id },
      body: { reason: 'See what the owner sees', duration_minutes: 15 },
    });
    const listed = await call('listClientImpersonationSessions', { params });
    expect(listed.body.total).toBe(before + 2);
    const [newest, previous] = listed.body.items;
    // The session an impersonate endpoint opens carries the id to end it by.
    expect(opened.body.id).toBe(newest.id);
    expect(newest).toMatchObject({
      user: { id: user.id, name: user.name },
      impersonator: { id: 'stf_admin' },
      reason: 'See what the owner sees',
    });
    expect(newest).not.toHaveProperty('token');
    expect(previous.user).toBeUndefined();
    await expectStatuses('listClientImpersonationSessions', { params }, [
      [{ query: 'limit=1' }, 200],
      [{ query: 'limit=500' }, 400],
      [FOR_UNKNOWN_CLIENT, 404],
    ]);

    const one = { params: { ...params, session_id: newest.id } };
    await expectStatuses('endClientImpersonationSession', one, [
      [AS_AUDITOR, 403],
      [{ params: { session_id: 'ims_unknown' } }, 404],
      [{}, 204],
      [{}, 404], // ended already
    ]);
    const after = await call('listClientImpersonationSessions', { params });
    expect(after.body.items.map((s: { id: string }) => s.id)).not.toContain(newest.id);
    expect((await securityLog(clientId))[0]).toMatchObject({
      action: 'client.impersonation_ended',
      parameters: { session_id: newest.id, user_id: user.id },
    });

    await expectStatuses('endClientImpersonationSessions', { params }, [
      [AS_AUDITOR, 403],
      [FOR_UNKNOWN_CLIENT, 404],
    ]);
    const ended = await call('endClientImpersonationSessions', { params });
    expect(ended.body.ended).toBe(before + 1);
    expect((await call('listClientImpersonationSessions', { params })).body.total).toBe(0);
    expect((await call('endClientImpersonationSessions', { params })).body.ended).toBe(0);
  });
});
