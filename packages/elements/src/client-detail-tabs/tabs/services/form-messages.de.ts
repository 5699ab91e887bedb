import type { ServicesFormMessages } from './form-messages.en.ts';

/** German messages of the Services tab's forms. */
export const servicesFormDe: ServicesFormMessages = {
  servicesPlanTitle: (p) => `Tarif von ${p.product} wechseln`,
  servicesPlanMessage:
    'Ein Dienst wechselt zwischen den Tarifen seines eigenen Produkts; Abrechnungszeitraum und Preis folgen dem Tarif.',
  servicesPlanProduct: (p) => `Tarife von ${p.product}`,
  servicesPlanCurrent: 'aktueller Tarif',
  servicesPlanLoading: 'Tarife werden geladen…',
  servicesPlanLoadFailed: 'Die Tarife konnten nicht geladen werden.',
  servicesPlanNoProduct:
    'Dieses Produkt wird nicht mehr angeboten: Es gibt keine Tarife zur Auswahl.',
  servicesPlanChooseOther: 'Wählen Sie einen anderen als den aktuellen Tarif.',
  servicesPlanSubmit: 'Tarif wechseln',
  servicesPlanFailed: 'Der Tarif konnte nicht gewechselt werden.',
  servicesPlanRefused:
    'Dieser Dienst kann den Tarif nicht mehr wechseln: Er wurde inzwischen beendet oder storniert. Die Liste wird beim Schließen dieses Dialogs neu geladen.',
  servicesPriceNow: 'Jetzt',
  servicesPriceNew: 'Nach dem Wechsel',
  servicesPriceDifference: 'Unterschied',
  servicesPriceSame: 'Kein Unterschied pro Zeitraum',
  servicesCyclesDiffer: (p) =>
    `Die Abrechnungszeiträume unterscheiden sich (jetzt ${p.from}, danach ${p.to}), daher wird kein Unterschied pro Zeitraum berechnet: Vergleichen Sie beide Preise mit ihrem Zeitraum.`,
  servicesCurrenciesDiffer: (p) =>
    `Die Preise lauten auf verschiedene Währungen (${p.from} und ${p.to}), daher wird kein Unterschied berechnet.`,
  servicesTerminateTitle: (p) => `${p.product} beenden?`,
  servicesTerminateMessage:
    'Der Dienst endet sofort und kann nicht fortgesetzt werden. Die Beendigung und ihr Grund werden im Aktivitätsprotokoll festgehalten.',
  servicesConfirmLabel: (p) =>
    `Geben Sie „${p.product}“ oder die Dienst-ID ${p.id} zur Bestätigung ein`,
  servicesConfirmMismatch: (p) =>
    `Geben Sie „${p.product}“ oder die Dienst-ID genau wie angezeigt ein.`,
  servicesReasonLabel: 'Grund (optional)',
  servicesReasonHint: 'Wird im Aktivitätsprotokoll festgehalten; höchstens 500 Zeichen.',
  servicesTerminateSubmit: 'Dienst beenden',
  servicesTerminateFailed: 'Der Dienst konnte nicht beendet werden.',
  servicesTerminateRefused:
    'Dieser Dienst ist bereits beendet. Die Liste wird beim Schließen dieses Dialogs neu geladen.',
};
