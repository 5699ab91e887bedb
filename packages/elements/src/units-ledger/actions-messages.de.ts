import type { UnitsActionsMessages } from './actions-messages.en.ts';

/** German messages of <units-ledger>'s forms and dialogs. */
export const unitsActionsDe: UnitsActionsMessages = {
  unitsEntryTitle: 'Einheiten gutschreiben oder belasten',
  unitsEntryMessage:
    'Die Buchung wird dem Konto hinzugefügt und kann weder geändert noch gelöscht werden; ein Fehler wird durch Stornieren korrigiert.',
  unitsEntryKind: 'Art',
  unitsEntryKindCredit: 'Gutschrift (Einheiten hinzufügen)',
  unitsEntryKindDebit: 'Belastung (Einheiten abziehen)',
  unitsEntryAmount: 'Betrag',
  unitsEntryAmountHint: (p) => `Zum Beispiel ${p.example}; höchstens ${p.scale} Nachkommastellen.`,
  unitsEntryDescription: 'Beschreibung',
  unitsEntryDescriptionHint: 'Erscheint im Konto und für den Kunden.',
  unitsAllowBelowCutoff: 'Diese Belastung darf den Saldo unter die Sperrgrenze bringen',
  unitsAllowBelowCutoffHint: (p) =>
    `Der Kunde kann dann nichts Neues anlegen oder starten. Der Saldo fällt trotzdem nie unter ${p.floor}.`,
  unitsBalanceAfter: (p) => `Saldo nach dieser Buchung: ${p.balance}`,
  unitsBalanceAfterBelowCutoff: 'Das liegt unter der Sperrgrenze.',
  unitsBalanceAfterBelowFloor:
    'Das liegt unter dem niedrigsten erlaubten Saldo: Der Server wird die Buchung ablehnen.',
  unitsEntrySubmitCredit: (p) => `${p.amount} gutschreiben`,
  unitsEntrySubmitDebit: (p) => `${p.amount} belasten`,
  unitsEntrySubmit: 'Buchung hinzufügen',
  unitsRetrySubmit: 'Erneut versuchen',
  unitsEntryFailed: 'Die Buchung wurde nicht hinzugefügt',
  unitsRetryNote:
    'Ein erneuter Versuch sendet dieselbe Anfrage: Die Buchung entsteht genau einmal, wie oft Sie es auch versuchen.',
  unitsAmountInvalid: (p) => `Eine Zahl wie ${p.example} eingeben.`,
  unitsAmountScale: (p) => `Höchstens ${p.scale} Nachkommastellen verwenden.`,
  unitsAmountNotPositive: 'Einen Betrag größer als null eingeben.',
  unitsAmountNegative:
    'Den Betrag ohne Vorzeichen eingeben; oben Gutschrift oder Belastung wählen.',
  unitsReverseTitle: (p) => `Buchung ${p.id} stornieren`,
  unitsReverseMessage: (p) =>
    `Eine neue Buchung über ${p.amount} hebt diese auf; das Original bleibt im Konto und wird als storniert markiert. Saldo danach: ${p.balance}.`,
  unitsReverseReason: 'Grund',
  unitsReverseReasonHint: 'Wird die Beschreibung der Stornobuchung.',
  unitsReverseSubmit: 'Buchung stornieren',
  unitsReverseFailed: 'Die Buchung wurde nicht storniert',
  unitsOffersTitle: 'Einheitenangebot anwenden',
  unitsOffersMessage:
    'Die Einheiten des Angebots werden dem Kunden gutgeschrieben und der Preis wird ihm in Rechnung gestellt.',
  unitsOffersLoading: 'Angebote werden geladen…',
  unitsOffersFailed: 'Die Angebote konnten nicht geladen werden.',
  unitsOffersNone: 'Es gibt keine Einheitenangebote.',
  unitsOfferLabel: 'Angebot',
  unitsOfferOption: (p) => `${p.name}: ${p.units} für ${p.price}`,
  unitsOfferValidity: (p) => `${p.days} Tage gültig.`,
  unitsOfferNoExpiry: 'Läuft nicht ab.',
  unitsOfferSubmit: 'Angebot anwenden',
  unitsOfferFailed: 'Das Angebot wurde nicht angewendet',
  unitsOfferApplied: (p) => `Angebot angewendet: Buchung ${p.entry}, Rechnung ${p.invoice}.`,
  unitsOfferAppliedFree: (p) =>
    `Angebot angewendet: Buchung ${p.entry} (kostenlos, keine Rechnung).`,
  unitsOfferChoose: 'Ein Angebot wählen.',
  unitsLimitsTitle: 'Grenzen bearbeiten',
  unitsLimitsMessage:
    'Die Warnschwelle darf nicht unter der Sperrgrenze liegen und die Sperrgrenze nicht unter dem niedrigsten erlaubten Saldo (minus Kreditlimit für Kreditkunden, sonst 0).',
  unitsLimitsLoading: 'Aktuelle Grenzen werden geladen…',
  unitsLimitsCreditCustomerHint: 'Ein Kreditkunde darf ins Minus gehen, bis minus Kreditlimit.',
  unitsLimitsSubmit: 'Grenzen speichern',
  unitsLimitsFailed: 'Die Grenzen wurden nicht gespeichert',
  unitsConflictTitle: 'Jemand anderes hat diese Grenzen geändert',
  unitsConflictMessage:
    'Vergleichen Sie Ihre Änderungen mit den jetzt gespeicherten Werten. Übernehmen Sie Ihre darüber oder verwerfen Sie sie.',
  unitsConflictField: 'Grenze',
  unitsConflictYours: 'Ihr Wert',
  unitsConflictTheirs: 'Jetzt gespeichert',
  unitsConflictReapply: 'Meine Änderungen übernehmen',
  unitsConflictDiscard: 'Meine Änderungen verwerfen',
};
