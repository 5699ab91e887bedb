/**
 * `@clientele/elements/testing`: in-memory data and data sources for tests, stories,
 * benchmarks and prototypes (no server, no mock library). Not for production pages: an app's
 * widgets load from its server. Importing this entry registers no tags.
 */

export {
  createActivityArrayDataProvider,
  makeActivity,
  SAMPLE_ACTIVITY_CLIENT,
} from './activity.ts';
export {
  type ArrayProviderOptions,
  compareDecimal,
  createArrayDataProvider,
  type RelationFilterKey,
  textKey,
} from './clients.ts';
export {
  createJournalArrayDataProvider,
  makeJournal,
  SAMPLE_JOURNAL_CLIENT,
} from './journal.ts';
export { makeClients, SAMPLE_CONFIGURATIONS, SAMPLE_GROUPS } from './sample-clients.ts';
export {
  createTicketArrayDataProvider,
  makeTickets,
  SAMPLE_DEPARTMENTS,
  SAMPLE_TICKET_CLIENTS,
} from './tickets.ts';
export { createUnitEntryArrayDataProvider, makeUnitEntries } from './units.ts';
