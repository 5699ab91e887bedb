/**
 * The part of `<client-domains-tab>` its first paint does not need, a relative dynamic
 * `import()`: the register form, with its messages in the tab's language (English if those
 * fail). One object, so a test can make the load fail.
 */
export const domainsTabParts = {
  form: (locale?: string) =>
    import('./domain-form.ts').then(async (form) => {
      await form.domainFormText.load(locale).catch(() => undefined);
      return form;
    }),
};
