import type { ServicesTabMessages } from './messages.en.ts';

/** German messages of <client-services-tab>'s first paint. */
export const servicesTabDe: ServicesTabMessages = {
  servicesLabel: 'Dienste',
  servicesTotal: (p) => (p.count === 1 ? '1 Dienst' : `${p.formatted} Dienste`),
  servicesEmptyTitle: 'Keine Dienste',
  servicesEmptyMessage: 'Dieser Kunde hat noch keinen Dienst bestellt.',
  servicesColumnService: 'Dienst',
  servicesColumnPlan: 'Tarif',
  servicesColumnPrice: 'Preis',
  servicesColumnStatus: 'Status',
  servicesColumnNextDue: 'Nächste Fälligkeit',
  servicesColumnTask: 'Laufende Aufgabe',
  servicesColumnActions: 'Aktionen',
  servicesOpen: (p) => `Dienst ${p.product} öffnen`,
  servicesCycle: (p) => {
    const m = p.multiplier;
    switch (p.unit) {
      case 'one_time':
        return 'Einmalig';
      case 'hour':
        return m === 1 ? 'Stündlich' : `Alle ${m} Stunden`;
      case 'month':
        return m === 1 ? 'Monatlich' : `Alle ${m} Monate`;
      case 'year':
        return m === 1 ? 'Jährlich' : `Alle ${m} Jahre`;
    }
  },
  servicesPerCycle: (p) => {
    const m = p.multiplier;
    switch (p.unit) {
      case 'one_time':
        return 'einmalig';
      case 'hour':
        return m === 1 ? 'pro Stunde' : `pro ${m} Stunden`;
      case 'month':
        return m === 1 ? 'pro Monat' : `pro ${m} Monate`;
      case 'year':
        return m === 1 ? 'pro Jahr' : `pro ${m} Jahre`;
    }
  },
  servicesStatusPending: 'Ausstehend',
  servicesStatusActive: 'Aktiv',
  servicesStatusSuspended: 'Gesperrt',
  servicesStatusTerminated: 'Beendet',
  servicesStatusCancelled: 'Storniert',
  servicesTaskProvision: 'Wird bereitgestellt',
  servicesTaskChangePlan: 'Tarifwechsel',
  servicesTaskTerminate: 'Wird beendet',
  servicesNone: 'Keine',
  servicesNoDueDate: 'Nicht fällig',
  servicesCloudPanel: 'Cloud-Projekt',
  servicesProjectId: 'Projekt-ID',
  servicesProjectDomainId: 'Projekt-Domain-ID',
  servicesRegion: 'Region',
  servicesNoRegion: 'Unbekannt',
  servicesChangePlan: 'Tarif wechseln',
  servicesChangePlanOf: (p) => `Tarif wechseln für ${p.product}`,
  servicesTerminate: 'Beenden',
  servicesTerminateOf: (p) => `${p.product} beenden`,
  servicesNotPermitted: 'Ihr Konto darf die Dienste dieses Kunden sehen, aber nicht ändern.',
  servicesEnded: 'Ein beendeter oder stornierter Dienst kann nicht geändert werden.',
  servicesPlanChanged: (p) => `${p.product} hat jetzt den Tarif ${p.plan}.`,
  servicesTerminated: (p) => `${p.product} wurde beendet.`,
};
