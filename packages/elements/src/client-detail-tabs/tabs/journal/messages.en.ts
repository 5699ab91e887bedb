/** English messages of <client-journal-tab> (the shared ones are in `base/i18n/common.en.ts`). */
export const journalTabEn = {
  journalLabel: 'Journal',
  journalTotal: (p: { count: number; formatted: string }) =>
    p.count === 1 ? '1 entry' : `${p.formatted} entries`,
  journalEmptyTitle: 'No journal entries yet',
  journalEmptyMessage: "Money moving to and from this client's credit appears here.",
  journalColumnDate: 'Date',
  journalColumnSource: 'From',
  journalColumnDestination: 'To',
  journalColumnRate: 'Rate',
  journalColumnActor: 'By',
  journalColumnCreditAfter: 'Credit after',
  journalSystem: 'System',
  journalRateOf: (p: { rate: string }) => `Rate ${p.rate}`,
  journalSameCurrency: 'Same currency',
  journalPartyCredit: 'Credit',
  journalPartyCreditTax: 'Credit tax',
  journalPartyInvoice: 'Invoice',
  journalPartyTransaction: 'Transaction',
  journalPartyStaff: 'Staff',
  journalPartySettlement: 'Settlement',
  journalPartyExternal: 'External',
};

export type JournalTabMessages = typeof journalTabEn;
