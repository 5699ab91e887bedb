import type { Client } from '@clientele/sdk';

/** The columns of the CSV export, in order. */
const COLUMNS: ReadonlyArray<[header: string, value: (client: Client) => string]> = [
  ['id', (c) => c.id],
  ['company', (c) => c.company ?? ''],
  ['first_name', (c) => c.first_name],
  ['last_name', (c) => c.last_name],
  ['email', (c) => c.email],
  ['country', (c) => c.country],
  ['status', (c) => c.status],
  ['status_reason', (c) => c.status_reason ?? ''],
  ['group', (c) => c.group?.name ?? ''],
  ['configuration', (c) => c.configuration.name],
  ['uptodate_credit', (c) => c.uptodate_credit.amount],
  ['currency', (c) => c.uptodate_credit.currency],
  ['external_billing_id', (c) => c.external_billing_id ?? ''],
  ['created_at', (c) => c.created_at],
];

/**
 * One CSV field (RFC 4180 quoting). Text that a spreadsheet would run as a formula (leading
 * `=`, `+`, `-`, `@`, tab or carriage return) is prefixed with `'`, so server data can never
 * become a formula; plain negative numbers (credit amounts) stay numbers.
 */
export function csvField(value: string): string {
  const guarded =
    /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** The clients as CSV text (header line first, CRLF line ends). */
export function clientsToCsv(clients: readonly Client[]): string {
  const lines = [COLUMNS.map(([header]) => header).join(',')];
  for (const client of clients) {
    lines.push(COLUMNS.map(([, value]) => csvField(value(client))).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Offers text as a file download (a Blob URL: no data: URLs, works under a strict CSP). */
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
