import type { InvoiceFormMessages } from './form-messages.en.ts';

/** German messages of the Invoices tab's form. */
export const invoiceFormDe: InvoiceFormMessages = {
  invoiceFormTitle: 'Rechnung hinzufügen',
  invoiceFormMessage: (p) =>
    p.currency
      ? `Heute ausgestellt in der Währung des Kunden, ${p.currency}, und offen, bis der Kunde sie bezahlt.`
      : 'Heute ausgestellt in der Währung des Kunden, und offen, bis der Kunde sie bezahlt.',
  invoiceFormSubmit: 'Rechnung erstellen',
  invoiceFormSubmitAgain: 'Erneut senden',
  invoiceFormRetryNote:
    'Erneutes Senden wiederholt dieselbe Anfrage: Die Rechnung entsteht nur einmal, auch wenn der erste Versuch den Server erreicht hat.',
  invoiceFormFailed: 'Die Rechnung konnte nicht erstellt werden.',
  invoiceDueLabel: 'Fälligkeitsdatum',
  invoiceLinesLegend: 'Positionen',
  invoiceLineLegend: (p) => `Position ${p.n}`,
  invoiceLineDescription: 'Beschreibung',
  invoiceLineQuantity: 'Menge',
  invoiceLineUnitPrice: 'Einzelpreis',
  invoiceLineAmount: 'Betrag',
  invoiceAddLine: 'Position hinzufügen',
  invoiceRemoveLine: (p) => `Position ${p.n} entfernen`,
  invoiceLinesMax: (p) => `Eine Rechnung hat höchstens ${p.max} Positionen.`,
  invoiceNumberHint: (p) => `Zahlen wie ${p.example}. Ein negativer Einzelpreis ist ein Rabatt.`,
  invoiceNumberInvalid: (p) => `Geben Sie eine Zahl wie ${p.example} ein.`,
  invoiceQuantityNotPositive: 'Die Menge muss größer als null sein.',
  invoiceNumberScale: (p) => `Höchstens ${p.max} Nachkommastellen.`,
  invoiceDateInvalid: 'Wählen Sie ein Datum.',
  invoicePreview: 'Vorschau',
  invoiceSubtotal: 'Zwischensumme',
  invoiceTax: 'Steuer',
  invoiceTotal: 'Gesamt',
  invoiceTaxByServer: 'Vom Server nach den Steuereinstellungen des Kunden berechnet',
  invoiceTaxExempt: 'Keine (der Kunde ist steuerbefreit)',
  invoiceTotalPlusTax: (p) => `${p.subtotal} zuzüglich Steuer`,
  invoicePreviewNote:
    'Der Betrag jeder Position wird auf die kleinste Einheit der Währung gerundet, wie der Server ihn berechnet.',
};
