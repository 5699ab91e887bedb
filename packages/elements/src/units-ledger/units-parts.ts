import { remember } from '../base/lazy.ts';

/**
 * The parts of `<units-ledger>` loaded by a relative dynamic `import()`: the entries grid as
 * soon as the widget connects (in parallel with the balance; a skeleton meanwhile), and on
 * first use the actions (credit/debit
 * form, reversal dialog, offer picker, limits editor, with their messages in the widget's
 * language) and the filters panel with the CSV export. One object, so a test can make a load fail.
 */
export const unitsLedgerParts = {
  /**
   * The entries grid and its list machinery, loaded as soon as the ledger connects; kept once
   * loaded (`remember`), so a ledger added later (another client's) makes its grid as it connects.
   */
  entries: remember(() => import('./units-entries.ts')),
  actions: (locale?: string) =>
    import('./units-actions.ts').then(async (actions) => {
      await actions.unitsActionsText.load(locale).catch(() => undefined);
      return actions;
    }),
  filters: () => import('./units-filters.ts'),
};
