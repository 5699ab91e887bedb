import type { DomainFormMessages } from './form-messages.en.ts';

/** German messages of <client-domains-tab>'s register form. */
export const domainFormDe: DomainFormMessages = {
  domainRegisterTitle: 'Domain registrieren',
  domainRegisterMessage: 'Die Domain bleibt ausstehend, bis die Registry sie bestätigt.',
  domainRegisterSubmit: 'Registrieren',
  domainRegisterFailed: 'Die Domain wurde nicht registriert',
  domainNameLabel: 'Domainname',
  domainNameHint:
    'Teile aus Buchstaben, Ziffern und Bindestrichen, durch Punkte getrennt, am Ende eine Top-Level-Domain aus Buchstaben (example.com). Internationalisierte Namen (müller.de) werden angenommen und in ihrer ASCII-Form (xn--) registriert.',
  domainNameAscii: (p) => `Registriert als ${p.ascii}`,
  domainYearsLabel: 'Laufzeit',
  domainYears: (p) => (p.years === 1 ? '1 Jahr' : `${p.years} Jahre`),
  domainNameRequired: 'Geben Sie einen Domainnamen ein.',
  domainNameTooLong: 'Ein Domainname hat höchstens 253 Zeichen.',
  domainNameTooShort: 'Ein Domainname hat mindestens 4 Zeichen.',
  domainNameNoTld: 'Ergänzen Sie eine Top-Level-Domain wie .com oder .de.',
  domainNameEmptyLabel: 'Entfernen Sie den leeren Teil zwischen zwei Punkten.',
  domainNameLabelTooLong: (p) =>
    `„${p.label}“ ist länger als 63 Zeichen, das Höchste für einen Teil eines Domainnamens.`,
  domainNameCharacters: 'Verwenden Sie nur Buchstaben, Ziffern, Bindestriche und Punkte.',
  domainNameHyphen: (p) => `„${p.label}“ darf nicht mit einem Bindestrich beginnen oder enden.`,
  domainNameTld: 'Die Top-Level-Domain muss aus 2 bis 63 Buchstaben bestehen.',
  domainNameIdnTld:
    'Internationalisierte Top-Level-Domains (wie .рф) können hier nicht registriert werden: die Top-Level-Domain muss aus lateinischen Buchstaben bestehen.',
  domainTaken: (p) => `${p.name} ist bereits registriert. Wählen Sie einen anderen Namen.`,
};
