import type { UnitEntry } from '@clientele/sdk';
import { type CsvColumns, downloadCsv, toCsv } from '../list/csv.ts';

/** The columns of the ledger's CSV export, in order: every field of an entry, as the API gives it. */
const COLUMNS: CsvColumns<UnitEntry> = [
  ['id', (e) => e.id],
  ['created_at', (e) => e.created_at],
  ['kind', (e) => e.kind],
  ['amount', (e) => e.amount],
  ['balance_after', (e) => e.balance_after],
  ['description', (e) => e.description],
  ['actor', (e) => e.actor.name],
  ['impersonator', (e) => e.impersonator?.name ?? ''],
  ['reverses_entry_id', (e) => e.reverses_entry_id ?? ''],
  ['reversed_by_entry_id', (e) => e.reversed_by_entry_id ?? ''],
  ['offer_id', (e) => e.offer_id ?? ''],
  ['invoice_id', (e) => e.invoice_id ?? ''],
  ['resource', (e) => e.resource?.name ?? ''],
  ['period_start', (e) => e.period_start ?? ''],
  ['period_end', (e) => e.period_end ?? ''],
];

/** The entries as CSV text (header line first, CRLF line ends); amounts exactly as strings. */
export function entriesToCsv(entries: readonly UnitEntry[]): string {
  return toCsv(COLUMNS, entries);
}

export { downloadCsv };
