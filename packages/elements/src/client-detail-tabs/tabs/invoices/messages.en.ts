/** English messages of <client-invoices-tab>'s first paint (its form's are in `form-messages.en.ts`). */
export const invoicesTabEn = {
  invoicesLabel: 'Invoices',
  invoicesTotal: (p: { count: number; formatted: string }) =>
    p.count === 1 ? '1 invoice' : `${p.formatted} invoices`,
  invoicesEmptyTitle: 'No invoices yet',
  invoicesEmptyMessage: "This client's invoices and credit notes appear here.",
  invoicesNoMatchTitle: 'No invoices match',
  invoicesNoMatchMessage: 'Choose other statuses, or clear the filter.',
  invoicesClearFilters: 'Clear filter',
  invoicesStatusFilter: 'Status',
  invoicesColumnNumber: 'Number',
  invoicesColumnStatus: 'Status',
  invoicesColumnIssued: 'Issued',
  invoicesColumnDue: 'Due',
  invoicesColumnTotal: 'Total',
  invoicesOpen: (p: { number: string }) => `Open invoice ${p.number}`,
  invoicesCreditNote: 'Credit note',
  invoicesDueOn: (p: { date: string }) => `Due ${p.date}`,
  invoicesStatusUnpaid: 'Unpaid',
  invoicesStatusPaid: 'Paid',
  invoicesStatusOverdue: 'Overdue',
  invoicesStatusCancelled: 'Cancelled',
  invoicesStatusRefunded: 'Refunded',
  invoicesAdd: 'Add invoice',
  invoicesNotPermitted: 'Your account may see invoices but not create them.',
  invoicesCreated: (p: { number: string; total: string }) =>
    `Invoice ${p.number} was created for ${p.total}.`,
};

export type InvoicesTabMessages = typeof invoicesTabEn;
