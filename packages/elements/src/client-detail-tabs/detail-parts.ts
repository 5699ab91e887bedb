/**
 * The parts of `<client-detail-tabs>` its first paint does not need, each loaded by a relative
 * dynamic `import()` on first use: the action dialogs (with their messages in the widget's
 * language, English if those fail). One object, so a test can make a load fail.
 */
export const clientDetailParts = {
  actions: (locale?: string) =>
    import('./detail-actions.ts').then(async (actions) => {
      await Promise.all([
        actions.detailActionsText.load(locale),
        actions.clientActionsText.load(locale),
      ]).catch(() => undefined);
      return actions;
    }),
};
