import type { UnitsFiltersMessages } from './filters-messages.en.ts';

/** German messages of <units-ledger>'s filters panel and CSV export. */
export const unitsFiltersDe: UnitsFiltersMessages = {
  unitsFilterKinds: 'Arten',
  unitsFilterFrom: 'Von',
  unitsFilterTo: 'Bis',
  unitsFilterSearch: 'Buchungen suchen',
  unitsFilterSearchHint: 'Beschreibung, Buchungs- oder Rechnungs-ID, Ressource, Mitarbeitername',
  unitsFilterClear: 'Filter zurücksetzen',
  unitsExporting: (p) => `Buchungen werden exportiert: ${p.done} von ${p.total}…`,
  unitsExported: (p) => `${p.count} Buchungen exportiert.`,
  unitsExportFailed: 'Der Export ist fehlgeschlagen. Erneut versuchen.',
};
