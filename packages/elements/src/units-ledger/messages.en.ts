import type { UnitLabelParts } from '../base/format/units.ts';

/** English messages of <units-ledger>'s first paint (its forms' are in `actions-messages.en.ts`). */
export const unitsLedgerEn = {
  unitsLedgerLabel: 'Units ledger',
  unitsBalanceLabel: 'Balance',
  unitsBalanceHeading: 'Units balance',
  unitsWarnLevel: 'Warn level',
  unitsCutoff: 'Cutoff',
  unitsCreditLimit: 'Credit limit',
  unitsCreditCustomer: 'Credit customer',
  unitsYes: 'Yes',
  unitsNo: 'No',
  unitsFloor: 'Lowest allowed balance',
  unitsOutOfCreditSince: 'Out of credit since',
  unitsStateOk: 'Above the warn level',
  unitsStateWarn: 'At or below the warn level',
  unitsStateCutoff: 'Below the cutoff: the client can create or run nothing new',
  unitsStateNegative: 'In the negative, on credit',
  unitsWarningSent: 'Warning sent to the client',
  /**
   * An amount of a ledger's unit that Intl has no name for, by its code: the kit names its
   * default code `unit`; register this message to name your own codes.
   */
  unitsAmount: (p: UnitLabelParts) =>
    p.unit === 'unit'
      ? `${p.amount}\u00a0${p.plural === 'one' ? 'unit' : 'units'}`
      : `${p.amount}\u00a0${p.unit}`,
  unitsEntriesLabel: 'Ledger entries',
  unitsEntriesTotal: (p: { count: number; formatted: string }) =>
    p.count === 1 ? '1 entry' : `${p.formatted} entries`,
  unitsEmptyTitle: 'No entries yet',
  unitsEmptyMessage: 'Credits, debits and offers appear here as they are made.',
  unitsNoMatchTitle: 'No entries match',
  unitsNoMatchMessage: 'Try other words or dates, or remove some filters.',
  unitsColumnDate: 'Date',
  unitsColumnDescription: 'Description',
  unitsColumnKind: 'Kind',
  unitsColumnAmount: 'Amount',
  unitsColumnBalanceAfter: 'Balance after',
  unitsColumnFlow: 'From → to',
  unitsColumnActor: 'By',
  unitsColumnActions: 'Actions',
  unitsKindCredit: 'Credit',
  unitsKindDebit: 'Debit',
  unitsKindReversal: 'Reversal',
  unitsKindOffer: 'Offer',
  unitsFlowBalance: 'Balance',
  unitsFlowStaff: 'Staff',
  unitsFlowUsage: 'Usage',
  unitsFlowOffer: (p: { id: string }) => `Offer ${p.id}`,
  unitsFlowReversal: 'Reversal',
  unitsReversedBy: (p: { id: string }) => `Reversed by ${p.id}`,
  unitsReverses: (p: { id: string }) => `Reverses ${p.id}`,
  unitsInvoice: (p: { id: string }) => `Invoice ${p.id}`,
  unitsResource: (p: { name: string }) => `Resource ${p.name}`,
  unitsImpersonating: (p: { name: string }) => `as ${p.name}`,
  unitsNewEntry: 'Credit or debit',
  unitsApplyOffer: 'Apply offer',
  unitsEditLimits: 'Edit limits',
  unitsFiltersButton: 'Filters',
  unitsExportCsv: 'Export CSV',
  unitsReverse: 'Reverse',
  unitsReverseEntry: (p: { id: string }) => `Reverse entry ${p.id}`,
  unitsNotPermitted: 'Your account may view the ledger but not change it.',
  unitsClientOnly: 'Needs an API client: a data provider only reads.',
  unitsPartLoading: 'Loading…',
  unitsEntryCreated: (p: { id: string }) => `Entry ${p.id} added.`,
  unitsLimitsSaved: 'Limits saved.',
};

export type UnitsLedgerMessages = typeof unitsLedgerEn;
