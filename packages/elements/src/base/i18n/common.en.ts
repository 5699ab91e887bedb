/**
 * English messages every widget shares (the six states, errors, filter chips, dialogs): the
 * source catalog. Its shape is `CommonMessages`; each widget adds its own catalog next to its
 * code (`client-grid/messages.en.ts`, ...), so a widget's bundle carries only its own strings.
 *
 * Values are strings, or functions of named parameters for messages with placeholders
 * (parameters are plain text; templates render the result as text, never as HTML).
 */
export const commonEn = {
  /** Visually hidden label of the loading skeleton. */
  loading: 'Loading…',
  emptyTitle: 'Nothing to show',
  emptyMessage: 'There are no items here yet.',
  errorTitle: 'Something went wrong',
  errorMessage: 'An unexpected error occurred.',
  networkErrorTitle: 'The server could not be reached',
  networkErrorMessage: 'Check the connection and try again.',
  timeoutErrorTitle: 'The server took too long to answer',
  timeoutErrorMessage: 'Try again in a moment.',
  requestId: (p: { id: string }) => `Request ID: ${p.id}`,
  retryAfter: (p: { seconds: number }) =>
    p.seconds === 1
      ? 'The server asks to wait 1 second before trying again.'
      : `The server asks to wait ${p.seconds} seconds before trying again.`,
  fieldError: (p: { field: string; message: string }) => `${p.field}: ${p.message}`,
  /** A form field's own checks (`ui/form-errors.ts` `validateFields`). */
  fieldRequired: 'Fill in this field.',
  fieldTooShort: (p: { min: number }) => `Use at least ${p.min} characters.`,
  fieldTooLong: (p: { max: number }) => `Use at most ${p.max} characters.`,
  fieldInvalid: 'Check the format of this field.',
  retry: 'Retry',
  forbiddenTitle: 'Access denied',
  forbiddenMessage: 'Your account does not have permission to view this.',
  notFoundTitle: 'Not found',
  notFoundMessage: 'It may have been deleted, or the link is out of date.',
  filters: 'Filters',
  activeFilters: 'Active filters',
  clearAllFilters: 'Clear all',
  removeFilter: (p: { label: string }) => `Remove filter ${p.label}`,
  filterChip: (p: { name: string; value: string }) => `${p.name}: ${p.value}`,
  anyValue: 'Any',
  cancel: 'Cancel',
  close: 'Close',
  statusFilterLabel: 'Filter by status',
  columnClient: 'Client',
  columnStatus: 'Status',
  columnCreated: 'Created',
};

/** The shape of the shared catalog: every key of the English source, with the same types. */
export type CommonMessages = typeof commonEn;
