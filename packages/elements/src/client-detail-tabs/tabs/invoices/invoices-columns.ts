import type { Invoice, InvoiceSort } from '@clientele/sdk';
import { html, nothing } from 'lit';
import { enumLabel, enumTone } from '../../../base/enum-label.ts';
import { formatDate } from '../../../base/format/dates.ts';
import { formatMoney } from '../../../base/format/money.ts';
import type { GridColumn } from '../../../list/data-grid.ts';
import { fitColumns, fits } from '../../../list/fit-columns.ts';
import { sortDirectionOf } from '../../../list/list-query.ts';
import { INVOICE_STATUS_KEYS, INVOICE_STATUS_TONES } from './invoice-labels.ts';
import type { InvoicesTabText } from './messages.ts';

/** What the columns depend on. */
export interface InvoicesColumnsView {
  readonly t: InvoicesTabText;
  readonly locale: string;
  readonly sort: InvoiceSort;
  /** The widget's own inline size in rem; undefined: not measured yet. */
  readonly width?: number | undefined;
  /** The user asked to open an invoice (its number's button). */
  open(invoice: Invoice): void;
}

/**
 * Columns that give way when the tab is too narrow, first to last: the due date (then said
 * under the status), the issue date (then said under the number). Number, status and total
 * never do; below their width the rows turn compact (narrower tracks).
 */
export const INVOICE_COLUMNS_GIVING_WAY = ['due', 'issued'];

/** A date said under another column's value: short, to fit a phone's width. */
const SHORT = { dateStyle: 'short' } as const;

/**
 * The invoices grid's columns: the number (a button that opens the invoice; "Credit note"
 * below one), the status in words on its tone, the issue and due dates (calendar days, never
 * shifted by a time zone), and the total with its currency, exact. Dates and total sort.
 * Server data is text only.
 */
export function invoicesColumns(view: InvoicesColumnsView): GridColumn<Invoice>[] {
  const { t, locale, sort, width = Infinity } = view;
  let hidden = new Set<string>();
  const status = (invoice: Invoice) => enumLabel(t, INVOICE_STATUS_KEYS, invoice.status);
  let columns: GridColumn<Invoice>[] = [
    {
      id: 'number',
      header: () => t.invoicesColumnNumber,
      width: 'minmax(9.5rem, 1.4fr)',
      minWidth: 9.5,
      widget: true,
      cell: (invoice, { tabIndex }) => {
        const secondary = [
          invoice.credit_note_of ? t.invoicesCreditNote : '',
          hidden.has('issued') ? formatDate(locale, invoice.issued_at, SHORT) : '',
        ].filter(Boolean);
        return html`<button
            part="invoice-link"
            class="link-button number"
            type="button"
            tabindex=${tabIndex}
            data-grid-focus
            aria-label=${t.invoicesOpen({ number: invoice.number })}
            @click=${() => view.open(invoice)}
          >${invoice.number}</button
          >${secondary.length ? html`<span class="secondary">${secondary.join(' · ')}</span>` : nothing}`;
      },
    },
    {
      id: 'status',
      header: () => t.invoicesColumnStatus,
      width: 'minmax(7.5rem, 0.9fr)',
      minWidth: 7.5,
      cell: (invoice) =>
        html`<span
            part="status-badge"
            class="badge tone-${enumTone(INVOICE_STATUS_TONES, invoice.status)}"
            data-status=${invoice.status}
            >${status(invoice)}</span
          >${
            hidden.has('due')
              ? html`<span class="secondary"
                  >${t.invoicesDueOn({ date: formatDate(locale, invoice.due_at, SHORT) })}</span
                >`
              : nothing
          }`,
    },
    {
      id: 'issued',
      sortKey: 'issued_at',
      header: () => t.invoicesColumnIssued,
      width: 'minmax(8.5rem, 1fr)',
      minWidth: 8.5,
      sort: sortDirectionOf(sort, 'issued_at'),
      cell: (invoice) =>
        html`<time datetime=${invoice.issued_at}>${formatDate(locale, invoice.issued_at)}</time>`,
    },
    {
      id: 'due',
      sortKey: 'due_at',
      header: () => t.invoicesColumnDue,
      width: 'minmax(8.5rem, 1fr)',
      minWidth: 8.5,
      sort: sortDirectionOf(sort, 'due_at'),
      cell: (invoice) =>
        html`<time datetime=${invoice.due_at}>${formatDate(locale, invoice.due_at)}</time>`,
    },
    {
      id: 'total',
      sortKey: 'total',
      header: () => t.invoicesColumnTotal,
      width: 'minmax(8.5rem, 1fr)',
      minWidth: 8.5,
      sort: sortDirectionOf(sort, 'total'),
      cell: (invoice) =>
        html`<span class="amount" title=${`${invoice.total.amount} ${invoice.total.currency}`}
          >${formatMoney(locale, invoice.total)}</span
        >`,
    },
  ];
  const room = width - 0.125; // the grid's borders, 1px each side
  const all = columns;
  columns = fitColumns(columns, room, INVOICE_COLUMNS_GIVING_WAY);
  hidden = new Set(all.filter((c) => !columns.includes(c)).map((c) => c.id));
  if (fits(columns, room)) return columns;
  const narrow: Record<string, number> = { number: 7.5, status: 6.5, total: 6.5 };
  return columns.map((column) => {
    const min = narrow[column.id] ?? column.minWidth;
    return { ...column, minWidth: min, width: `minmax(${min}rem, 1fr)` };
  });
}

/**
 * The sort after activating a column's header: the same field reads backwards; another field
 * starts with the newest date or the largest total.
 */
export function nextInvoiceSort(current: InvoiceSort, field: string): InvoiceSort {
  if (current === field) return `-${field}` as InvoiceSort;
  if (current === `-${field}`) return field as InvoiceSort;
  return `-${field}` as InvoiceSort;
}
