import type { CommonMessages } from './common.en.ts';

/** German. Typed as `CommonMessages`: a missing or misspelt key fails the typecheck. */
export const commonDe: CommonMessages = {
  loading: 'Wird geladen…',
  emptyTitle: 'Nichts anzuzeigen',
  emptyMessage: 'Hier gibt es noch keine Einträge.',
  errorTitle: 'Etwas ist schiefgelaufen',
  errorMessage: 'Ein unerwarteter Fehler ist aufgetreten.',
  networkErrorTitle: 'Der Server ist nicht erreichbar',
  networkErrorMessage: 'Bitte die Verbindung prüfen und es erneut versuchen.',
  timeoutErrorTitle: 'Der Server hat zu lange nicht geantwortet',
  timeoutErrorMessage: 'Bitte gleich noch einmal versuchen.',
  requestId: (p) => `Anfrage-ID: ${p.id}`,
  retryAfter: (p) =>
    p.seconds === 1
      ? 'Der Server bittet, vor dem nächsten Versuch 1 Sekunde zu warten.'
      : `Der Server bittet, vor dem nächsten Versuch ${p.seconds} Sekunden zu warten.`,
  fieldError: (p) => `${p.field}: ${p.message}`,
  fieldRequired: 'Bitte dieses Feld ausfüllen.',
  fieldTooShort: (p) => `Bitte mindestens ${p.min} Zeichen eingeben.`,
  fieldTooLong: (p) => `Bitte höchstens ${p.max} Zeichen eingeben.`,
  fieldInvalid: 'Bitte das Format dieses Feldes prüfen.',
  retry: 'Erneut versuchen',
  forbiddenTitle: 'Zugriff verweigert',
  forbiddenMessage: 'Ihr Konto hat keine Berechtigung, dies anzusehen.',
  notFoundTitle: 'Nicht gefunden',
  notFoundMessage: 'Es wurde vielleicht gelöscht, oder der Link ist veraltet.',
  filters: 'Filter',
  activeFilters: 'Aktive Filter',
  clearAllFilters: 'Alle entfernen',
  removeFilter: (p) => `Filter ${p.label} entfernen`,
  filterChip: (p) => `${p.name}: ${p.value}`,
  anyValue: 'Beliebig',
  cancel: 'Abbrechen',
  close: 'Schließen',
  statusFilterLabel: 'Nach Status filtern',
  columnClient: 'Kunde',
  columnStatus: 'Status',
  columnCreated: 'Angelegt',
};
