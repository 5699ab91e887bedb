/**
 * The parts of `<client-services-tab>` its first paint does not need, each a relative dynamic
 * `import()`: the change-plan and terminate forms, with their own messages in the tab's
 * language (English if those fail). One object, so a test can make a load fail.
 */
export const servicesTabParts = {
  forms: (locale?: string) =>
    import('./services-forms.ts').then(async (forms) => {
      await forms.servicesFormText.load(locale).catch(() => undefined);
      return forms;
    }),
};
