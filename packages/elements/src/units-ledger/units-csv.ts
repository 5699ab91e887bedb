import type { UnitEntry } from '@clientele/sdk';

/** The columns of the ledger's CSV export, in order: every field of an entry, as the API gives it. */
const COLUMNS: ReadonlyArray<[header: string, value: (entry: UnitEntry) => string]> = [
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

/**
 * One CSV field (RFC 4180 quoting). Text a spreadsheet would run as a formula (leading `=`,
 * `+`, `-`, `@`, tab or carriage return) is prefixed with `'`; plain signed amounts stay numbers.
 * (The client grid has the same rule; widgets do not import each other.)
 */
export function csvField(value: string): string {
  const guarded =
    /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** The entries as CSV text (header line first, CRLF line ends); amounts exactly as strings. */
export function entriesToCsv(entries: readonly UnitEntry[]): string {
  const lines = [COLUMNS.map(([header]) => header).join(',')];
  for (const entry of entries)
    lines.push(COLUMNS.map(([, value]) => csvField(value(entry))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Offers text as a file download (a Blob URL: works under a strict CSP). */
export function downloadCsv(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
