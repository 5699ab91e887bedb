/**
 * A client's credit journal: payments, invoice payments, staff corrections, settlements and
 * synchronised entries, whose running `credit_after` ends at the client's credit exactly.
 */
import { add, compare, multiply, negate, round, subtract } from '../../decimal.ts';
import type { Invoice, JournalEntry, JournalParty, Ref } from '../../types.ts';
import { OTHER_STAFF } from '../catalog.ts';
import { type ClientRecord, HOUR, isoSeconds } from '../model.ts';
import { convert, exchangeRate, fromEur } from '../money.ts';
import { type Random, spread } from '../random.ts';
import { currencyScale } from '../reference.ts';

export function generateJournal(
  random: Random,
  record: ClientRecord,
  invoices: readonly Invoice[],
  referenceTime: number,
): JournalEntry[] {
  const { client } = record;
  const currency = client.currency;
  const finalCredit = client.credit.amount;
  const createdMs = Date.parse(client.created_at);
  if (record.initialStatus === 'pending_approval') return [];
  const count = random.int(2, 14);
  const times = spread(random, createdMs + HOUR, referenceTime - HOUR, count + 1);
  const entries: JournalEntry[] = [];
  let credit = fromEur('0', currency);
  let seq = 0;
  const push = (
    at: number,
    source: JournalParty,
    destination: JournalParty,
    sourceAmount: { amount: string; currency: string },
    destinationAmount: string,
    rate: string,
    actor: Ref | null,
    description: string,
  ) => {
    if (destination === 'credit') credit = add(credit, destinationAmount);
    if (source === 'credit') credit = subtract(credit, destinationAmount);
    seq++;
    entries.push({
      id: `jrn_${random.hex(8)}${String(seq).padStart(3, '0')}`,
      created_at: isoSeconds(at),
      source,
      destination,
      source_amount: sourceAmount,
      destination_amount: { amount: destinationAmount, currency },
      exchange_rate: rate,
      actor,
      credit_after: { amount: round(credit, currencyScale(currency)), currency },
      description,
    });
  };
  const paidInvoices = invoices.filter((i) => i.status === 'paid' && i.credit_note_of === null);
  for (let i = 0; i < count; i++) {
    const at = times[i]!;
    const kind = random.weighted<string>([
      ['payment', 40],
      ['invoice', paidInvoices.length > 0 ? 30 : 0],
      ['staff_credit', 8],
      ['staff_debit', 4],
      ['settlement', client.group?.id === 'grp_resellers' ? 10 : 1],
      ['external', client.external_billing_id ? 8 : 0],
    ]);
    const amount = fromEur(`${random.int(5, 400)}.${random.digits(2)}`, currency);
    switch (kind) {
      case 'payment': {
        const foreign = random.chance(0.2) ? (currency === 'USD' ? 'EUR' : 'USD') : currency;
        if (foreign !== currency) {
          const sourceAmount = convert(amount, currency, foreign);
          const rate = exchangeRate(foreign, currency);
          const destination = round(multiply(sourceAmount, rate), currencyScale(currency));
          push(
            at,
            'transaction',
            'credit',
            { amount: sourceAmount, currency: foreign },
            destination,
            rate,
            null,
            `Card payment, transaction tx_${random.hex(6)}`,
          );
        } else {
          push(
            at,
            'transaction',
            'credit',
            { amount, currency },
            amount,
            '1',
            null,
            `Card payment, transaction tx_${random.hex(6)}`,
          );
        }
        break;
      }
      case 'invoice': {
        const invoice = random.pick(paidInvoices);
        push(
          at,
          'credit',
          'invoice',
          { amount: invoice.total.amount, currency },
          invoice.total.amount,
          '1',
          null,
          `Payment of invoice ${invoice.number}`,
        );
        break;
      }
      case 'staff_credit': {
        const staff = random.pick(OTHER_STAFF);
        push(at, 'staff', 'credit', { amount, currency }, amount, '1', staff, 'Goodwill credit');
        break;
      }
      case 'staff_debit': {
        const staff = random.pick(OTHER_STAFF);
        push(at, 'credit', 'staff', { amount, currency }, amount, '1', staff, 'Manual correction');
        break;
      }
      case 'settlement':
        push(
          at,
          'settlement',
          'credit',
          { amount, currency },
          amount,
          '1',
          null,
          'Reseller settlement',
        );
        break;
      default:
        push(
          at,
          'external',
          'credit',
          { amount, currency },
          amount,
          '1',
          null,
          `Synchronised from ${client.external_billing_id}`,
        );
    }
  }
  // A last entry brings the running credit to the client's current credit exactly.
  const difference = subtract(finalCredit, credit);
  const last = times[count]!;
  if (compare(difference, '0') > 0) {
    push(
      last,
      'transaction',
      'credit',
      { amount: difference, currency },
      difference,
      '1',
      null,
      `Bank transfer, reference BT-${random.digits(6)}`,
    );
  } else if (compare(difference, '0') < 0) {
    const amount = negate(difference);
    push(
      last,
      'credit',
      'invoice',
      { amount, currency },
      amount,
      '1',
      null,
      'Usage charged to credit',
    );
  }
  return entries;
}
