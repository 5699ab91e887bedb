/**
 * Contract test for invoices and the credit journal: every response must validate against
 * specs/openapi.yaml. The shared setup and the coverage rule are in support.ts.
 */
import { describe, expect, it } from 'vitest';
import { INVOICE_SORTS, INVOICE_STATUSES } from '../../src/handlers/billing.ts';
import {
  AS_AUDITOR,
  FOR_UNKNOWN_CLIENT,
  idempotencyKey,
  malformedBody,
  useContract,
} from './support.ts';

const { call, expectStatuses, activeId, closedId, firstClients } = useContract('billing');

describe('contract: billing', () => {
  it('invoices and journal', async () => {
    const client = { params: { client_id: activeId() } };
    for (const sort of INVOICE_SORTS)
      await call('listClientInvoices', { ...client, query: `sort=${sort}` });
    for (const status of INVOICE_STATUSES)
      await call('listClientInvoices', { ...client, query: `status=${status}` });
    await expectStatuses('listClientInvoices', client, [
      [{ query: 'status=late' }, 400],
      [FOR_UNKNOWN_CLIENT, 404],
    ]);
    const invoice = {
      due_at: '2027-01-15',
      lines: [
        { description: 'Migration assistance (3 hours)', quantity: '3', unit_price: '40.00' },
        { description: 'Discount', quantity: '1', unit_price: '-10.00' },
      ],
    };
    await expectStatuses('createClientInvoice', { ...client, body: invoice }, [
      [idempotencyKey('inv-1'), 201],
      [idempotencyKey('inv-1'), 201], // replayed
      [{ body: { due_at: 'soon', lines: [] } }, 422],
      [
        {
          body: {
            due_at: '2027-01-15',
            lines: [{ description: 'x', quantity: 3, unit_price: '1' }],
          },
        },
        422,
      ],
      [malformedBody('nope'), 400],
      [AS_AUDITOR, 403],
      [FOR_UNKNOWN_CLIENT, 404],
      [{ params: { client_id: closedId() } }, 409],
    ]);
    // Each line's amount is rounded half away from zero to the currency's minor unit.
    const rounded = await call('createClientInvoice', {
      ...client,
      body: {
        due_at: '2027-01-15',
        lines: [
          { description: 'A fraction of an hour', quantity: '2.5', unit_price: '0.125' },
          { description: 'A fractional credit', quantity: '1', unit_price: '-0.125' },
        ],
      },
    });
    const lines = (rounded.body as { lines: { amount: { amount: string; currency: string } }[] })
      .lines;
    const digits = new Intl.NumberFormat('en', {
      style: 'currency',
      currency: lines[0]!.amount.currency,
    }).resolvedOptions().maximumFractionDigits;
    const expected =
      digits === 0 ? ['0', '0'] : digits === 3 ? ['0.313', '-0.125'] : ['0.31', '-0.13'];
    expect(lines.map((l) => l.amount.amount)).toEqual(expected);
    for (const params of firstClients()) {
      await call('listClientInvoices', { params, query: 'limit=200' });
      await call('listClientJournal', { params, query: 'limit=200' });
    }
    await expectStatuses('listClientJournal', client, [
      [FOR_UNKNOWN_CLIENT, 404],
      [{ query: 'limit=-1' }, 400],
    ]);
  });
});
