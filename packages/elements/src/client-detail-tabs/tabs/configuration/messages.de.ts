import type { ConfigurationTabMessages } from './messages.en.ts';

/** German messages of <client-configuration-tab>'s first paint. */
export const configurationTabDe: ConfigurationTabMessages = {
  configurationLabel: 'Abrechnungskonfiguration',
  configurationSetting: 'Einstellung',
  configurationClient: (p) => `Dieser Kunde: ${p.name}`,
  configurationDefault: (p) => `Standard: ${p.name}`,
  configurationNoDefault: 'Standard',
  configurationNoDefaultValue: 'Kein Standard festgelegt',
  configurationUsesDefault: (p) => `Dieser Kunde nutzt die Standardkonfiguration ${p.name}.`,
  configurationUsesOther: (p) =>
    p.overrides === 0
      ? `Dieser Kunde nutzt ${p.name}; die Einstellungen entsprechen dem Standard.`
      : p.overrides === 1
        ? `Dieser Kunde nutzt ${p.name}: 1 Einstellung weicht vom Standard ab (markiert mit „Abweichung“).`
        : `Dieser Kunde nutzt ${p.name}: ${p.overrides} Einstellungen weichen vom Standard ab (markiert mit „Abweichung“).`,
  configurationOverride: 'Abweichung',
  configurationCreditLimit: 'Kreditlimit',
  configurationRequiredCredit: 'Erforderliches Guthaben für neue Dienste',
  configurationAutoInvoice: 'Automatische Rechnungsstellung',
  configurationInvoiceDueDays: 'Rechnungen fällig nach',
  configurationSuspendAfter: 'Sperren bei Zahlungsverzug von',
  configurationOn: 'Ein',
  configurationOff: 'Aus',
  configurationDays: (p) => (p.days === 1 ? '1 Tag' : `${p.formatted} Tagen`),
  configurationChange: 'Konfiguration ändern',
  configurationNotPermitted:
    'Ihr Konto darf die Konfiguration dieses Kunden sehen, aber nicht ändern.',
  configurationChanged: (p) => `Der Kunde nutzt jetzt die Konfiguration ${p.name}.`,
};
