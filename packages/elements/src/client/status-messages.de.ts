import type { ClientStatusMessages } from './status-messages.en.ts';

/** German names of a client's statuses and status reasons. */
export const clientStatusDe: ClientStatusMessages = {
  statusActive: 'Aktiv',
  statusInactive: 'Inaktiv',
  statusSuspending: 'Wird gesperrt',
  statusSuspended: 'Gesperrt',
  statusDeleting: 'Wird gelöscht',
  statusClosed: 'Geschlossen',
  statusPendingApproval: 'Freigabe ausstehend',
  reasonStaff: 'Entscheidung der Mitarbeiter',
  reasonAutomatic: 'Automatisch',
  reasonCredit: 'Kein Guthaben',
  reasonFraud: 'Betrug',
};
