/** English messages of the Invoices tab's form (loaded with it). */
export const invoiceFormEn = {
  invoiceFormTitle: 'Add an invoice',
  invoiceFormMessage: (p: { currency: string }) =>
    p.currency
      ? `Issued today in the client's currency, ${p.currency}, and unpaid until the client pays it.`
      : "Issued today in the client's currency, and unpaid until the client pays it.",
  invoiceFormSubmit: 'Create invoice',
  invoiceFormSubmitAgain: 'Send again',
  invoiceFormRetryNote:
    'Sending again repeats the same request, so the invoice is created once even if the first attempt reached the server.',
  invoiceFormFailed: 'The invoice could not be created.',
  invoiceDueLabel: 'Due date',
  invoiceLinesLegend: 'Lines',
  invoiceLineLegend: (p: { n: number }) => `Line ${p.n}`,
  invoiceLineDescription: 'Description',
  invoiceLineQuantity: 'Quantity',
  invoiceLineUnitPrice: 'Unit price',
  invoiceLineAmount: 'Amount',
  invoiceAddLine: 'Add line',
  invoiceRemoveLine: (p: { n: number }) => `Remove line ${p.n}`,
  invoiceLinesMax: (p: { max: number }) => `An invoice has at most ${p.max} lines.`,
  invoiceNumberHint: (p: { example: string }) =>
    `Numbers as ${p.example}. A negative unit price is a discount.`,
  invoiceNumberInvalid: (p: { example: string }) => `Type a number such as ${p.example}.`,
  invoiceQuantityNotPositive: 'Use a quantity above zero.',
  invoiceNumberScale: (p: { max: number }) => `Use at most ${p.max} digits after the decimal sign.`,
  invoiceDateInvalid: 'Choose a date.',
  invoicePreview: 'Preview',
  invoiceSubtotal: 'Subtotal',
  invoiceTax: 'Tax',
  invoiceTotal: 'Total',
  invoiceTaxByServer: "Added by the server from the client's tax settings",
  invoiceTaxExempt: 'None (the client is tax exempt)',
  invoiceTotalPlusTax: (p: { subtotal: string }) => `${p.subtotal} plus tax`,
  invoicePreviewNote:
    "Each line's amount is rounded to the currency's smallest unit, as the server computes it.",
};

export type InvoiceFormMessages = typeof invoiceFormEn;
