/** A client's invoices (list with status filter and sorts; create with exact totals) and journal. */

import { INVOICE_SORTS, INVOICE_STATUSES } from '@clientele/sdk/enums';
import { buildInvoice, clientTaxRate, documentNumber } from '../data/details/invoices.ts';
import { type ClientRecord, isoDate } from '../data/model.ts';
import { parseDecimal } from '../decimal.ts';
import { fieldError, problems } from '../problems.ts';
import {
  enumListParam,
  enumParam,
  pageRequest,
  paginate,
  parseSort,
  type SortKey,
  sortBy,
} from '../query.ts';
import type { MockStore } from '../store.ts';
import type { FieldError, Invoice } from '../types.ts';
import { checkObject, isPlainObject, validate } from '../validation.ts';
import { type OpenApiHttp, route } from './route.ts';

/**
 * A new unpaid invoice of the client in its currency and tax rate, numbered after its
 * last one (the caller adds it to the client's invoices).
 */
export function issueInvoice(
  store: MockStore,
  record: ClientRecord,
  input: {
    issuedMs: number;
    dueAt: string;
    lines: readonly { description: string; quantity: string; unitPrice: string }[];
  },
): Invoice {
  return buildInvoice({
    id: store.newId('inv_', 12),
    number: documentNumber(
      'INV',
      new Date(input.issuedMs).getUTCFullYear(),
      record.index,
      store.detailsOf(record).invoices.length + 1,
    ),
    status: 'unpaid',
    issuedMs: input.issuedMs,
    dueAt: input.dueAt,
    lines: input.lines,
    currency: record.client.currency,
    taxRate: clientTaxRate(record),
  });
}

export { INVOICE_SORTS, INVOICE_STATUSES };

const MAX_DECIMAL_LENGTH = 40;

function invoiceKey(field: string): (invoice: Invoice) => SortKey {
  switch (field) {
    case 'due_at':
      return (i) => i.due_at;
    case 'total':
      return (i) => {
        const { units, scale } = parseDecimal(i.total.amount);
        return units * 10n ** BigInt(Math.max(0, 8 - scale));
      };
    default:
      return (i) => i.issued_at;
  }
}

interface LineInput {
  description: string;
  quantity: string;
  unit_price: string;
}

function validateInvoice(body: unknown, issuedOn: string): { due_at: string; lines: LineInput[] } {
  const input = validate<{ due_at: string; lines: unknown }>(body, {
    due_at: { type: 'string', format: 'date', required: true },
    lines: { type: 'any', required: true },
  });
  const errors: FieldError[] = [];
  if (input.due_at < issuedOn)
    errors.push(fieldError('due_at', 'minimum', `Must be on or after the issue date ${issuedOn}.`));
  if (!Array.isArray(input.lines)) {
    errors.push(fieldError('lines', 'type', 'Must be an array of lines.'));
  } else if (input.lines.length < 1 || input.lines.length > 200) {
    errors.push(
      fieldError(
        'lines',
        input.lines.length < 1 ? 'minItems' : 'maxItems',
        'Must have 1 to 200 lines.',
      ),
    );
  } else {
    input.lines.forEach((line: unknown, i) => {
      const prefix = `lines.${i}.`;
      if (!isPlainObject(line)) {
        errors.push(fieldError(`lines.${i}`, 'type', 'Must be an object.'));
        return;
      }
      errors.push(
        ...checkObject(
          line,
          {
            description: { type: 'string', minLength: 1, maxLength: 500, required: true },
            quantity: { type: 'decimal', positive: true, required: true },
            unit_price: { type: 'decimal', required: true },
          },
          { prefix },
        ),
      );
    });
  }
  if (errors.length > 0) throw problems.validation(errors);
  return { due_at: input.due_at, lines: input.lines as LineInput[] };
}

export function billingHandlers(http: OpenApiHttp, store: MockStore) {
  return [
    http.get(
      '/clients/{client_id}/invoices',
      route(store, 'listClientInvoices', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const page = pageRequest(ctx.query);
        const sort = enumParam(ctx.query, 'sort', INVOICE_SORTS) ?? '-issued_at';
        const statuses = enumListParam(ctx.query, 'status', INVOICE_STATUSES);
        const { field, descending } = parseSort(sort);
        const invoices = store
          .detailsOf(record)
          .invoices.filter((i) => statuses.length === 0 || statuses.includes(i.status));
        return response(200).json(
          paginate(
            sortBy(invoices, invoiceKey(field), descending, (i) => i.id),
            page,
          ),
        );
      }),
    ),

    http.post(
      '/clients/{client_id}/invoices',
      route(store, 'createClientInvoice', async ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const body = await ctx.json();
        return ctx.idempotent(body, () => {
          const now = store.now().getTime();
          const input = validateInvoice(body, isoDate(now));
          const { status } = record.client;
          if (status === 'closed' || status === 'deleting') {
            throw problems.invalidTransition(
              `A client in status \`${status}\` cannot be invoiced.`,
            );
          }
          const details = store.detailsOf(record);
          const invoice = issueInvoice(store, record, {
            issuedMs: now,
            dueAt: input.due_at,
            lines: input.lines.map((l) => ({
              description: l.description,
              quantity: l.quantity,
              unitPrice: l.unit_price,
            })),
          });
          const tooLong = [
            invoice.total,
            invoice.subtotal,
            invoice.tax,
            ...invoice.lines.map((l) => l.amount),
          ].some((m) => m.amount.length > MAX_DECIMAL_LENGTH);
          if (tooLong) {
            throw problems.validation([
              fieldError('lines', 'maximum', 'The invoice amounts are too large.'),
            ]);
          }
          details.invoices.push(invoice);
          ctx.recordActivity(record, {
            action: 'invoice.issued',
            category: 'billing',
            parameters: {
              invoice_id: invoice.id,
              number: invoice.number,
              total: invoice.total.amount,
              currency: invoice.total.currency,
            },
          });
          return response(201).json(invoice);
        });
      }),
    ),

    http.get(
      '/clients/{client_id}/journal',
      route(store, 'listClientJournal', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        const page = pageRequest(ctx.query);
        const newestFirst = [...store.detailsOf(record).journal].reverse();
        return response(200).json(paginate(newestFirst, page));
      }),
    ),
  ];
}
