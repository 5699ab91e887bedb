/**
 * Contract test for the units ledger (balance, levels, entries, debits and credits,
 * reversals, offers): every response must validate against specs/openapi.yaml. The shared
 * setup and the coverage rule are in support.ts.
 */
import { describe, expect, it } from 'vitest';
import { TOKENS } from '../../src/index.ts';
import { UNKNOWN_CLIENT, useContract } from './support.ts';

const { call, clientWith, store } = useContract('units');

describe('contract: units', () => {
  it('units: balance, levels, entries, debits and credits, reversals, offers', async () => {
    const record = store.clients.find(
      (r) => r.instances.length > 0 && r.client.status === 'active',
    )!;
    const id = record.client.id;
    const balance = await call('getClientUnitBalance', { params: { client_id: id } });
    let etag = balance.headers.get('etag')!;
    expect(
      (await call('getClientUnitBalance', { params: { client_id: UNKNOWN_CLIENT } })).status,
    ).toBe(404);
    expect(
      (
        await call('updateClientUnitBalance', {
          params: { client_id: id },
          body: { warn_level: '200' },
        })
      ).status,
    ).toBe(428);
    expect(
      (
        await call('updateClientUnitBalance', {
          params: { client_id: id },
          body: { warn_level: '200' },
          headers: { 'If-Match': '"u0"' },
        })
      ).status,
    ).toBe(412);
    expect(
      (
        await call('updateClientUnitBalance', {
          params: { client_id: id },
          body: { warn_level: '-99999' },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('updateClientUnitBalance', {
          params: { client_id: id },
          body: { cutoff: '-99999', warn_level: '10' },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('updateClientUnitBalance', {
          params: { client_id: id },
          body: { warn_level: 200 },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('updateClientUnitBalance', {
          params: { client_id: id },
          body: '{',
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call('updateClientUnitBalance', {
          params: { client_id: id },
          body: { warn_level: '300' },
          headers: { 'If-Match': etag },
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call('updateClientUnitBalance', {
          params: { client_id: UNKNOWN_CLIENT },
          body: { warn_level: '300' },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(404);
    const levels = await call('updateClientUnitBalance', {
      params: { client_id: id },
      body: { warn_level: '300', cutoff: '0' },
      headers: { 'If-Match': etag },
    });
    expect(levels.status).toBe(200);
    etag = levels.headers.get('etag')!;

    for (const query of [
      '',
      'kind=debit',
      'kind=credit&kind=offer',
      'kind=reversal',
      'limit=200',
    ]) {
      await call('listClientUnitEntries', { params: { client_id: id }, query });
    }
    expect(
      (await call('listClientUnitEntries', { params: { client_id: id }, query: 'kind=gift' }))
        .status,
    ).toBe(400);
    expect(
      (await call('listClientUnitEntries', { params: { client_id: UNKNOWN_CLIENT } })).status,
    ).toBe(404);

    const credit = {
      kind: 'credit',
      amount: '250',
      description: 'Goodwill credit for the March outage',
    };
    const created = await call('createClientUnitEntry', {
      params: { client_id: id },
      body: credit,
      headers: { 'Idempotency-Key': 'ue-1' },
    });
    expect(created.status).toBe(201);
    expect(
      (
        await call('createClientUnitEntry', {
          params: { client_id: id },
          body: credit,
          headers: { 'Idempotency-Key': 'ue-1' },
        })
      ).headers.get('idempotent-replayed'),
    ).toBe('true');
    expect(
      (
        await call('createClientUnitEntry', {
          params: { client_id: id },
          body: { ...credit, amount: '251' },
          headers: { 'Idempotency-Key': 'ue-1' },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('createClientUnitEntry', {
          params: { client_id: id },
          body: { ...credit, amount: '0' },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('createClientUnitEntry', {
          params: { client_id: id },
          body: { ...credit, amount: 5 },
        })
      ).status,
    ).toBe(422);
    expect(
      (await call('createClientUnitEntry', { params: { client_id: id }, body: 'x' })).status,
    ).toBe(400);
    expect(
      (
        await call('createClientUnitEntry', {
          params: { client_id: id },
          body: credit,
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    expect(
      (await call('createClientUnitEntry', { params: { client_id: UNKNOWN_CLIENT }, body: credit }))
        .status,
    ).toBe(404);
    const ledger = store.detailsOf(record).units.balance;
    const toCutoff = (Number(ledger.balance) - Number(ledger.cutoff) + 1).toFixed(2);
    expect(
      (
        await call('createClientUnitEntry', {
          params: { client_id: id },
          body: { kind: 'debit', amount: toCutoff, description: 'Backup usage' },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('createClientUnitEntry', {
          params: { client_id: id },
          body: {
            kind: 'debit',
            amount: '99999999',
            description: 'Too much',
            allow_below_cutoff: true,
          },
        })
      ).status,
    ).toBe(422);
    const closed = clientWith((r) => r.client.status === 'closed');
    expect(
      (await call('createClientUnitEntry', { params: { client_id: closed }, body: credit })).status,
    ).toBe(409);

    const entryId = created.body.id as string;
    const reverse = { reason: 'Credit applied to the wrong client.' };
    expect(
      (
        await call('reverseClientUnitEntry', {
          params: { client_id: id, entry_id: entryId },
          body: reverse,
          headers: { 'Idempotency-Key': 'rev-1' },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call('reverseClientUnitEntry', {
          params: { client_id: id, entry_id: entryId },
          body: reverse,
          headers: { 'Idempotency-Key': 'rev-1' },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call('reverseClientUnitEntry', {
          params: { client_id: id, entry_id: entryId },
          body: reverse,
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await call('reverseClientUnitEntry', {
          params: { client_id: id, entry_id: entryId },
          body: {},
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('reverseClientUnitEntry', {
          params: { client_id: id, entry_id: entryId },
          body: '{',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call('reverseClientUnitEntry', {
          params: { client_id: id, entry_id: 'ue_missing' },
          body: reverse,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call('reverseClientUnitEntry', {
          params: { client_id: id, entry_id: entryId },
          body: reverse,
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);

    for (const offer of store.catalog.unitOffers) {
      expect(
        (await call('applyClientUnitOffer', { params: { client_id: id, offer_id: offer.id } }))
          .status,
      ).toBe(201);
    }
    expect(
      (
        await call('applyClientUnitOffer', {
          params: { client_id: id, offer_id: 'off_starter_1000' },
          headers: { 'Idempotency-Key': 'offer-1' },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call('applyClientUnitOffer', {
          params: { client_id: id, offer_id: 'off_starter_1000' },
          headers: { 'Idempotency-Key': 'offer-1' },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call('applyClientUnitOffer', {
          params: { client_id: id, offer_id: 'off_trial_100' },
          headers: { 'Idempotency-Key': 'offer-1' },
        })
      ).status,
    ).toBe(422);
    expect(
      (await call('applyClientUnitOffer', { params: { client_id: id, offer_id: 'off_nope' } }))
        .status,
    ).toBe(404);
    expect(
      (
        await call('applyClientUnitOffer', {
          params: { client_id: closed, offer_id: 'off_trial_100' },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await call('applyClientUnitOffer', {
          params: { client_id: id, offer_id: 'off_trial_100' },
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    await call('listClientInvoices', { params: { client_id: id } });
    for (const r of store.clients.slice(0, 25)) {
      await call('getClientUnitBalance', { params: { client_id: r.client.id } });
      await call('listClientUnitEntries', {
        params: { client_id: r.client.id },
        query: 'limit=200',
      });
    }
  });
});
