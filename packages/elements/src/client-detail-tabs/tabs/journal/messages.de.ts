import type { JournalTabMessages } from './messages.en.ts';

/** German messages of <client-journal-tab>. */
export const journalTabDe: JournalTabMessages = {
  journalLabel: 'Journal',
  journalTotal: (p) => (p.count === 1 ? '1 Eintrag' : `${p.formatted} Einträge`),
  journalEmptyTitle: 'Noch keine Journaleinträge',
  journalEmptyMessage: 'Geldbewegungen zum und vom Guthaben dieses Kunden erscheinen hier.',
  journalColumnDate: 'Datum',
  journalColumnSource: 'Von',
  journalColumnDestination: 'An',
  journalColumnRate: 'Kurs',
  journalColumnActor: 'Durch',
  journalColumnCreditAfter: 'Guthaben danach',
  journalSystem: 'System',
  journalRateOf: (p) => `Kurs ${p.rate}`,
  journalSameCurrency: 'Gleiche Währung',
  journalPartyCredit: 'Guthaben',
  journalPartyCreditTax: 'Steuer auf Guthaben',
  journalPartyInvoice: 'Rechnung',
  journalPartyTransaction: 'Zahlung',
  journalPartyStaff: 'Mitarbeiter',
  journalPartySettlement: 'Verrechnung',
  journalPartyExternal: 'Extern',
};
