/**
 * Contract test for the units ledger (balance, levels, entries, debits and credits,
 * reversals, offers): every response must validate against specs/openapi.yaml. The shared
 * setup and the coverage rule are in support.ts.
 */
import { describe, expect, it } from 'vitest';
import { TOKENS } from '../../src/index.ts';
import {
  AS_AUDITOR,
  FOR_UNKNOWN_CLIENT,
  idempotencyKey,
  ifMatch,
  malformedBody,
  type StatusCase,
  useContract,
  WITHOUT_HEADERS,
} from './support.ts';

const { call, expectStatuses, closedId, firstClients, store } = useContract('units');

describe('contract: units', () => {
  it('units: balance, levels, entries, debits and credits, reversals, offers', async () => {
    const record = store.clients.find(
      (r) => r.instances.length > 0 && r.client.status === 'active',
    )!;
    const id = record.client.id;
    const balance = await call('getClientUnitBalance', { params: { client_id: id } });
    const etag = balance.headers.get('etag')!;
    await expectStatuses('getClientUnitBalance', {}, [[FOR_UNKNOWN_CLIENT, 404]]);
    const levels = { params: { client_id: id }, body: { warn_level: '300' }, ...ifMatch(etag) };
    await expectStatuses('updateClientUnitBalance', levels, [
      [{ ...WITHOUT_HEADERS, body: { warn_level: '200' } }, 428],
      [{ ...ifMatch('"u0"'), body: { warn_level: '200' } }, 412],
      [{ body: { warn_level: '-99999' } }, 422],
      [{ body: { cutoff: '-99999', warn_level: '10' } }, 422],
      [{ body: { warn_level: 200 } }, 422],
      [malformedBody(), 400],
      [AS_AUDITOR, 403],
      [FOR_UNKNOWN_CLIENT, 404],
      [{ body: { warn_level: '300', cutoff: '0' } }, 200],
    ]);

    for (const query of [
      '',
      'kind=debit',
      'kind=credit&kind=offer',
      'kind=reversal',
      'limit=200',
    ]) {
      await call('listClientUnitEntries', { params: { client_id: id }, query });
    }
    await expectStatuses('listClientUnitEntries', { params: { client_id: id } }, [
      [{ query: 'kind=gift' }, 400],
      [FOR_UNKNOWN_CLIENT, 404],
    ]);

    const credit = {
      kind: 'credit',
      amount: '250',
      description: 'Goodwill credit for the March outage',
    };
    const entry = { params: { client_id: id }, body: credit };
    const [created] = await expectStatuses('createClientUnitEntry', entry, [
      [idempotencyKey('ue-1'), 201],
    ]);
    expect(
      (await call('createClientUnitEntry', { ...entry, ...idempotencyKey('ue-1') })).headers.get(
        'idempotent-replayed',
      ),
    ).toBe('true');
    const ledger = store.detailsOf(record).units.balance;
    const toCutoff = (Number(ledger.balance) - Number(ledger.cutoff) + 1).toFixed(2);
    const closed = closedId();
    await expectStatuses('createClientUnitEntry', entry, [
      [{ body: { ...credit, amount: '251' }, ...idempotencyKey('ue-1') }, 422], // the key reused
      [{ body: { ...credit, amount: '0' } }, 422],
      [{ body: { ...credit, amount: 5 } }, 422],
      [malformedBody('x'), 400],
      [AS_AUDITOR, 403],
      [FOR_UNKNOWN_CLIENT, 404],
      [{ body: { kind: 'debit', amount: toCutoff, description: 'Backup usage' } }, 422], // below cutoff
      [
        {
          body: {
            kind: 'debit',
            amount: '99999999',
            description: 'Too much',
            allow_below_cutoff: true,
          },
        },
        422, // below the credit limit, always
      ],
      [{ params: { client_id: closed } }, 409],
    ]);

    const reversal = {
      params: { client_id: id, entry_id: created!.body.id as string },
      body: { reason: 'Credit applied to the wrong client.' },
    };
    await expectStatuses('reverseClientUnitEntry', reversal, [
      [idempotencyKey('rev-1'), 201],
      [idempotencyKey('rev-1'), 201], // replayed
      [{}, 409], // reversed already
      [{ body: {} }, 422],
      [malformedBody(), 400],
      [{ params: { entry_id: 'ue_missing' } }, 404],
      [AS_AUDITOR, 403],
    ]);

    await expectStatuses(
      'applyClientUnitOffer',
      { params: { client_id: id } },
      store.catalog.unitOffers.map(
        (offer): StatusCase => [{ params: { offer_id: offer.id } }, 201],
      ),
    );
    await expectStatuses(
      'applyClientUnitOffer',
      { params: { client_id: id, offer_id: 'off_trial_100' } },
      [
        [{ params: { offer_id: 'off_starter_1000' }, ...idempotencyKey('offer-1') }, 201],
        [{ params: { offer_id: 'off_starter_1000' }, ...idempotencyKey('offer-1') }, 201], // replayed
        [idempotencyKey('offer-1'), 422], // the key reused for another offer
        [{ params: { offer_id: 'off_nope' } }, 404],
        [{ params: { client_id: closed } }, 409],
        [AS_AUDITOR, 403],
      ],
    );
    await call('listClientInvoices', { params: { client_id: id } });
    for (const params of firstClients()) {
      await call('getClientUnitBalance', { params });
      await call('listClientUnitEntries', { params, query: 'limit=200' });
    }
  });
});

describe('contract: units (limits, filters, links)', () => {
  it('credit limit and credit-customer flag, entry filters and sort, offer invoices', async () => {
    const record = store.clients.find(
      (r) => r.client.status === 'active' && r.client.payment_mode === 'prepaid',
    )!;
    const id = record.client.id;
    const params = { client_id: id };
    const read = await call('getClientUnitBalance', { params });
    expect(read.body.credit_customer).toBe(false);
    const etag = read.headers.get('etag')!;
    const results = await expectStatuses('updateClientUnitBalance', { params, ...ifMatch(etag) }, [
      [{ body: { cutoff: '-10' } }, 422], // below 0 for a client who is not a credit customer
      [{ body: { credit_limit: '-5' } }, 422],
      [{ body: { credit_limit: '5.12345' } }, 422], // past the ledger's scale
      [{ body: { credit_customer: 'yes' } }, 422],
      [{ body: { credit_customer: true, credit_limit: '750', cutoff: '-100' } }, 200],
    ]);
    expect(results.at(-1)!.body).toMatchObject({
      credit_customer: true,
      credit_limit: '750',
      cutoff: '-100',
    });

    const debit = (amount: string, extra: object = {}) => ({
      body: { kind: 'debit', amount, description: 'Manual usage correction', ...extra },
    });
    const balance = store.detailsOf(record).units.balance.balance;
    const toBelowCutoff = (Number(balance) + 100 + 1).toFixed(2);
    await expectStatuses('createClientUnitEntry', { params }, [
      [debit('1.00001'), 422], // past the ledger's scale
      [{ ...debit(toBelowCutoff, { allow_below_cutoff: true }), token: TOKENS.billing }, 403],
      [{ ...debit(toBelowCutoff), token: TOKENS.billing }, 422],
      [debit(toBelowCutoff, { allow_below_cutoff: true }), 201],
    ]);

    const [applied] = await expectStatuses('applyClientUnitOffer', { params }, [
      [{ params: { client_id: id, offer_id: 'off_starter_1000' } }, 201],
    ]);
    const invoiceId = applied!.body.invoice_id as string;
    expect(invoiceId).toMatch(/^inv_/);
    const invoices = await call('listClientInvoices', { params });
    expect(invoices.body.items.map((i: { id: string }) => i.id)).toContain(invoiceId);

    const today = store.nowIso().slice(0, 10);
    const list = (query: string) => call('listClientUnitEntries', { params, query });
    const oldest = await list('sort=created_at&limit=1');
    const newest = await list('sort=-created_at&limit=1');
    expect(oldest.body.items[0].created_at <= newest.body.items[0].created_at).toBe(true);
    const found = await list(`search=${invoiceId}`);
    expect(found.body.items.map((e: { id: string }) => e.id)).toEqual([applied!.body.id]);
    const dated = await list(`created_after=${today}&created_before=${today}`);
    expect(dated.body.total).toBeGreaterThanOrEqual(2);
    for (const entry of dated.body.items) expect(entry.created_at.slice(0, 10)).toBe(today);
    expect((await list('created_after=2000-01-01&created_before=2000-01-02')).body.total).toBe(0);
    await expectStatuses('listClientUnitEntries', { params }, [
      [{ query: 'sort=amount' }, 400],
      [{ query: 'created_after=yesterday' }, 400],
      [{ query: 'search=' }, 400],
    ]);
  });
});
