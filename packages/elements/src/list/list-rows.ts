import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ResourceState } from '../base/controllers/resource-controller.ts';
import { DEFAULT_MAX_LIMIT, type ListPage, type ListPaging } from './list-data.ts';
import { listViewState } from './list-view.ts';
import { PagedRows } from './paged-rows.ts';

/** A data source as the rows call it: the query with paging, answered by a page. */
export type RowsProvider<Q extends { readonly sort: string }, P extends ListPage<unknown>> = ((
  request: Q & ListPaging,
) => Promise<P>) & { readonly maxLimit?: number };

export interface ListRowsOptions<T, Q extends { readonly sort: string }, P extends ListPage<T>> {
  /** The data source; undefined while there is none (no SDK client yet): no rows then. */
  provider(): RowsProvider<Q, P> | undefined;
  /** What the rows show: search, filters, sort and whatever else a request carries. */
  query(): Q;
  /** The query as text: queries with the same key (and provider) share one row cache. */
  key(query: Q): string;
  /** The sort read backwards (a list reads the end of a long list in the reverse order). */
  reverseSort(sort: Q['sort']): Q['sort'];
  /** Rows asked for first, and near a known cursor (default 50). */
  pageSize?: number;
  /**
   * Whether the data source can read the list backwards (`reverseSort`; default true). A list
   * whose API has one fixed order (a journal, newest first) says false: its far end is then
   * reached by walking forwards.
   */
  canReverse?: boolean;
  /**
   * A new row cache begins (`refresh` when it replaces the old one for the same query): the
   * host forgets what belonged to the old rows (selection, counts, scroll position).
   */
  onReset?(refresh: boolean): void;
  /** Changes a page before its rows are kept (e.g. leaves out rows the host pins on top). */
  mapPage?(page: P): P;
  /** A page arrived; true when what it carries besides rows (status counts) changed the view. */
  onPage?(page: P): boolean | undefined;
  /**
   * Whether rows [start, end) are on screen. A walk towards a far row passes many pages
   * nobody sees: the host re-renders only for the pages that land on screen (or when the
   * total changes). Default: every page re-renders.
   */
  shows?(range: { start: number; end: number }): boolean;
}

/**
 * The rows of a windowed list, kept in step with its query: whenever the query (search,
 * filters, sort, ...) or the data source changes, the old `PagedRows` is aborted and a new,
 * empty one loads the first page. It syncs before each render (`hostUpdate`, after the host's
 * `willUpdate` has settled its properties) and forgets everything when the host disconnects.
 *
 * The host renders `get(index)`, `total` and `state` (for `<clientele-state>`), and passes the
 * range on screen to `ensure(start, end)`.
 */
export class ListRows<T, Q extends { readonly sort: string }, P extends ListPage<T> = ListPage<T>>
  implements ReactiveController
{
  readonly #host: ReactiveControllerHost;
  readonly #options: ListRowsOptions<T, Q, P>;
  #rows: PagedRows<T, P> | undefined;
  /** The rows shown while a refreshed query loads its first page. */
  #previous: PagedRows<T, P> | undefined;
  #key = '';
  #provider: RowsProvider<Q, P> | undefined;
  #query: Q | undefined;
  /** The total as last rendered. */
  #shownTotal: number | undefined;

  constructor(host: ReactiveControllerHost, options: ListRowsOptions<T, Q, P>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The current query's rows; undefined without a data source. */
  get current(): PagedRows<T, P> | undefined {
    return this.#rows;
  }

  /** The rows on screen: the current ones, or the previous ones while a refresh loads. */
  get shown(): PagedRows<T, P> | undefined {
    return this.#rows?.total === undefined && this.#previous ? this.#previous : this.#rows;
  }

  /** The data source of the current rows. */
  get provider(): RowsProvider<Q, P> | undefined {
    return this.#provider;
  }

  /** The query of the current rows. */
  get query(): Q | undefined {
    return this.#query;
  }

  /** The key of the current query ('' before the first sync and without a data source). */
  get key(): string {
    return this.#key;
  }

  /** How many rows match; undefined until the first page arrives. */
  get total(): number | undefined {
    return this.shown?.total;
  }

  /** The state of the rows on screen: loading, loaded, empty, or the failure's kind. */
  get state(): ResourceState {
    return listViewState(this.shown, this.total);
  }

  /** The row at an index, or undefined while it loads. */
  get(index: number): T | undefined {
    return this.shown?.get(index);
  }

  /** Loads what is missing of rows [start, end). */
  ensure(start: number, end: number): void {
    this.#rows?.ensure(start, end);
  }

  /** Starts again from the first page at the next render (same query). */
  reload(): void {
    this.#key = '';
    this.#host.requestUpdate();
  }

  /**
   * Starts again from the first page now, keeping the current rows on screen until the new
   * first page arrives (after the host changed the data behind the same query).
   */
  refresh(): void {
    this.#sync(true);
  }

  /**
   * Sends the first page's request now, ahead of the host's update (which would only find it
   * under way): a host whose first render is long lets the request leave before it.
   */
  start(): void {
    this.#sync(false);
  }

  hostUpdate(): void {
    this.#sync(false);
    this.#shownTotal = this.total;
  }

  hostDisconnected(): void {
    this.#rows?.abort();
    // Reconnecting starts from scratch (the loads in flight were aborted).
    this.#key = '';
  }

  #sync(refresh: boolean): void {
    const options = this.#options;
    const provider = options.provider();
    const query = options.query();
    const key = provider ? options.key(query) : '';
    if (!refresh && this.#rows && key === this.#key && this.#provider === provider) return;
    this.#rows?.abort();
    this.#previous = refresh ? this.#rows : undefined;
    this.#key = key;
    this.#provider = provider;
    this.#query = query;
    options.onReset?.(refresh);
    if (!provider) {
      this.#rows = undefined;
      return;
    }
    const pageSize = options.pageSize ?? 50;
    const rows: PagedRows<T, P> = new PagedRows<T, P>({
      pageSize,
      walkSize: Math.max(pageSize, provider.maxLimit ?? DEFAULT_MAX_LIMIT),
      canReverse: options.canReverse ?? true,
      fetchPage: async ({ cursor, limit, reversed, signal }) => {
        const sort = reversed ? options.reverseSort(query.sort) : query.sort;
        const page = await provider({ ...query, sort, cursor, limit, signal });
        return options.mapPage ? options.mapPage(page) : page;
      },
      onPage: (page, _reversed, range) => {
        if (this.#rows !== rows) return;
        const replaced = this.#previous !== undefined;
        this.#previous = undefined;
        const changed = options.onPage?.(page) === true;
        if (
          replaced ||
          changed ||
          page.total !== this.#shownTotal ||
          (options.shows?.(range) ?? true)
        ) {
          this.#host.requestUpdate();
        }
      },
      onError: () => {
        if (this.#rows !== rows) return;
        this.#previous = undefined;
        this.#host.requestUpdate();
      },
      // A busy indicator follows `loading`, which turns false after the last page.
      onIdle: () => {
        if (this.#rows === rows) this.#host.requestUpdate();
      },
    });
    this.#rows = rows;
    rows.ensure(0, pageSize);
  }
}
