import type { Client } from '@clientele/sdk';
import { type CsvColumns, downloadCsv, toCsv } from '../list/csv.ts';

/** The columns of the CSV export, in order. */
const COLUMNS: CsvColumns<Client> = [
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

/** The clients as CSV text (header line first, CRLF line ends). */
export function clientsToCsv(clients: readonly Client[]): string {
  return toCsv(COLUMNS, clients);
}

export { downloadCsv };
