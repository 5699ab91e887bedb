/** A CSV export's columns, in order: each header with the value of a row. */
export type CsvColumns<T> = ReadonlyArray<readonly [header: string, value: (row: T) => string]>;

/**
 * One CSV field (RFC 4180 quoting). Text that a spreadsheet would run as a formula (leading
 * `=`, `+`, `-`, `@`, tab or carriage return) is prefixed with `'`, so server data can never
 * become a formula; plain signed numbers (credit amounts, ledger amounts) stay numbers.
 */
export function csvField(value: string): string {
  const guarded =
    /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** The rows as CSV text: the header line first, CRLF line ends, values exactly as given. */
export function toCsv<T>(columns: CsvColumns<T>, rows: readonly T[]): string {
  const lines = [columns.map(([header]) => header).join(',')];
  for (const row of rows) lines.push(columns.map(([, value]) => csvField(value(row))).join(','));
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
