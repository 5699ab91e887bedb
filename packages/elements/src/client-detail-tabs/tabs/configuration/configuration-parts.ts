/**
 * The part of `<client-configuration-tab>` its first paint does not need, a relative dynamic
 * `import()`: the change form (choice, preview, save, conflict view) with its own messages in
 * the tab's language (English if those fail). One object, so a test can make a load fail.
 */
export const configurationTabParts = {
  form: (locale?: string) =>
    import('./configuration-form.ts').then(async (form) => {
      await form.configurationFormText.load(locale).catch(() => undefined);
      return form;
    }),
};
