import type { TabLabelMessages } from './tab-labels.en.ts';

/** The names of every tab of a client's page, in German. */
export const tabLabelsDe: TabLabelMessages = {
  tabOverview: 'Übersicht',
  tabUsers: 'Benutzer',
  tabActivity: 'Aktivität',
  tabTickets: 'Tickets',
  tabQuotas: 'Kontingente',
  tabUnits: 'Einheiten',
  tabInvoices: 'Rechnungen',
  tabJournal: 'Journal',
  tabServices: 'Dienste',
  tabConfiguration: 'Konfiguration',
  tabResources: 'Cloud-Ressourcen',
  tabDomains: 'Domains',
  tabAuthentication: 'Authentifizierung',
};
