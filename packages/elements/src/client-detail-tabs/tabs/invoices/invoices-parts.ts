/**
 * The parts of `<client-invoices-tab>` its first paint does not need, each a relative dynamic
 * `import()`: the "Add invoice" form, with its messages in the tab's language (English if
 * those fail). One object, so a test can make a load fail.
 */
export const invoicesTabParts = {
  form: (locale?: string) =>
    import('./invoice-form.ts').then(async (form) => {
      await form.invoiceFormText.load(locale).catch(() => undefined);
      return form;
    }),
};
