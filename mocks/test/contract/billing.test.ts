/**
 * Contract test for invoices and the credit journal: every response must validate against
 * specs/openapi.yaml. The shared setup and the coverage rule are in support.ts.
 */
import { describe, expect, it } from 'vitest';
import { INVOICE_SORTS, INVOICE_STATUSES } from '../../src/handlers/billing.ts';
import { TOKENS } from '../../src/index.ts';
import { UNKNOWN_CLIENT, useContract } from './support.ts';

const { call, clientWith, activeId, store } = useContract('billing');

describe('contract: billing', () => {
  it('invoices and journal', async () => {
    const id = activeId();
    for (const sort of INVOICE_SORTS)
      await call('listClientInvoices', { params: { client_id: id }, query: `sort=${sort}` });
    for (const status of INVOICE_STATUSES)
      await call('listClientInvoices', { params: { client_id: id }, query: `status=${status}` });
    expect(
      (await call('listClientInvoices', { params: { client_id: id }, query: 'status=late' }))
        .status,
    ).toBe(400);
    expect(
      (await call('listClientInvoices', { params: { client_id: UNKNOWN_CLIENT } })).status,
    ).toBe(404);
    const invoice = {
      due_at: '2027-01-15',
      lines: [
        { description: 'Migration assistance (3 hours)', quantity: '3', unit_price: '40.00' },
        { description: 'Discount', quantity: '1', unit_price: '-10.00' },
      ],
    };
    expect(
      (
        await call('createClientInvoice', {
          params: { client_id: id },
          body: invoice,
          headers: { 'Idempotency-Key': 'inv-1' },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call('createClientInvoice', {
          params: { client_id: id },
          body: invoice,
          headers: { 'Idempotency-Key': 'inv-1' },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call('createClientInvoice', {
          params: { client_id: id },
          body: { due_at: 'soon', lines: [] },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('createClientInvoice', {
          params: { client_id: id },
          body: {
            due_at: '2027-01-15',
            lines: [{ description: 'x', quantity: 3, unit_price: '1' }],
          },
        })
      ).status,
    ).toBe(422);
    expect(
      (await call('createClientInvoice', { params: { client_id: id }, body: 'nope' })).status,
    ).toBe(400);
    expect(
      (
        await call('createClientInvoice', {
          params: { client_id: id },
          body: invoice,
          token: TOKENS.auditor,
        })
      ).status,
    ).toBe(403);
    expect(
      (await call('createClientInvoice', { params: { client_id: UNKNOWN_CLIENT }, body: invoice }))
        .status,
    ).toBe(404);
    const closed = clientWith((r) => r.client.status === 'closed');
    expect(
      (await call('createClientInvoice', { params: { client_id: closed }, body: invoice })).status,
    ).toBe(409);
    for (const record of store.clients.slice(0, 25)) {
      await call('listClientInvoices', {
        params: { client_id: record.client.id },
        query: 'limit=200',
      });
      await call('listClientJournal', {
        params: { client_id: record.client.id },
        query: 'limit=200',
      });
    }
    expect(
      (await call('listClientJournal', { params: { client_id: UNKNOWN_CLIENT } })).status,
    ).toBe(404);
    expect(
      (await call('listClientJournal', { params: { client_id: id }, query: 'limit=-1' })).status,
    ).toBe(400);
  });
});
