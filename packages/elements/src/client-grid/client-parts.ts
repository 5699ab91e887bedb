/**
 * The parts of `<client-grid>` its first paint does not need, each loaded on first use by a
 * relative dynamic `import()` (a host's bundler makes each a chunk; the published dist keeps
 * them as modules beside the grid's). One object, so a test can make a load fail.
 */
export const clientGridParts = {
  /** The row menu, the confirmation dialogs, the bulk bar's actions. */
  actions: () => import('./client-actions.ts'),
  /** The panel with every filter, and the names of the reference filters. */
  filterPanel: () => import('./filter-panel.ts'),
  /** CSV export. */
  csv: () => import('./csv.ts'),
  /** The card view. */
  cards: () => import('./client-cards.ts'),
};
