import { remember } from '../base/lazy.ts';

/**
 * The parts of `<client-detail-tabs>` its first paint does not need, each loaded by a relative
 * dynamic `import()`: the loaded page's header and action buttons (started as the tag is
 * registered), and the action dialogs on first use (with their messages in the widget's
 * language, English if those fail). One object, so a test can make a load fail.
 */
export const clientDetailParts = {
  /** The header and its action buttons (./detail-page.ts), remembered once loaded. */
  page: remember(() => import('./detail-page.ts')),
  actions: (locale?: string) =>
    import('./detail-actions.ts').then(async (actions) => {
      await Promise.all([
        actions.detailActionsText.load(locale),
        actions.clientActionsText.load(locale),
      ]).catch(() => undefined);
      return actions;
    }),
};

/** The loaded page's renderers (./detail-page.ts). */
export type DetailPage = Awaited<ReturnType<typeof clientDetailParts.page>>;
