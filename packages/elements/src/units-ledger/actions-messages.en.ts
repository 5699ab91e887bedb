/** English messages of <units-ledger>'s forms and dialogs, loaded with them. */
export const unitsActionsEn = {
  unitsEntryTitle: 'Credit or debit units',
  unitsEntryMessage:
    'The entry is added to the ledger and cannot be edited or deleted; a mistake is corrected by reversing it.',
  unitsEntryKind: 'Kind',
  unitsEntryKindCredit: 'Credit (add units)',
  unitsEntryKindDebit: 'Debit (take units)',
  unitsEntryAmount: 'Amount',
  unitsEntryAmountHint: (p: { example: string; scale: number }) =>
    `For example ${p.example}; at most ${p.scale} digits after the decimal separator.`,
  unitsEntryDescription: 'Description',
  unitsEntryDescriptionHint: 'Shown in the ledger and to the client.',
  unitsAllowBelowCutoff: 'Allow this debit to take the balance below the cutoff',
  unitsAllowBelowCutoffHint: (p: { floor: string }) =>
    `The client then can create or run nothing new. The balance still never goes below ${p.floor}.`,
  unitsBalanceAfter: (p: { balance: string }) => `Balance after this entry: ${p.balance}`,
  unitsBalanceAfterBelowCutoff: 'This is below the cutoff.',
  unitsBalanceAfterBelowFloor:
    'This is below the lowest allowed balance: the server will refuse it.',
  unitsEntrySubmitCredit: (p: { amount: string }) => `Credit ${p.amount}`,
  unitsEntrySubmitDebit: (p: { amount: string }) => `Debit ${p.amount}`,
  unitsEntrySubmit: 'Add entry',
  unitsRetrySubmit: 'Retry',
  unitsEntryFailed: 'The entry was not added',
  unitsRetryNote:
    'Retrying sends the same request again: the entry is made once, however often you retry.',
  unitsAmountInvalid: (p: { example: string }) => `Enter a number such as ${p.example}.`,
  unitsAmountScale: (p: { scale: number }) =>
    `Use at most ${p.scale} digits after the decimal separator.`,
  unitsAmountNotPositive: 'Enter an amount greater than zero.',
  unitsAmountNegative: 'Enter the amount without a sign; choose credit or debit above.',
  unitsReverseTitle: (p: { id: string }) => `Reverse entry ${p.id}`,
  unitsReverseMessage: (p: { amount: string; balance: string }) =>
    `A new entry of ${p.amount} cancels this one; the original stays in the ledger, marked as reversed. Balance after: ${p.balance}.`,
  unitsReverseReason: 'Reason',
  unitsReverseReasonHint: 'Becomes the description of the reversal.',
  unitsReverseSubmit: 'Reverse entry',
  unitsReverseFailed: 'The entry was not reversed',
  unitsOffersTitle: 'Apply a unit offer',
  unitsOffersMessage:
    'The offer’s units are credited to the client and its price is invoiced to them.',
  unitsOffersLoading: 'Loading offers…',
  unitsOffersFailed: 'The offers could not be loaded.',
  unitsOffersNone: 'There are no unit offers.',
  unitsOfferLabel: 'Offer',
  unitsOfferOption: (p: { name: string; units: string; price: string }) =>
    `${p.name}: ${p.units} for ${p.price}`,
  unitsOfferValidity: (p: { days: number }) => `Valid for ${p.days} days.`,
  unitsOfferNoExpiry: 'Does not expire.',
  unitsOfferSubmit: 'Apply offer',
  unitsOfferFailed: 'The offer was not applied',
  unitsOfferApplied: (p: { entry: string; invoice: string }) =>
    `Offer applied: entry ${p.entry}, invoice ${p.invoice}.`,
  unitsOfferAppliedFree: (p: { entry: string }) =>
    `Offer applied: entry ${p.entry} (free, no invoice).`,
  unitsOfferChoose: 'Choose an offer.',
  unitsLimitsTitle: 'Edit limits',
  unitsLimitsMessage:
    'The warn level must not be below the cutoff, and the cutoff not below the lowest allowed balance (minus the credit limit for a credit customer, else 0).',
  unitsLimitsLoading: 'Loading the current limits…',
  unitsLimitsCreditCustomerHint:
    'A credit customer may go negative, down to minus the credit limit.',
  unitsLimitsSubmit: 'Save limits',
  unitsLimitsFailed: 'The limits were not saved',
  unitsConflictTitle: 'Someone else changed these limits',
  unitsConflictMessage:
    'Compare your changes with the values now saved. Apply yours over them, or discard yours.',
  unitsConflictField: 'Limit',
  unitsConflictYours: 'Your value',
  unitsConflictTheirs: 'Saved now',
  unitsConflictReapply: 'Apply my changes',
  unitsConflictDiscard: 'Discard my changes',
};

export type UnitsActionsMessages = typeof unitsActionsEn;

declare module '../base/i18n/localize.ts' {
  /** The ledger's forms' messages are part of the kit's `Messages`. */
  interface Messages extends UnitsActionsMessages {}
}
