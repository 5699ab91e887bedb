import { describe, expect, it } from 'vitest';
import { add, compare } from '../../src/decimal.ts';
import type { Quota, UnitEntry } from '../../src/types.ts';
import { api, useMockServer } from '../helpers.ts';

const { backend } = useMockServer({ size: 120, seed: 21 });
const { store } = backend;

const cloudClient = () =>
  store.clients.find((r) => r.instances.length >= 2 && r.client.status === 'active')!;

describe('quotas', () => {
  it('refuses limits below in use + reserved (422 below-usage, one error per resource) unless forced', async () => {
    const id = cloudClient().client.id;
    const path = `/clients/${id}/quotas`;
    const read = await api(path);
    const byResource = new Map<string, Quota>(read.body.items.map((q: Quota) => [q.resource, q]));
    expect(byResource.size).toBe(14);
    const instances = byResource.get('instances')!;
    expect(instances.in_use).toBe(cloudClient().instances.length);

    const refused = await api(path, {
      method: 'PUT',
      body: { limits: { instances: 0, vcpus: 0, floating_ips: null } },
      headers: { 'If-Match': read.headers.get('etag')! },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.type).toBe('https://clientele.dev/problems/below-usage');
    expect(refused.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'limits.instances',
      'limits.vcpus',
    ]);
    expect((await api(path)).body).toEqual(read.body);

    const forced = await api(path, {
      method: 'PUT',
      body: { limits: { instances: 0, floating_ips: null }, force: true },
      headers: { 'If-Match': read.headers.get('etag')! },
    });
    expect(forced.status).toBe(200);
    const after = new Map<string, Quota>(forced.body.items.map((q: Quota) => [q.resource, q]));
    expect(after.get('instances')!.limit).toBe(0);
    expect(after.get('floating_ips')!.limit).toBeNull();
    expect(after.get('vcpus')!.limit).toBe(byResource.get('vcpus')!.limit);
    expect(forced.headers.get('etag')).not.toBe(read.headers.get('etag'));

    const stale = await api(path, {
      method: 'PUT',
      body: { limits: { images: 9 } },
      headers: { 'If-Match': read.headers.get('etag')! },
    });
    expect(stale.status).toBe(412);

    const reset = await api(path, { method: 'DELETE' });
    expect(reset.status).toBe(200);
    expect(reset.body.items.every((q: Quota) => q.limit === q.default_limit)).toBe(true);
  });

  it('validates limits (integers >= 0 or null, known resources, at least one)', async () => {
    const id = cloudClient().client.id;
    const headers = { 'If-Match': '*' };
    const path = `/clients/${id}/quotas`;
    const bad = await api(path, {
      method: 'PUT',
      body: { limits: { vcpus: -1, ram_mib: 1.5, lasers: 3 } },
      headers,
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'limits.lasers',
      'limits.ram_mib',
      'limits.vcpus',
    ]);
    expect((await api(path, { method: 'PUT', body: { limits: {} }, headers })).status).toBe(422);
    expect((await api(path, { method: 'PUT', body: { force: true }, headers })).status).toBe(422);
  });
});

describe('units', () => {
  async function balanceOf(id: string) {
    const read = await api(`/clients/${id}/units/balance`);
    return { balance: read.body, etag: read.headers.get('etag')! };
  }

  it('lists entries newest first with a consistent balance_after, and filters by kind', async () => {
    const id = cloudClient().client.id;
    const { balance } = await balanceOf(id);
    const entries: UnitEntry[] = (await api(`/clients/${id}/units/entries?limit=200`)).body.items;
    expect(entries[0]!.balance_after).toBe(balance.balance);
    for (let i = 0; i < entries.length - 1; i++) {
      expect(
        compare(entries[i]!.balance_after, add(entries[i + 1]!.balance_after, entries[i]!.amount)),
      ).toBe(0);
      expect(entries[i]!.created_at >= entries[i + 1]!.created_at).toBe(true);
    }
    const debits: UnitEntry[] = (await api(`/clients/${id}/units/entries?kind=debit&limit=200`))
      .body.items;
    expect(debits.length).toBeGreaterThan(0);
    expect(
      debits.every(
        (e) => e.kind === 'debit' && e.amount.startsWith('-') && e.period_start !== null,
      ),
    ).toBe(true);
  });

  /** Credits enough that the balance is comfortably above zero and the cutoff. */
  async function topUp(id: string) {
    const { balance } = await balanceOf(id);
    const amount = add(add(balance.credit_limit, balance.warn_level), '100');
    await api(`/clients/${id}/units/entries`, {
      method: 'POST',
      body: { kind: 'credit', amount, description: 'Top-up' },
    });
    return (await balanceOf(id)).balance;
  }

  it('credits and debits exactly, with the actor, and moves the balance', async () => {
    const id = cloudClient().client.id;
    const balance = await topUp(id);
    const credit = await api(`/clients/${id}/units/entries`, {
      method: 'POST',
      body: { kind: 'credit', amount: '0.1', description: 'Goodwill' },
    });
    expect(credit.status).toBe(201);
    expect(credit.body).toMatchObject({
      kind: 'credit',
      amount: '0.1',
      actor: { id: 'stf_admin', name: 'Alex Admin' },
      impersonator: null,
    });
    expect(credit.body.balance_after).toBe(add(balance.balance, '0.1'));
    const debit = await api(`/clients/${id}/units/entries`, {
      method: 'POST',
      body: { kind: 'debit', amount: '0.2', description: 'Correction' },
    });
    expect(debit.body.amount).toBe('-0.2');
    expect(compare(debit.body.balance_after, add(balance.balance, '-0.1'))).toBe(0);
    const after = await balanceOf(id);
    expect(after.balance.balance).toBe(debit.body.balance_after);
    expect((await api(`/clients/${id}/units/entries?limit=1`)).body.items[0].id).toBe(
      debit.body.id,
    );
  });

  it('refuses a debit below the cutoff unless allowed, and below -credit_limit always (never clamps)', async () => {
    const record = store.clients.find(
      (r) => r.client.payment_mode === 'postpaid' && r.client.status === 'active',
    )!;
    const id = record.client.id;
    // Known levels: cutoff 0, credit limit from the generator.
    const { etag } = await balanceOf(id);
    await api(`/clients/${id}/units/balance`, {
      method: 'PATCH',
      body: { cutoff: '0', warn_level: '50' },
      headers: { 'If-Match': etag },
    });
    const balance = await topUp(id);
    expect(compare(balance.balance, '0')).toBeGreaterThan(0);
    const toJustBelowCutoff = add(balance.balance, '0.01');
    const refused = await api(`/clients/${id}/units/entries`, {
      method: 'POST',
      body: { kind: 'debit', amount: toJustBelowCutoff, description: 'Usage' },
    });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      type: 'https://clientele.dev/problems/below-cutoff',
      errors: [{ field: 'amount', code: 'below_cutoff' }],
    });
    expect((await balanceOf(id)).balance.balance).toBe(balance.balance);

    const allowed = await api(`/clients/${id}/units/entries`, {
      method: 'POST',
      body: {
        kind: 'debit',
        amount: toJustBelowCutoff,
        description: 'Usage',
        allow_below_cutoff: true,
      },
    });
    expect(allowed.status).toBe(201);
    expect(allowed.body.balance_after).toBe('-0.01');
    const dipped = (await balanceOf(id)).balance;
    expect(dipped.out_of_credit_since).not.toBeNull();
    expect(dipped.warning_sent).toBe(true);

    const beyond = add(balance.credit_limit, '0.01');
    const insufficient = await api(`/clients/${id}/units/entries`, {
      method: 'POST',
      body: { kind: 'debit', amount: beyond, description: 'Too much', allow_below_cutoff: true },
    });
    expect(insufficient.status).toBe(422);
    expect(insufficient.body.type).toBe('https://clientele.dev/problems/insufficient-credit');
    expect((await balanceOf(id)).balance.balance).toBe('-0.01');
  });

  it('changes warn level and cutoff with If-Match, keeping warn >= cutoff >= -credit_limit', async () => {
    const id = cloudClient().client.id;
    const { balance, etag } = await balanceOf(id);
    const path = `/clients/${id}/units/balance`;
    expect((await api(path, { method: 'PATCH', body: { warn_level: '10' } })).status).toBe(428);
    const inverted = await api(path, {
      method: 'PATCH',
      body: { warn_level: '-5', cutoff: '0' },
      headers: { 'If-Match': etag },
    });
    expect(inverted.status).toBe(422);
    expect(inverted.body.errors[0].field).toBe('warn_level');
    const tooLow = await api(path, {
      method: 'PATCH',
      body: { cutoff: `-${add(balance.credit_limit, '1')}`, warn_level: '-99999' },
      headers: { 'If-Match': etag },
    });
    expect(tooLow.status).toBe(422);
    expect(tooLow.body.errors.map((e: { field: string }) => e.field)).toContain('cutoff');
    const ok = await api(path, {
      method: 'PATCH',
      body: { warn_level: '250.5' },
      headers: { 'If-Match': etag },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.warn_level).toBe('250.5');
    expect(
      (
        await api(path, {
          method: 'PATCH',
          body: { warn_level: '1' },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(412);
  });

  it('reverses an entry once with a linked reversal; a reversal cannot be reversed', async () => {
    const id = cloudClient().client.id;
    const credit = (
      await api(`/clients/${id}/units/entries`, {
        method: 'POST',
        body: { kind: 'credit', amount: '40', description: 'Wrong client' },
      })
    ).body;
    const reversal = await api(`/clients/${id}/units/entries/${credit.id}/reverse`, {
      method: 'POST',
      body: { reason: 'Applied to the wrong client' },
    });
    expect(reversal.status).toBe(201);
    expect(reversal.body).toMatchObject({
      kind: 'reversal',
      amount: '-40',
      reverses_entry_id: credit.id,
      description: 'Applied to the wrong client',
    });
    expect(compare(reversal.body.balance_after, add(credit.balance_after, '-40'))).toBe(0);
    const entries: UnitEntry[] = (await api(`/clients/${id}/units/entries?limit=5`)).body.items;
    expect(entries.find((e) => e.id === credit.id)!.reversed_by_entry_id).toBe(reversal.body.id);
    expect(
      (
        await api(`/clients/${id}/units/entries/${credit.id}/reverse`, {
          method: 'POST',
          body: { reason: 'Again' },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await api(`/clients/${id}/units/entries/${reversal.body.id}/reverse`, {
          method: 'POST',
          body: { reason: 'Undo' },
        })
      ).status,
    ).toBe(409);
  });

  it('applies an offer: an offer entry with its validity period, and an invoice for its price', async () => {
    const record = cloudClient();
    const id = record.client.id;
    const invoicesBefore = (await api(`/clients/${id}/invoices?limit=200`)).body.total;
    const applied = await api(`/clients/${id}/units/offers/off_starter_1000/apply`, {
      method: 'POST',
    });
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({
      kind: 'offer',
      amount: '1000',
      offer_id: 'off_starter_1000',
    });
    expect(Date.parse(applied.body.period_end) - Date.parse(applied.body.period_start)).toBe(
      365 * 86_400_000,
    );
    const invoices = (await api(`/clients/${id}/invoices?sort=-issued_at&status=unpaid&limit=200`))
      .body;
    expect((await api(`/clients/${id}/invoices?limit=200`)).body.total).toBe(invoicesBefore + 1);
    expect(
      invoices.items.some((i: { lines: { description: string }[] }) =>
        i.lines[0]!.description.startsWith('Starter pack'),
      ),
    ).toBe(true);
    // A free offer is credited but not invoiced.
    await api(`/clients/${id}/units/offers/off_trial_100/apply`, { method: 'POST' });
    expect((await api(`/clients/${id}/invoices?limit=200`)).body.total).toBe(invoicesBefore + 1);
    expect(
      (await api(`/clients/${id}/units/offers/off_nope/apply`, { method: 'POST' })).status,
    ).toBe(404);
  });

  it('replays a ledger entry for a repeated Idempotency-Key (no double credit)', async () => {
    const id = cloudClient().client.id;
    const headers = { 'Idempotency-Key': 'credit-once' };
    const body = { kind: 'credit', amount: '5', description: 'Once' };
    const first = await api(`/clients/${id}/units/entries`, { method: 'POST', body, headers });
    const second = await api(`/clients/${id}/units/entries`, { method: 'POST', body, headers });
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect((await balanceOf(id)).balance.balance).toBe(first.body.balance_after);
    // A refused request is not remembered: the same key may be retried after fixing it.
    const retryHeaders = { 'Idempotency-Key': 'debit-retry' };
    const huge = { kind: 'debit', amount: '999999999', description: 'Too big' };
    expect(
      (
        await api(`/clients/${id}/units/entries`, {
          method: 'POST',
          body: huge,
          headers: retryHeaders,
        })
      ).status,
    ).toBe(422);
    const fixed = await api(`/clients/${id}/units/entries`, {
      method: 'POST',
      body: { kind: 'credit', amount: '1', description: 'Fixed' },
      headers: retryHeaders,
    });
    expect(fixed.status).toBe(201);
  });
});
