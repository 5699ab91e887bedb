import type { JournalEntry, JournalParty } from '@clientele/sdk';
import type {
  ListDataProvider,
  ListDataRequest,
  ListPage,
  ListQuery,
} from '../../../list/list-data.ts';
import type { JournalTabMessages } from './messages.en.ts';

/** The journal's one order: newest first (the API has no other). */
export type JournalSort = '-created_at';

/** The journal has no filters. */
export type JournalFilters = Record<string, never>;

/** Whose journal a request is for. */
export interface JournalScope {
  readonly clientId: string;
}

export type JournalQuery = ListQuery<JournalFilters, JournalSort> & JournalScope;

/** What `<client-journal-tab>` asks its data source for: one page, newest first. */
export type JournalDataRequest = ListDataRequest<JournalFilters, JournalSort> & JournalScope;

/**
 * A data source for `<client-journal-tab>` (its `dataProvider` property): one page of one
 * client's journal, newest first, by cursor.
 */
export type JournalDataProvider = ListDataProvider<
  JournalEntry,
  JournalFilters,
  JournalSort,
  ListPage<JournalEntry>,
  JournalDataRequest
>;

/** A journal party in words. */
export const JOURNAL_PARTY_KEYS: Readonly<Record<JournalParty, keyof JournalTabMessages>> = {
  credit: 'journalPartyCredit',
  credit_tax: 'journalPartyCreditTax',
  invoice: 'journalPartyInvoice',
  transaction: 'journalPartyTransaction',
  staff: 'journalPartyStaff',
  settlement: 'journalPartySettlement',
  external: 'journalPartyExternal',
};
