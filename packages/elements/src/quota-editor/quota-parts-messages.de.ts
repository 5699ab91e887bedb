import type { QuotaPartsMessages } from './quota-parts-messages.en.ts';

/** German messages of <quota-editor>'s lazily loaded parts. */
export const quotaPartsDe: QuotaPartsMessages = {
  quotaSaveTitle: 'Kontingentänderungen speichern',
  quotaSaveMessage: 'Diese Limits ändern sich für den Kunden, sobald Sie bestätigen:',
  quotaSaveConfirm: (p) =>
    p.count === 1 ? '1 Änderung speichern' : `${p.count} Änderungen speichern`,
  quotaSaved: (p) =>
    p.count === 1 ? 'Gespeichert: 1 Limit geändert.' : `Gespeichert: ${p.count} Limits geändert.`,
  quotaResetDone: 'Limits auf den Standard zurückgesetzt.',
  quotaSaveFailed: 'Die Kontingente konnten nicht gespeichert werden',
  quotaChangeLine: (p) => `${p.resource}: ${p.from} → ${p.to}`,
  quotaBelowUsageMark: (p) => `unter der Belegung (${p.usage})`,
  quotaForce: 'Limits unter der aktuellen Belegung trotzdem anwenden',
  quotaForceHint:
    'Der Kunde behält, was er schon nutzt, kann aber nichts Neues anlegen, bis die Belegung unter das Limit fällt.',
  quotaForceRequired: 'Bestätigen, dass Limits unter der Belegung gelten sollen, oder sie ändern.',
  quotaResetTitle: 'Auf Standard zurücksetzen',
  quotaResetOneMessage: (p) =>
    `Das Limit für ${p.resource} kehrt zum Standard des Anbieters zurück:`,
  quotaResetAllMessage: 'Jedes Limit kehrt zum Standard des Anbieters zurück:',
  quotaResetConfirm: 'Zurücksetzen',
  quotaResetNothing: 'Alle Limits stehen bereits auf dem Standard.',
  quotaResetFailed: 'Die Kontingente konnten nicht zurückgesetzt werden',
  quotaConflictTitle: 'Jemand anderes hat diese Kontingente geändert',
  quotaConflictMessage:
    'Eine Kollegin oder ein Kollege hat andere Limits gespeichert, während Sie bearbeitet haben. Von Ihnen wurde nichts gespeichert, Ihre Änderungen bleiben erhalten. Vergleichen Sie, dann übernehmen Sie Ihre Änderungen in die neue Version oder verwerfen Sie sie.',
  quotaConflictColumnBase: 'Als Sie begannen',
  quotaConflictColumnServer: 'Jetzt gespeichert',
  quotaConflictColumnYours: 'Ihre Änderung',
  quotaConflictNoEdit: 'Keine Änderung',
  quotaConflictReapply: 'Meine Änderungen auf die neue Version anwenden',
  quotaConflictDiscard: 'Meine Änderungen verwerfen',
  quotaConflictReapplied:
    'Ihre Änderungen liegen auf der neuen Version. Prüfen Sie sie und speichern Sie erneut.',
  quotaConflictDiscarded:
    'Ihre Änderungen wurden verworfen; die gespeicherten Limits werden angezeigt.',
  quotaRequestsTitle: (p) =>
    p.count === 1 ? '1 offene Änderungsanfrage' : `${p.count} offene Änderungsanfragen`,
  quotaRequestBy: (p) => `Angefragt von ${p.name}, ${p.when}`,
  quotaRequestReason: 'Begründung',
  quotaApprove: 'Genehmigen…',
  quotaReject: 'Ablehnen…',
  quotaApproveTitle: 'Änderungsanfrage genehmigen',
  quotaApproveMessage: 'Diese Limits gelten für den Kunden, sobald Sie genehmigen:',
  quotaApproveConfirm: 'Genehmigen und anwenden',
  quotaApproveFailed: 'Die Anfrage konnte nicht genehmigt werden',
  quotaApproved: 'Änderungsanfrage genehmigt; die neuen Limits gelten.',
  quotaRejectTitle: 'Änderungsanfrage ablehnen',
  quotaRejectMessage:
    'Die Limits bleiben, wie sie sind. Begründen Sie es für die anfragende Person:',
  quotaRejectConfirm: 'Anfrage ablehnen',
  quotaRejectFailed: 'Die Anfrage konnte nicht abgelehnt werden',
  quotaRejected: 'Änderungsanfrage abgelehnt.',
  quotaProposeTitle: 'Kontingentänderung vorschlagen',
  quotaProposeMessage:
    'Noch ändert sich nichts: Eine Kollegin oder ein Kollege mit Berechtigung prüft Ihren Vorschlag zuerst.',
  quotaProposeConfirm: 'Vorschlag senden',
  quotaProposeFailed: 'Der Vorschlag konnte nicht gesendet werden',
  quotaProposed: 'Vorschlag gesendet; er wartet auf die Prüfung.',
  quotaReasonLabel: 'Begründung',
  quotaReasonHint: '3 bis 1.000 Zeichen.',
  quotaRequestsFailed: 'Die Änderungsanfragen konnten nicht geladen werden.',
};
