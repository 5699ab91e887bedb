/**
 * The names of every tab a client's page may show, in English: the built-in ones and those
 * later tabs plug in (`tab-registry.ts`), so a new tab needs no edit here.
 */
export const tabLabelsEn = {
  tabOverview: 'Overview',
  tabUsers: 'Users',
  tabActivity: 'Activity',
  tabTickets: 'Tickets',
  tabQuotas: 'Quotas',
  tabUnits: 'Units',
  tabInvoices: 'Invoices',
  tabJournal: 'Journal',
  tabServices: 'Services',
  tabConfiguration: 'Configuration',
  tabResources: 'Cloud resources',
  tabDomains: 'Domains',
  tabAuthentication: 'Authentication',
};

export type TabLabelMessages = typeof tabLabelsEn;

/** A key of the tab labels catalog: what a `ClientTab` names as its `label`. */
export type TabLabelKey =
  | 'overview'
  | 'users'
  | 'activity'
  | 'tickets'
  | 'quotas'
  | 'units'
  | 'invoices'
  | 'journal'
  | 'services'
  | 'configuration'
  | 'resources'
  | 'domains'
  | 'authentication';

/** The message of each tab label key. */
export const TAB_LABEL_KEYS: Record<TabLabelKey, keyof TabLabelMessages> = {
  overview: 'tabOverview',
  users: 'tabUsers',
  activity: 'tabActivity',
  tickets: 'tabTickets',
  quotas: 'tabQuotas',
  units: 'tabUnits',
  invoices: 'tabInvoices',
  journal: 'tabJournal',
  services: 'tabServices',
  configuration: 'tabConfiguration',
  resources: 'tabResources',
  domains: 'tabDomains',
  authentication: 'tabAuthentication',
};
