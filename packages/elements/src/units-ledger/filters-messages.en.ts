/** English messages of <units-ledger>'s filters panel and CSV export, loaded with them. */
export const unitsFiltersEn = {
  unitsFilterKinds: 'Kinds',
  unitsFilterFrom: 'From',
  unitsFilterTo: 'To',
  unitsFilterSearch: 'Search entries',
  unitsFilterSearchHint: 'Description, entry or invoice ID, resource, staff name',
  unitsFilterClear: 'Clear filters',
  unitsExporting: (p: { done: string; total: string }) =>
    `Exporting entries: ${p.done} of ${p.total}…`,
  unitsExported: (p: { count: string }) => `Exported ${p.count} entries.`,
  unitsExportFailed: 'The export failed. Try again.',
};

export type UnitsFiltersMessages = typeof unitsFiltersEn;

declare module '../base/i18n/localize.ts' {
  /** The ledger's filters' messages are part of the kit's `Messages`. */
  interface Messages extends UnitsFiltersMessages {}
}
