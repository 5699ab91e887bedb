import type { Client, ClientSort, ClientStatusCounts } from '@clientele/sdk';
import type { ListDataProvider, ListDataRequest, ListPage } from '../list/list-data.ts';
import type { ClientFilters } from './client-query.ts';

/** What `<client-grid>` asks its data source for: one page of one query. */
export type ClientDataRequest = ListDataRequest<ClientFilters, ClientSort>;

/** A page of clients, with the status counts for the toolbar. */
export interface ClientDataResult extends ListPage<Client> {
  /**
   * Clients per status over the filters ignoring the status filter (shown in the toolbar). A
   * promise when they come later than the rows (a backend that counts in a separate, slower
   * query; the in-memory provider counts while the page is idle): the toolbar shows
   * the status buttons without numbers meanwhile.
   */
  readonly statusCounts?: ClientStatusCounts | PromiseLike<ClientStatusCounts>;
}

/**
 * A data source for `<client-grid>`: give it to the `dataProvider` property to adapt a backend
 * that does not implement the spec, or to show an in-memory array (`createArrayDataProvider`
 * from `@clientele/elements/testing`). It must honour the sort in both directions (the grid
 * reads the end of a long list in the reverse order), and may declare `maxLimit`, the largest
 * page it serves (default 200, the API's maximum; see `ListDataProvider`).
 */
export type ClientDataProvider = ListDataProvider<
  Client,
  ClientFilters,
  ClientSort,
  ClientDataResult
>;
