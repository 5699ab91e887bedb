import type { Invoice, InvoiceSort, InvoiceStatus } from '@clientele/sdk';
import type {
  ListDataProvider,
  ListDataRequest,
  ListPage,
  ListQuery,
} from '../../../list/list-data.ts';

/** The invoices' filters, named like the API's query parameters. */
export interface InvoiceFilters {
  /** Only invoices in one of these statuses. */
  readonly status?: readonly InvoiceStatus[];
}

/** Whose invoices a request is for. */
export interface InvoicesScope {
  readonly clientId: string;
}

/** What the list shows: one client's invoices, filtered by status, in one of the API's sorts. */
export type InvoicesQuery = ListQuery<InvoiceFilters, InvoiceSort> & InvoicesScope;

/** What `<client-invoices-tab>` asks its data source for: one page of one query. */
export type InvoicesDataRequest = ListDataRequest<InvoiceFilters, InvoiceSort> & InvoicesScope;

/**
 * A data source for `<client-invoices-tab>` (its `dataProvider` property), for a backend that
 * does not implement the spec or an in-memory array. It must honour every `InvoiceSort` in
 * both directions.
 */
export type InvoicesDataProvider = ListDataProvider<
  Invoice,
  InvoiceFilters,
  InvoiceSort,
  ListPage<Invoice>,
  InvoicesDataRequest
>;

/** The sorts the API knows (`InvoiceSort`). */
export const INVOICE_SORTS: readonly InvoiceSort[] = [
  'issued_at',
  '-issued_at',
  'due_at',
  '-due_at',
  'total',
  '-total',
];

/** The API's default: newest first. */
export const DEFAULT_INVOICE_SORT: InvoiceSort = '-issued_at';

/** The filters as text: equal filters, equal keys. */
export function serializeInvoiceFilters(filters: InvoiceFilters): string {
  return [...(filters.status ?? [])].sort().join(',');
}
