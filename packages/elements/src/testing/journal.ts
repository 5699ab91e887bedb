import type { JournalEntry, JournalParty } from '@clientele/sdk';
import type { JournalDataProvider } from '../client-detail-tabs/tabs/journal/journal-data.ts';
import { abortableDelay } from '../list/list-data.ts';

/** The client the sample journal belongs to. */
export const SAMPLE_JOURNAL_CLIENT = 'cl_4f9a2c1e8b3d7a60';

const MOVES: readonly [JournalParty, JournalParty, string][] = [
  ['transaction', 'credit', 'Card payment'],
  ['credit', 'invoice', 'Invoice paid from credit'],
  ['staff', 'credit', 'Goodwill credit'],
  ['credit', 'credit_tax', 'Tax on credit'],
  ['settlement', 'credit', 'Settlement of usage'],
  ['credit', 'external', 'Refund to card'],
];

const cents = (value: bigint) => {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
};

/**
 * `count` deterministic journal entries of one client, oldest first, one every 6 hours up to
 * `now`, in EUR; every fifth a card payment in USD converted at 0.92. The credit after each
 * entry follows exactly (BigInt cents): money in to credit adds, money out of credit subtracts.
 */
export function makeJournal(
  count: number,
  now = Date.UTC(2026, 2, 1, 12),
  clientId = SAMPLE_JOURNAL_CLIENT,
): (JournalEntry & { client_id: string })[] {
  let credit = 0n;
  return Array.from({ length: count }, (_, i) => {
    const [source, destination, description] = MOVES[i % MOVES.length]!;
    const amount = 1_000n + BigInt((i * 4_219) % 20_000);
    const usd = source === 'transaction' && i % 5 === 0;
    // 0.92 EUR per USD, to the cent (amount is in USD cents here).
    const eur = usd ? (amount * 92n + 50n) / 100n : amount;
    if (destination === 'credit') credit += eur;
    if (source === 'credit') credit -= eur;
    const staff = source === 'staff' || i % 7 === 0;
    return {
      id: `jrn_${String(i).padStart(6, '0')}`,
      created_at: new Date(now - (count - 1 - i) * 6 * 3_600_000)
        .toISOString()
        .replace('.000Z', 'Z'),
      source,
      destination,
      source_amount: { amount: cents(amount), currency: usd ? 'USD' : 'EUR' },
      destination_amount: { amount: cents(eur), currency: 'EUR' },
      exchange_rate: usd ? '0.92' : '1',
      actor: staff ? { id: 'stf_maria', name: 'Maria Ionescu' } : null,
      credit_after: { amount: cents(credit), currency: 'EUR' },
      description: `${description} #${i}`,
      client_id: clientId,
    };
  });
}

/**
 * A data source over an in-memory journal (oldest first): one client's entries, newest first
 * as the API serves them; cursors are offsets. An unknown client answers an empty journal.
 */
export function createJournalArrayDataProvider(
  entries: readonly (JournalEntry & { client_id?: string })[],
  options: { latency?: number } = {},
): JournalDataProvider {
  return async ({ clientId, cursor, limit, signal }) => {
    if (options.latency) await abortableDelay(options.latency, signal);
    signal.throwIfAborted();
    const rows = entries.filter((e) => (e.client_id ?? clientId) === clientId).reverse();
    const start = cursor === null ? 0 : Number.parseInt(cursor, 10) || 0;
    const end = Math.min(rows.length, start + limit);
    return {
      items: rows.slice(start, end),
      nextCursor: end < rows.length ? String(end) : null,
      total: rows.length,
    };
  };
}
