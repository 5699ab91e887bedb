/** English messages of <client-configuration-tab>'s first paint (its form's are in `form-messages.en.ts`). */
export const configurationTabEn = {
  configurationLabel: 'Billing configuration',
  configurationSetting: 'Setting',
  configurationClient: (p: { name: string }) => `This client: ${p.name}`,
  configurationDefault: (p: { name: string }) => `Default: ${p.name}`,
  configurationNoDefault: 'Default',
  configurationNoDefaultValue: 'No default set',
  configurationUsesDefault: (p: { name: string }) =>
    `This client uses the default configuration, ${p.name}.`,
  configurationUsesOther: (p: { name: string; overrides: number }) =>
    p.overrides === 0
      ? `This client uses ${p.name}, whose settings match the default.`
      : p.overrides === 1
        ? `This client uses ${p.name}: 1 setting differs from the default (marked Override).`
        : `This client uses ${p.name}: ${p.overrides} settings differ from the default (marked Override).`,
  configurationOverride: 'Override',
  configurationCreditLimit: 'Credit limit',
  configurationRequiredCredit: 'Required credit for new services',
  configurationAutoInvoice: 'Automatic invoicing',
  configurationInvoiceDueDays: 'Invoices due after',
  configurationSuspendAfter: 'Suspend when overdue for',
  configurationOn: 'On',
  configurationOff: 'Off',
  configurationDays: (p: { days: number; formatted: string }) =>
    p.days === 1 ? '1 day' : `${p.formatted} days`,
  configurationChange: 'Change configuration',
  configurationNotPermitted: "Your account may see this client's configuration but not change it.",
  configurationChanged: (p: { name: string }) => `The client now uses the configuration ${p.name}.`,
};

export type ConfigurationTabMessages = typeof configurationTabEn;
