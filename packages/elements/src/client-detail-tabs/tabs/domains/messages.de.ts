import type { DomainsTabMessages } from './messages.en.ts';

/** German messages of <client-domains-tab>'s first paint. */
export const domainsTabDe: DomainsTabMessages = {
  domainsLabel: 'Domains',
  domainsTotal: (p) => (p.count === 1 ? '1 Domain' : `${p.formatted} Domains`),
  domainsEmptyTitle: 'Keine Domains',
  domainsEmptyMessage: 'Registrieren Sie einen Domainnamen für diesen Kunden.',
  domainsColumnId: 'ID',
  domainsColumnName: 'Domain',
  domainsColumnExpires: 'Läuft ab',
  domainsRegister: 'Domain registrieren',
  domainsNotPermitted: 'Ihr Konto darf Domains sehen, aber keine registrieren.',
  domainsRegistered: (p) =>
    `${p.name} wurde registriert; sie bleibt ausstehend, bis die Registry bestätigt.`,
  domainStatusActive: 'Aktiv',
  domainStatusPending: 'Ausstehend',
  domainStatusExpired: 'Abgelaufen',
};
