import { describe, expect, it } from 'vitest';
import { REFERENCE_TIME } from '../../src/data/model.ts';
import { TOKENS } from '../../src/index.ts';
import { api, useMockServer } from '../helpers.ts';

let now = REFERENCE_TIME + 60_000;
const { backend } = useMockServer({ size: 120, seed: 5, now: () => new Date(now) });
const { store } = backend;

const withStatus = (status: string) =>
  store.clients.find((r) => r.client.status === status)!.client.id;

const NEW_CLIENT = {
  first_name: 'Ana',
  last_name: 'Popescu',
  email: 'ana@nimbuslabs.example',
  country: 'RO',
  currency: 'EUR',
};

describe('client create and update', () => {
  it('creates a client with defaults, an ETag and an activity entry', async () => {
    const created = await api('/clients', {
      method: 'POST',
      body: { ...NEW_CLIENT, company: 'Nimbus Labs SRL' },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"c1"');
    expect(created.body).toMatchObject({
      status: 'inactive',
      company: 'Nimbus Labs SRL',
      group: { id: 'grp_default' },
      configuration: { id: 'cfg_default' },
      type: 'individual',
      payment_mode: 'prepaid',
      credit: { amount: '0.00', currency: 'EUR' },
      services_count: 0,
    });
    expect(created.body.id).toMatch(/^cl_[0-9a-f]{16}$/);
    const listed = await api(`/clients?search=${encodeURIComponent('nimbuslabs.example')}`);
    expect(listed.body.items.map((c: { id: string }) => c.id)).toContain(created.body.id);
    const activity = await api(`/clients/${created.body.id}/activity`);
    expect(activity.body.items[0]).toMatchObject({
      action: 'client.created',
      actor: { id: 'stf_admin', type: 'staff' },
    });
  });

  it('answers 422 with every field error, and 409 for an email in use', async () => {
    const invalid = await api('/clients', {
      method: 'POST',
      body: {
        first_name: '',
        email: 'not-an-email',
        country: 'Romania',
        currency: 'EUR',
        colour: 'blue',
        group_id: 'grp_nope',
      },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.type).toBe('https://clientele.dev/problems/validation');
    const fields = invalid.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['colour', 'country', 'email', 'first_name', 'last_name']);
    const unknownRef = await api('/clients', {
      method: 'POST',
      body: { ...NEW_CLIENT, group_id: 'grp_nope', currency: 'XYZ' },
    });
    expect(unknownRef.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'currency',
      'group_id',
    ]);
    const taken = store.clients[3]!.client.email;
    expect(
      (
        await api('/clients', {
          method: 'POST',
          body: { ...NEW_CLIENT, email: taken.toUpperCase() },
        })
      ).status,
    ).toBe(409);
  });

  it('replays a create for the same Idempotency-Key and body, and refuses another body', async () => {
    const headers = { 'Idempotency-Key': 'create-ana' };
    const first = await api('/clients', { method: 'POST', body: NEW_CLIENT, headers });
    // The same body with its keys in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(NEW_CLIENT).reverse());
    const again = await api('/clients', { method: 'POST', body: reordered, headers });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(store.clients.filter((r) => r.client.email === NEW_CLIENT.email)).toHaveLength(1);
    const other = await api('/clients', {
      method: 'POST',
      body: { ...NEW_CLIENT, last_name: 'Ionescu' },
      headers,
    });
    expect(other.status).toBe(422);
    expect(other.body.type).toBe('https://clientele.dev/problems/idempotency-key-reused');
  });

  it('updates with If-Match: 428 without it, 412 when stale, a new ETag after', async () => {
    const id = store.clients[0]!.client.id;
    const read = await api(`/clients/${id}`);
    const etag = read.headers.get('etag')!;
    const missing = await api(`/clients/${id}`, { method: 'PATCH', body: { phone: null } });
    expect(missing.status).toBe(428);
    expect(missing.body.type).toBe('https://clientele.dev/problems/precondition-required');
    const updated = await api(`/clients/${id}`, {
      method: 'PATCH',
      body: {
        phone: null,
        company: 'Renamed Ltd',
        group_id: null,
        configuration_id: 'cfg_reseller',
      },
      headers: { 'If-Match': etag },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      phone: null,
      company: 'Renamed Ltd',
      group: null,
      configuration: { id: 'cfg_reseller', name: 'Reseller' },
    });
    expect(updated.headers.get('etag')).not.toBe(etag);
    const stale = await api(`/clients/${id}`, {
      method: 'PATCH',
      body: { notes: 'x' },
      headers: { 'If-Match': etag },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.type).toBe('https://clientele.dev/problems/precondition-failed');
    expect(
      (
        await api(`/clients/${id}`, {
          method: 'PATCH',
          body: { notes: 'x' },
          headers: { 'If-Match': '*' },
        })
      ).status,
    ).toBe(200);
    expect((await api(`/clients?search=renamed`)).body.items[0].id).toBe(id);
    const empty = await api(`/clients/${id}`, {
      method: 'PATCH',
      body: {},
      headers: { 'If-Match': '*' },
    });
    expect(empty.status).toBe(422);
  });

  it('answers 404 problems for unknown clients', async () => {
    const missing = await api('/clients/cl_ffffffffffffffff');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      type: 'https://clientele.dev/problems/not-found',
      status: 404,
      instance: '/api/clients/cl_ffffffffffffffff',
    });
    expect(missing.body.request_id).toBe(missing.headers.get('x-request-id'));
  });
});

describe('status transitions', () => {
  it('suspend answers suspending, and the next read shows suspended', async () => {
    const id = withStatus('active');
    const suspended = await api(`/clients/${id}/suspend`, {
      method: 'POST',
      body: { reason: 'fraud', note: 'Chargebacks' },
    });
    expect(suspended.body).toMatchObject({ status: 'suspending', status_reason: 'fraud' });
    expect((await api(`/clients/${id}`)).body.status).toBe('suspended');
    const resumed = await api(`/clients/${id}/resume`, { method: 'POST' });
    expect(resumed.body).toMatchObject({ status: 'active', status_reason: null });
  });

  it('completes suspending after a short tick even without reading the client', async () => {
    const id = withStatus('inactive');
    await api(`/clients/${id}/suspend`, { method: 'POST', body: { reason: 'staff' } });
    expect(store.clients.find((r) => r.client.id === id)!.client.status).toBe('suspending');
    now += store.suspendDelayMs;
    await api('/me');
    expect(store.clients.find((r) => r.client.id === id)!.client.status).toBe('suspended');
  });

  it('refuses transitions from the wrong status with 409 invalid-transition', async () => {
    const closed = withStatus('closed');
    const refused = await api(`/clients/${closed}/suspend`, {
      method: 'POST',
      body: { reason: 'staff' },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.type).toBe('https://clientele.dev/problems/invalid-transition');
    expect((await api(`/clients/${withStatus('active')}/resume`, { method: 'POST' })).status).toBe(
      409,
    );
    expect((await api(`/clients/${withStatus('active')}/approve`, { method: 'POST' })).status).toBe(
      409,
    );
  });

  it('approves a pending client', async () => {
    const id = withStatus('pending_approval');
    const approved = await api(`/clients/${id}/approve`, { method: 'POST' });
    expect(approved.body.status).toBe('active');
    expect(
      (await api(`/clients?status=pending_approval`)).body.items.map((c: { id: string }) => c.id),
    ).not.toContain(id);
  });

  it('delete moves to deleting (202), later closed; a second delete is 409', async () => {
    const id = withStatus('active');
    const etag = (await api(`/clients/${id}`)).headers.get('etag')!;
    const deleted = await api(`/clients/${id}`, {
      method: 'DELETE',
      headers: { 'If-Match': etag },
    });
    expect(deleted.status).toBe(202);
    expect(deleted.body.status).toBe('deleting');
    expect((await api(`/clients/${id}`)).body.status).toBe('deleting');
    expect((await api(`/clients/${id}`, { method: 'DELETE' })).status).toBe(409);
    now += store.deleteDelayMs;
    expect((await api(`/clients/${id}`)).body.status).toBe('closed');
  });
});

describe('impersonation, similar clients, email', () => {
  it('impersonation needs a reason, returns a session and records who impersonated', async () => {
    const id = withStatus('active');
    const noReason = await api(`/clients/${id}/impersonate`, {
      method: 'POST',
      body: { reason: '  ' },
    });
    expect(noReason.status).toBe(422);
    const session = await api(`/clients/${id}/impersonate`, {
      method: 'POST',
      body: { reason: 'Reproduce ticket T-100001', duration_minutes: 45 },
    });
    expect(session.status).toBe(201);
    expect(session.body).toMatchObject({
      client_id: id,
      impersonator: { id: 'stf_admin', name: 'Alex Admin' },
      reason: 'Reproduce ticket T-100001',
    });
    expect(session.body.url).toContain(session.body.token);
    expect(Date.parse(session.body.expires_at) - Math.floor(now / 1000) * 1000).toBe(45 * 60_000);
    const log = await api(`/clients/${id}/activity?category=security`);
    expect(log.body.items[0]).toMatchObject({
      action: 'client.impersonation_started',
      impersonator: { id: 'stf_admin' },
      parameters: { reason: 'Reproduce ticket T-100001', duration_minutes: '45' },
    });
    expect(
      (
        await api(`/clients/${id}/impersonate`, {
          method: 'POST',
          body: { reason: 'Look', duration_minutes: 1 },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await api(`/clients/${withStatus('pending_approval')}/impersonate`, {
          method: 'POST',
          body: { reason: 'Look around' },
        })
      ).status,
    ).toBe(409);
  });

  it('create similar copies group, configuration, currency, country, payment mode and language', async () => {
    const source = store.clients.find(
      (r) => r.client.group && r.client.payment_mode === 'postpaid',
    )!.client;
    const similar = await api(`/clients/${source.id}/create-similar`, {
      method: 'POST',
      body: {
        first_name: 'Mihai',
        last_name: 'Ionescu',
        email: 'mihai@copy.example',
        company: 'Copy SRL',
      },
    });
    expect(similar.status).toBe(201);
    expect(similar.body).toMatchObject({
      first_name: 'Mihai',
      company: 'Copy SRL',
      group: source.group,
      configuration: source.configuration,
      currency: source.currency,
      country: source.country,
      payment_mode: source.payment_mode,
      language: source.language,
      status: 'inactive',
    });
    expect(similar.body.id).not.toBe(source.id);
  });

  it('emails a client (202 receipt)', async () => {
    const client = store.clients[1]!.client;
    const sent = await api(`/clients/${client.id}/email`, {
      method: 'POST',
      body: { subject: 'Maintenance', body: 'Hello' },
    });
    expect(sent.status).toBe(202);
    expect(sent.body.to).toBe(client.email);
    expect(sent.body.id).toMatch(/^em_/);
  });
});

describe('authorization', () => {
  it('answers 401 without a token or with an unknown one', async () => {
    for (const token of [null, 'stolen-token']) {
      const result = await api('/clients', { token });
      expect(result.status).toBe(401);
      expect(result.contentType).toBe('application/problem+json');
      expect(result.body).toMatchObject({
        type: 'https://clientele.dev/problems/unauthorized',
        status: 401,
      });
    }
    expect(
      (await api('/me', { headers: { Authorization: 'Basic abc' }, token: null })).status,
    ).toBe(401);
  });

  it('lets the auditor read but answers 403 to every change, naming the permission', async () => {
    const id = withStatus('active');
    expect((await api('/me', { token: TOKENS.auditor })).body.permissions).toEqual([
      'clients.read',
      'tickets.read',
    ]);
    expect((await api(`/clients/${id}`, { token: TOKENS.auditor })).status).toBe(200);
    expect((await api('/tickets', { token: TOKENS.auditor })).status).toBe(200);
    const attempts: [string, string, unknown][] = [
      ['POST', '/clients', NEW_CLIENT],
      ['PATCH', `/clients/${id}`, { notes: 'x' }],
      ['DELETE', `/clients/${id}`, undefined],
      ['POST', `/clients/${id}/suspend`, { reason: 'staff' }],
      ['POST', `/clients/${id}/approve`, undefined],
      ['POST', `/clients/${id}/impersonate`, { reason: 'Look around' }],
      ['POST', `/clients/${id}/email`, { subject: 'a', body: 'b' }],
      ['POST', `/clients/${id}/invoices`, { due_at: '2027-01-01', lines: [] }],
      ['PUT', `/clients/${id}/quotas`, { limits: {} }],
      ['POST', `/clients/${id}/units/entries`, {}],
      ['POST', '/tickets', {}],
      ['POST', `/clients/${id}/domains`, {}],
    ];
    for (const [method, path, body] of attempts) {
      const result = await api(path, { method, body, token: TOKENS.auditor });
      expect(result.status, `${method} ${path}`).toBe(403);
      expect(result.body.detail).toMatch(/requires the permission `[a-z.]+`/);
    }
    expect(store.clients.find((r) => r.client.id === id)!.client.status).toBe('active');
  });
});
