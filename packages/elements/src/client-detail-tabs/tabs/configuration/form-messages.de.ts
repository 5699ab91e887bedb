import type { ConfigurationFormMessages } from './form-messages.en.ts';

/** German messages of the Configuration tab's change form. */
export const configurationFormDe: ConfigurationFormMessages = {
  configurationChangeTitle: 'Abrechnungskonfiguration ändern',
  configurationChangeMessage:
    'Der Kunde übernimmt alle Einstellungen der gewählten Konfiguration. Vergleichen Sie vor dem Speichern.',
  configurationChoose: 'Konfiguration',
  configurationCurrentMark: (p) => `${p.name} (aktuell)`,
  configurationDefaultMark: (p) => `${p.name} (Standard)`,
  configurationChooseOther: 'Wählen Sie eine andere als die aktuelle Konfiguration.',
  configurationPreviewNow: (p) => `Jetzt: ${p.name}`,
  configurationPreviewAfter: (p) => `Nach dem Speichern: ${p.name}`,
  configurationChanges: 'Ändert sich',
  configurationUnchanged: 'Unverändert',
  configurationSave: 'Speichern',
  configurationSaveFailed: 'Die Konfiguration konnte nicht geändert werden.',
  configurationConflictTitle: 'Inzwischen von jemand anderem geändert',
  configurationConflictMessage:
    'Die Konfiguration dieses Kunden wurde geändert, nachdem Sie dieses Formular geöffnet haben. Die Version des Servers steht neben Ihrer Wahl: Übernehmen Sie Ihre Wahl darüber oder verwerfen Sie sie.',
  configurationConflictServer: (p) => `Jetzt auf dem Server: ${p.name}`,
  configurationConflictYours: (p) => `Ihre Wahl: ${p.name}`,
  configurationReapply: 'Meine Wahl übernehmen',
  configurationDiscard: 'Meine Wahl verwerfen',
  configurationDiscarded:
    'Ihre Wahl wurde verworfen; die Konfiguration des Servers wird angezeigt.',
};
