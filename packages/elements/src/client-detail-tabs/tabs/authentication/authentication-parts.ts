/**
 * The parts of `<client-authentication-tab>` its first paint does not need, each a relative
 * dynamic `import()`: the forms (password reset, block, unblock, end one session, end all),
 * with their own messages in the tab's language (English if those fail). One object, so a
 * test can make a load fail.
 */
export const authTabParts = {
  forms: (locale?: string) =>
    import('./authentication-forms.ts').then(async (forms) => {
      await forms.authFormText.load(locale).catch(() => undefined);
      return forms;
    }),
};
