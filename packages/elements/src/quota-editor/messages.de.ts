import type { QuotaEditorMessages } from './messages.en.ts';

/** German messages of <quota-editor>'s first paint. Typed: a missing key fails the typecheck. */
export const quotaEditorDe: QuotaEditorMessages = {
  quotasLabel: 'Kontingente',
  quotaResourceInstances: 'Instanzen',
  quotaResourceVcpus: 'vCPUs',
  quotaResourceRamMib: 'Arbeitsspeicher',
  quotaResourceVolumes: 'Volumes',
  quotaResourceVolumeGib: 'Volume-Speicher',
  quotaResourceSnapshots: 'Snapshots',
  quotaResourceImages: 'Images',
  quotaResourceNetworksPublic: 'Öffentliche Netze',
  quotaResourceNetworksPrivate: 'Private Netze',
  quotaResourceRouters: 'Router',
  quotaResourceFloatingIps: 'Floating IPs',
  quotaResourcePorts: 'Ports',
  quotaResourceSecurityGroups: 'Sicherheitsgruppen',
  quotaResourceUsers: 'Benutzer',
  quotaUnitMib: 'MiB',
  quotaUnitGib: 'GiB',
  quotaCores: (p) => (p.count === 1 ? '1 Kern' : `${p.formatted} Kerne`),
  quotaColumnResource: 'Ressource',
  quotaColumnInUse: 'Belegt',
  quotaColumnReserved: 'Reserviert',
  quotaColumnUsage: 'Auslastung',
  quotaColumnLimit: 'Limit',
  quotaColumnDefault: 'Standard',
  quotaUnlimited: 'Unbegrenzt',
  quotaNoLimit: 'Kein Limit',
  quotaUsageOf: (p) => `${p.used} von ${p.limit} (${p.percent})`,
  quotaOverLimit: 'Über dem Limit',
  quotaLimitFor: (p) => `Limit für ${p.resource}`,
  quotaUnlimitedFor: (p) => `${p.resource}: unbegrenzt`,
  quotaIncrease: (p) => `Limit für ${p.resource} erhöhen`,
  quotaDecrease: (p) => `Limit für ${p.resource} senken`,
  quotaUndoEdit: (p) => `Änderung an ${p.resource} verwerfen`,
  quotaResetDefault: (p) => `${p.resource} auf den Standard zurücksetzen`,
  quotaReset: 'Zurücksetzen',
  quotaEdited: 'Geändert',
  quotaWas: (p) => `Bisher ${p.value}`,
  quotaLimitRequired: 'Ein Limit eingeben oder „Unbegrenzt“ einschalten.',
  quotaLimitNotNumber: 'Nur Ziffern (0–9) verwenden.',
  quotaLimitNegative: 'Ein Limit kann nicht negativ sein.',
  quotaLimitDecimal: 'Eine ganze Zahl ohne Nachkommastellen verwenden.',
  quotaLimitGrouping: 'Die Ziffern ohne Trennzeichen eingeben.',
  quotaLimitTooLarge: (p) => `Das größte Limit ist ${p.max}.`,
  quotaBelowUsage: (p) =>
    `Unter der Belegung samt Reservierung (${p.usage}): Speichern erfordert Ihre Bestätigung.`,
  quotaKeyboardHint:
    'Pfeil hoch und runter ändern ein Limit, Enter speichert, Escape verwirft das Feld.',
  quotaSave: 'Prüfen und speichern…',
  quotaSaving: 'Wird gespeichert…',
  quotaPropose: 'Änderung vorschlagen…',
  quotaUndoAll: 'Alle Änderungen verwerfen',
  quotaResetAll: 'Alle auf Standard zurücksetzen…',
  quotaChangedCount: (p) =>
    p.count === 0
      ? 'Keine Änderungen'
      : p.count === 1
        ? '1 Limit geändert'
        : `${p.count} Limits geändert`,
  quotaFixErrors: (p) =>
    p.count === 1
      ? 'Vor dem Speichern 1 Limit korrigieren.'
      : `Vor dem Speichern ${p.count} Limits korrigieren.`,
  quotaReadOnly: 'Nur lesen: Diese Limits können hier nicht geändert werden.',
  quotaNotPermitted: 'Ihr Konto darf diese Limits sehen, aber nicht ändern.',
  quotaRequestsUnavailable: 'Die Änderungsanfragen konnten nicht geladen werden.',
};
