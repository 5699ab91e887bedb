import { clientStatusEn } from '../client/status-messages.en.ts';

/**
 * English messages of <client-grid>'s first paint: the toolbar, the list, the cards and the
 * states (its own; the shared ones are in `i18n/common.en.ts`). The actions' are in
 * `../client/action-messages.en.ts`, loaded with them; `messages.en.ts` has both.
 */
export const clientGridViewEn = {
  clientsLabel: 'Clients',
  searchClients: 'Search clients',
  searchClientsHint: 'Name, email, company or external ID',
  clientsTotal: (p: { count: number; formatted: string }) =>
    p.count === 1 ? '1 client' : `${p.formatted} clients`,
  clientsEmptyTitle: 'No clients yet',
  clientsEmptyMessage: 'Clients appear here once they sign up or are created.',
  clientsNoMatchTitle: 'No clients match',
  clientsNoMatchMessage: 'Try other search words, or remove some filters.',
  filtersActive: (p: { count: number }) => `Filters (${p.count})`,
  yes: 'Yes',
  no: 'No',
  sortBy: 'Sort by',
  sortAscending: (p: { field: string }) => `${p.field} (ascending)`,
  sortDescending: (p: { field: string }) => `${p.field} (descending)`,
  viewLabel: 'View',
  viewList: 'List',
  viewCards: 'Cards',
  selectRow: (p: { name: string }) => `Select ${p.name}`,
  selectedCount: (p: { count: number }) => `${p.count} selected`,
  clearSelection: 'Clear selection',
  exportCsv: 'Export CSV',
  exporting: (p: { done: string; total: string }) => `Exporting ${p.done} of ${p.total}…`,
  exportFailed: 'The export failed.',
  actionsFor: (p: { name: string }) => `Actions for ${p.name}`,
  actions: 'Actions',
  columnEmail: 'Email',
  columnCountry: 'Country',
  columnGroup: 'Group',
  columnConfiguration: 'Configuration',
  columnCredit: 'Up-to-date credit',
  sortCompany: 'Company',
  noGroup: 'No group',
  /** A client's statuses and reasons, shared with every widget that shows a client. */
  ...clientStatusEn,
  filterStatus: 'Status',
  filterCreatedAfter: 'Created on or after',
  filterCreatedBefore: 'Created on or before',
  filterConfiguration: 'Configuration',
  filterGroup: 'Group',
  filterTaxExempt: 'Tax exempt',
  filterRegion: 'Has instances in region',
  filterFlavor: 'Has instances with flavor',
  filterHypervisor: 'Has instances on hypervisor',
  filterBillingAgreement: 'Has billing agreement',
  filterHasServices: 'Has services',
  filterHasInstances: 'Has instances',
  filterServiceType: 'Has services of type',
  filterProduct: 'Has service for product',
  /** Stops a running bulk action (what was done stays done). */
  stop: 'Stop',
  // <client-grid>: select all
  selectAll: 'Select all clients',
  selectingAll: (p: { done: string; total: string }) => `Selecting ${p.done} of ${p.total}…`,
  selectAllFailed: 'Selecting all clients failed.',
};

export type ClientGridViewMessages = typeof clientGridViewEn;
