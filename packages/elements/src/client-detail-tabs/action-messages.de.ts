import { clientFieldsDe } from '../client/field-messages.de.ts';
import type { ClientDetailActionMessages } from './action-messages.en.ts';

/** German messages of <client-detail-tabs>'s action dialogs. */
export const detailActionsDe: ClientDetailActionMessages = {
  ...clientFieldsDe,
  deleteConfirmLabel: (p) => `Zur Bestätigung „${p.name}“ eingeben`,
  deleteConfirmMismatch: (p) => `„${p.name}“ genau so eingeben, wie angezeigt.`,
  conflictTitle: 'Jemand anderes hat diesen Kunden geändert',
  conflictDetail:
    'Die Werte auf dem Server stehen unter Ihren Eingaben. Speichern übernimmt Ihre Eingaben, oder verwerfen Sie sie.',
  deleteConflictDetail:
    'Die Kopfzeile zeigt den Kunden jetzt, wie er ist. Prüfen und erneut löschen.',
  conflictServerValue: (p) => `Jetzt auf dem Server: ${p.value}`,
  discardEdits: 'Meine Eingaben verwerfen',
  editTitle: (p) => `${p.name} bearbeiten`,
  editMessage: 'Felder ändern und speichern; die übrigen bleiben, wie sie sind.',
  editSave: 'Speichern',
  editFailed: 'Die Änderungen konnten nicht gespeichert werden',
  referenceLoading: 'Auswahl wird geladen…',
  similarTitle: (p) => `Kunden wie ${p.name} anlegen`,
  similarMessage:
    'Der neue Kunde erhält dieselbe Gruppe, Konfiguration, Währung, dasselbe Land, dieselbe Zahlungsart und Sprache.',
  similarSubmit: 'Kunden anlegen',
  emailTitle: (p) => `E-Mail an ${p.name}`,
  emailMessage: (p) => `Eine Text-E-Mail an ${p.email}.`,
  emailSubject: 'Betreff',
  emailBody: 'Nachricht',
  emailSubmit: 'Senden',
  emailSent: (p) => `E-Mail an ${p.email} gesendet.`,
  changesSaved: 'Änderungen gespeichert.',
  impersonateOpened: 'Der Kundenbereich wurde in einem neuen Tab geöffnet.',
};
