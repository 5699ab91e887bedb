/**
 * The parts of `<client-users-tab>` its first paint does not need, each a relative dynamic
 * `import()`: the four forms (associate, change role, dissociate, log in as), with their own
 * messages in the tab's language (English if those fail). One object, so a test can make a
 * load fail.
 */
export const usersTabParts = {
  forms: (locale?: string) =>
    import('./users-forms.ts').then(async (forms) => {
      await forms.usersFormText.load(locale).catch(() => undefined);
      return forms;
    }),
};
