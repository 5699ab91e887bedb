import type { AuthFormMessages } from './form-messages.en.ts';

/** German messages of the Authentication tab's forms. */
export const authFormDe: AuthFormMessages = {
  authResetTitle: 'Passwort zurücksetzen?',
  authResetMessage:
    'Jeder Inhaber dieses Kunden erhält eine E-Mail mit einem Link, um ein neues Passwort zu wählen. Das bisherige Passwort gilt, bis er das tut.',
  authResetSubmit: 'Link senden',
  authResetFailed: 'Der Link zum Zurücksetzen konnte nicht gesendet werden.',
  authResetTooSoon:
    'Vor weniger als einer Minute wurde schon ein Link gesendet. Warten Sie kurz, bevor Sie einen weiteren senden.',
  authBlockTitle: 'Anmeldung sperren?',
  authBlockMessage:
    'Kein Benutzer dieses Kunden kann sich anmelden, bis die Anmeldung wieder erlaubt wird; offene Sitzungen enden beim nächsten Schritt. Wird im Aktivitätsprotokoll vermerkt.',
  authBlockSubmit: 'Anmeldung sperren',
  authBlockFailed: 'Die Anmeldung konnte nicht gesperrt werden.',
  authUnblockTitle: 'Anmeldung wieder erlauben?',
  authUnblockMessage:
    'Die Benutzer des Kunden können sich sofort wieder anmelden. Wird im Aktivitätsprotokoll vermerkt.',
  authUnblockSubmit: 'Anmeldung erlauben',
  authUnblockFailed: 'Die Anmeldung konnte nicht erlaubt werden.',
  authStale:
    'Jemand anderes hat den Anmeldestatus inzwischen geändert. Schließen Sie dies und sehen Sie erneut nach.',
  authReasonLabel: 'Grund',
  authBlockReasonHint:
    'Warum die Anmeldung gesperrt wird (3 bis 500 Zeichen). Mitarbeiter sehen ihn.',
  authUnblockReasonHint: 'Freiwillig, bis zu 500 Zeichen.',
  authEndTitle: (p) => `Sitzung von ${p.staff} als ${p.as} beenden?`,
  authEndMessage: 'Die Sitzung endet sofort. Wird im Aktivitätsprotokoll vermerkt.',
  authEndSubmit: 'Sitzung beenden',
  authEndFailed: 'Die Sitzung konnte nicht beendet werden.',
  authEndGone: 'Diese Sitzung ist bereits beendet oder abgelaufen.',
  authEndAllTitle: (p) =>
    p.count === 1 ? 'Die aktive Sitzung beenden?' : `Alle ${p.count} aktiven Sitzungen beenden?`,
  authEndAllMessage:
    'Jede Sitzung als dieser Kunde oder einer seiner Benutzer endet sofort. Jede wird im Aktivitätsprotokoll vermerkt.',
  authEndAllSubmit: 'Alle Sitzungen beenden',
  authEndAllFailed: 'Die Sitzungen konnten nicht beendet werden.',
};
