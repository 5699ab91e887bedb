import { remember } from '../base/lazy.ts';

/**
 * The parts of `<client-grid>` its first paint does not need, each loaded on first use by a
 * relative dynamic `import()` (a host's bundler makes chunks of them; the published dist keeps
 * them as modules beside the grid's). The actions, the filter panel, CSV export and the walk
 * through every client come in one chunk (`client-tools.ts`), the chips, the list view, the card view and the URL state each in its own. One object, so a
 * test can make a load fail. The first rows' parts remember their module, so a grid added after
 * they loaded shows its header and placeholder rows in its first update.
 */
export const clientGridParts = {
  /** The row menu, the confirmation dialogs, the bulk bar's actions. */
  actions: (locale?: string) =>
    import('./client-tools.ts').then(async (tools) => {
      // Their messages in the grid's language (German ones are a chunk of their own).
      await tools.actions.clientActionsText.load(locale);
      return tools.actions;
    }),
  /** The panel with every filter, and the names of the reference filters. */
  filterPanel: () => import('./client-tools.ts').then((tools) => tools.filterPanel),
  /** CSV export. */
  csv: () => import('./client-tools.ts').then((tools) => tools.csv),
  /** The walk through every matching client (CSV export, "select all"). */
  walk: () => import('./client-tools.ts').then((tools) => tools.walk),
  /** The active filters' chips (once a filter is set). */
  chips: () => import('./client-chips.ts'),
  /** The list view (the data grid and its columns), loaded with the first page. */
  list: remember(() => import('./client-list.ts')),
  /** The selection's boxes and bulk bar (loaded with either view). */
  controls: remember(() => import('./client-row-controls.ts')),
  /** The card view. */
  cards: () => import('./client-cards.ts'),
  /** `url-state`: the list state in the page URL. */
  url: () => import('./client-url.ts'),
};
