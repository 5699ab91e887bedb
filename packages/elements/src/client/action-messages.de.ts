import { clientActionLabelsDe } from './action-labels.de.ts';
import type { ClientActionsMessages } from './action-messages.en.ts';

/** German messages of the actions on a client, loaded with them by a German widget. */
export const clientActionsDe: ClientActionsMessages = {
  ...clientActionLabelsDe,
  bulkApprove: 'Auswahl freigeben',
  bulkSuspend: 'Auswahl sperren',
  bulkNoneEligible: 'Keiner der ausgewählten Kunden kommt für diese Aktion in Frage.',
  approveTitle: (p) => `${p.name} freigeben?`,
  approveMessage: 'Der Kunde kann sich anmelden und Dienste bestellen.',
  bulkApproveTitle: (p) => `${p.formatted} Kunden freigeben?`,
  bulkResume: 'Auswahl entsperren',
  suspendTitle: (p) => `${p.name} sperren?`,
  suspendMessage: 'Der Kunde verliert den Zugang zu seinen Diensten, bis er entsperrt wird.',
  bulkSuspendTitle: (p) => `${p.formatted} Kunden sperren?`,
  suspendReason: 'Grund',
  suspendNote: 'Notiz (optional)',
  resumeTitle: (p) => `${p.name} entsperren?`,
  resumeMessage: 'Der Kunde erhält wieder Zugang zu seinen Diensten.',
  bulkResumeTitle: (p) => `${p.formatted} Kunden entsperren?`,
  deleteTitle: (p) => `${p.name} löschen?`,
  deleteMessage:
    'Der Kunde und alle seine Dienste werden gelöscht. Das kann nicht rückgängig gemacht werden.',
  impersonateTitle: (p) => `Als ${p.name} anmelden`,
  impersonateMessage: 'Ihr Grund wird im Aktivitätsprotokoll des Kunden festgehalten.',
  impersonateReason: 'Grund (mindestens 3 Zeichen)',
  impersonateDuration: 'Sitzungsdauer in Minuten',
  impersonateDurationInvalid: 'Ganze Minuten von 5 bis 240 in Fünferschritten eingeben.',
  bulkProgress: (p) => `${p.done} von ${p.total} erledigt`,
  bulkFailed: (p) => `${p.failed} von ${p.total} Kunden konnten nicht geändert werden.`,
};
