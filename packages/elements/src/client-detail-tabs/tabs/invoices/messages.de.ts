import type { InvoicesTabMessages } from './messages.en.ts';

/** German messages of <client-invoices-tab>'s first paint. */
export const invoicesTabDe: InvoicesTabMessages = {
  invoicesLabel: 'Rechnungen',
  invoicesTotal: (p) => (p.count === 1 ? '1 Rechnung' : `${p.formatted} Rechnungen`),
  invoicesEmptyTitle: 'Noch keine Rechnungen',
  invoicesEmptyMessage: 'Rechnungen und Gutschriften dieses Kunden erscheinen hier.',
  invoicesNoMatchTitle: 'Keine passenden Rechnungen',
  invoicesNoMatchMessage: 'Wählen Sie andere Status oder setzen Sie den Filter zurück.',
  invoicesClearFilters: 'Filter zurücksetzen',
  invoicesStatusFilter: 'Status',
  invoicesColumnNumber: 'Nummer',
  invoicesColumnStatus: 'Status',
  invoicesColumnIssued: 'Ausgestellt',
  invoicesColumnDue: 'Fällig',
  invoicesColumnTotal: 'Gesamt',
  invoicesOpen: (p) => `Rechnung ${p.number} öffnen`,
  invoicesCreditNote: 'Gutschrift',
  invoicesDueOn: (p) => `Fällig am ${p.date}`,
  invoicesStatusUnpaid: 'Offen',
  invoicesStatusPaid: 'Bezahlt',
  invoicesStatusOverdue: 'Überfällig',
  invoicesStatusCancelled: 'Storniert',
  invoicesStatusRefunded: 'Erstattet',
  invoicesAdd: 'Rechnung hinzufügen',
  invoicesNotPermitted: 'Ihr Konto darf Rechnungen sehen, aber keine erstellen.',
  invoicesCreated: (p) => `Rechnung ${p.number} über ${p.total} wurde erstellt.`,
};
