/**
 * The parts of `<quota-editor>` its first paint does not need, loaded by a relative dynamic
 * `import()` with their messages in the widget's language (English if those fail): the dialogs
 * (save summary, reset to defaults) with the 412 conflict view, and the change requests
 * (pending list, approve, reject, propose), once the quotas are shown. One object, so a test
 * can make a load fail.
 */
export const quotaEditorParts = {
  lazy: (locale?: string) =>
    import('./quota-lazy.ts').then(async (module) => {
      await module.quotaPartsText.load(locale).catch(() => undefined);
      return module;
    }),
};
