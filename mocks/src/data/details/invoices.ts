/**
 * A client's invoices: one on the 1st of each month it had billable services (at most the
 * last 14 months), credit notes for refunded ones, every total exact. `buildInvoice` builds
 * the invoices the API creates too.
 */
import { add, divide, multiply, negate, normalize, round, sum } from '../../decimal.ts';
import type { Invoice, InvoiceLine, InvoiceStatus } from '../../types.ts';
import type { Catalog } from '../catalog.ts';
import { type ClientRecord, DAY, isoDate } from '../model.ts';
import { money } from '../money.ts';
import type { Random } from '../random.ts';
import { currencyScale, EUR_RATES, taxRateFor } from '../reference.ts';
import { toService } from '../services.ts';

export function documentNumber(
  prefix: string,
  year: number,
  clientIndex: number,
  seq: number,
): string {
  return `${prefix}-${year}-${String(clientIndex + 1).padStart(6, '0')}-${String(seq).padStart(3, '0')}`;
}

function invoiceFromLines(
  id: string,
  number: string,
  status: InvoiceStatus,
  issuedMs: number,
  dueDays: number,
  lines: readonly { description: string; quantity: string; unitPrice: string }[],
  currency: string,
  taxRate: string,
  creditNoteOf: string | null,
): Invoice {
  const scale = currencyScale(currency);
  const built: InvoiceLine[] = lines.map((line) => ({
    description: line.description,
    quantity: line.quantity,
    unit_price: { amount: line.unitPrice, currency },
    amount: money(multiply(line.quantity, line.unitPrice), currency),
  }));
  const subtotal = round(sum(built.map((l) => l.amount.amount)), scale);
  const tax = round(multiply(subtotal, taxRate), scale);
  return {
    id,
    number,
    status,
    issued_at: isoDate(issuedMs),
    due_at: isoDate(issuedMs + dueDays * DAY),
    subtotal: { amount: subtotal, currency },
    tax: { amount: tax, currency },
    total: { amount: add(subtotal, tax), currency },
    lines: built,
    credit_note_of: creditNoteOf,
  };
}

/** Builds an invoice with exact totals from request lines (used by the create endpoint too). */
export function buildInvoice(input: {
  id: string;
  number: string;
  status: InvoiceStatus;
  issuedMs: number;
  dueAt: string;
  lines: readonly { description: string; quantity: string; unitPrice: string }[];
  currency: string;
  taxRate: string;
}): Invoice {
  const invoice = invoiceFromLines(
    input.id,
    input.number,
    input.status,
    input.issuedMs,
    0,
    input.lines,
    input.currency,
    input.taxRate,
    null,
  );
  return { ...invoice, due_at: input.dueAt };
}

export function clientTaxRate(record: ClientRecord): string {
  return record.client.tax_exempt ? '0' : taxRateFor(record.client.country);
}

export function generateInvoices(
  random: Random,
  record: ClientRecord,
  catalog: Catalog,
  referenceTime: number,
): Invoice[] {
  const { client } = record;
  const currency = client.currency;
  const scale = currencyScale(currency);
  const config = catalog.configurations.find((c) => c.id === client.configuration.id);
  const dueDays = config?.invoice_due_days ?? 14;
  const billable = record.services.filter((s) => s.activatedMs !== null);
  if (billable.length === 0) return [];
  const firstMs = Math.min(...billable.map((s) => s.activatedMs!));
  // Monthly invoices on the 1st, for at most the last 14 months of the client's life.
  const months: number[] = [];
  const cursor = new Date(Math.max(firstMs, referenceTime - 420 * DAY));
  cursor.setUTCDate(1);
  cursor.setUTCHours(6, 0, 0, 0);
  cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  while (cursor.getTime() <= referenceTime) {
    months.push(cursor.getTime());
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  const taxRate = clientTaxRate(record);
  const invoices: Invoice[] = [];
  let seq = 0;
  months.forEach((issuedMs, i) => {
    const lines: { description: string; quantity: string; unitPrice: string }[] = [];
    for (const spec of billable) {
      if (spec.activatedMs! > issuedMs) continue;
      const service = toService(spec, client, catalog, referenceTime);
      const month = new Date(issuedMs - DAY).toLocaleString('en', {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      if (spec.projectId) {
        const hours = `${random.int(200, 744)}.${random.int(0, 9)}`;
        lines.push({
          description: `Cloud usage, ${month} (instance hours)`,
          quantity: hours,
          unitPrice: normalize(
            divide(`0.0${random.int(10, 95)}`, EUR_RATES[currency] ?? '1', 4),
            scale,
          ),
        });
      } else if (service.cycle.unit === 'month') {
        lines.push({
          description: `${service.product.name}, ${month}`,
          quantity: '1',
          unitPrice: service.price.amount,
        });
      } else if (
        service.cycle.unit === 'year' &&
        new Date(issuedMs).getUTCMonth() === new Date(spec.activatedMs!).getUTCMonth()
      ) {
        lines.push({
          description: `${service.product.name}, 12 months`,
          quantity: '1',
          unitPrice: service.price.amount,
        });
      }
    }
    if (lines.length === 0) return;
    const age = months.length - 1 - i;
    const overdueAllowed = issuedMs + dueDays * DAY < referenceTime;
    const status: InvoiceStatus =
      age === 0
        ? overdueAllowed
          ? 'overdue'
          : random.chance(0.6)
            ? 'unpaid'
            : 'paid'
        : age === 1 && random.chance(0.15)
          ? 'overdue'
          : random.weighted<InvoiceStatus>([
              ['paid', 90],
              ['cancelled', 4],
              ['refunded', 6],
            ]);
    seq++;
    const year = new Date(issuedMs).getUTCFullYear();
    const invoice = invoiceFromLines(
      `inv_${random.hex(12)}`,
      documentNumber('INV', year, record.index, seq),
      status,
      issuedMs,
      dueDays,
      lines,
      currency,
      taxRate,
      null,
    );
    invoices.push(invoice);
    if (status === 'refunded') {
      seq++;
      invoices.push(
        invoiceFromLines(
          `inv_${random.hex(12)}`,
          documentNumber('CN', year, record.index, seq),
          'paid',
          issuedMs + random.int(2, 20) * DAY,
          0,
          invoice.lines.map((l) => ({
            description: `Credit: ${l.description}`,
            quantity: l.quantity,
            unitPrice: negate(l.unit_price.amount),
          })),
          currency,
          taxRate,
          invoice.id,
        ),
      );
    }
  });
  return invoices;
}
