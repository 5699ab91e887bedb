import type { UnitEntry } from '@clientele/sdk';
import { addDecimal } from '../base/format/decimal-math.ts';
import { abortableDelay } from '../list/list-data.ts';
import { type UnitEntryDataProvider, unitEntryMatches } from '../units-ledger/units-data.ts';

const HOUR = 3_600_000;
const STAFF = [
  { id: 'stf_jordan', name: 'Jordan Lee' },
  { id: 'stf_maria', name: 'Maria Ionescu' },
];
const SYSTEM = { id: 'system', name: 'Usage metering' };

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * `count` ledger entries, oldest first, one an hour up to `end`: hourly usage debits of a few
 * instances, a starter offer every 400 entries and a goodwill credit every 97; every
 * `balance_after` is the previous one plus the amount (exact decimals). Deterministic.
 */
export function makeUnitEntries(count: number, end = Date.UTC(2026, 2, 1, 12)): UnitEntry[] {
  const entries: UnitEntry[] = [];
  let balance = '0';
  for (let i = 0; i < count; i++) {
    const at = end - (count - 1 - i) * HOUR;
    const offer = i % 400 === 0;
    const credit = !offer && i % 97 === 0;
    const amount = offer
      ? '1000'
      : credit
        ? '25'
        : `-${(i % 7) + 1}.${String((i * 37) % 100).padStart(2, '0')}`;
    balance = addDecimal(balance, amount);
    const instance = `web-${String((i % 4) + 1).padStart(2, '0')}`;
    entries.push({
      id: `ue_${String(i + 1).padStart(8, '0')}`,
      created_at: iso(at),
      kind: offer ? 'offer' : credit ? 'credit' : 'debit',
      amount,
      balance_after: balance,
      description: offer
        ? 'Starter pack, 1000 units'
        : credit
          ? 'Goodwill credit'
          : `Instance ${instance}, 1 hour`,
      actor: offer || credit ? STAFF[i % 2]! : SYSTEM,
      impersonator: null,
      reverses_entry_id: null,
      reversed_by_entry_id: null,
      offer_id: offer ? 'off_starter_1000' : null,
      invoice_id: offer ? `inv_${String(i).padStart(8, '0')}` : null,
      period_start: offer || credit ? null : iso(at - HOUR),
      period_end: offer || credit ? null : iso(at),
      resource: offer || credit ? null : { id: `srv_${instance}`, name: instance },
    });
  }
  return entries;
}

/**
 * An in-memory entries source for `<units-ledger>`'s `dataProvider` (tests, stories,
 * benchmarks): filters, searches and sorts as the API does, pages by offset cursors, and
 * serves pages of up to 5,000 (`maxLimit`) so any row is a few requests away.
 */
export function createUnitEntryArrayDataProvider(
  entries: readonly UnitEntry[],
  options: { latency?: number } = {},
): UnitEntryDataProvider {
  const provider = async ({
    query,
    filters,
    sort,
    cursor,
    limit,
    signal,
  }: Parameters<UnitEntryDataProvider>[0]) => {
    if (options.latency) await abortableDelay(options.latency, signal);
    signal.throwIfAborted();
    const rows = entries.filter((entry) => unitEntryMatches(entry, { query, filters }));
    if (sort === '-created_at') rows.reverse();
    const start = cursor === null ? 0 : Number(cursor);
    const items = rows.slice(start, start + limit);
    const next = start + items.length;
    return { items, nextCursor: next < rows.length ? String(next) : null, total: rows.length };
  };
  return Object.assign(provider, { maxLimit: 5000 });
}
