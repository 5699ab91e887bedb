import type { UnitEntry, UnitEntryKind, UnitEntrySort } from '@clientele/sdk';
import type { ListDataProvider, ListDataRequest, ListPage, ListQuery } from '../list/list-data.ts';

/** The ledger's filters, named like the API's query parameters. */
export interface UnitEntryFilters {
  /** Only entries of these kinds. */
  readonly kind?: readonly UnitEntryKind[];
  /** Only entries created on or after this date (`YYYY-MM-DD`, UTC). */
  readonly created_after?: string;
  /** Only entries created on or before this date (`YYYY-MM-DD`, UTC). */
  readonly created_before?: string;
}

/** Whose ledger a request is for. */
export interface UnitsScope {
  readonly clientId: string;
}

/** What the entries list shows: one client's ledger with search, filters and sort. */
export type UnitEntryQuery = ListQuery<UnitEntryFilters, UnitEntrySort> & UnitsScope;

/** What `<units-ledger>` asks its data source for: one page of one query. */
export type UnitEntryRequest = ListDataRequest<UnitEntryFilters, UnitEntrySort> & UnitsScope;

/**
 * A data source for the entries of `<units-ledger>` (the `dataProvider` property), for a
 * backend that does not implement the spec or an in-memory array. It must honour both sorts
 * (`-created_at`, newest first, and `created_at`): the list reads the end of a long ledger in
 * the reverse order.
 */
export type UnitEntryDataProvider = ListDataProvider<
  UnitEntry,
  UnitEntryFilters,
  UnitEntrySort,
  ListPage<UnitEntry>,
  UnitEntryRequest
>;

export const DEFAULT_UNIT_ENTRY_SORT: UnitEntrySort = '-created_at';

export const reverseUnitEntrySort = (sort: UnitEntrySort): UnitEntrySort =>
  sort === '-created_at' ? 'created_at' : '-created_at';

/** The filters as text, for the rows' cache key. */
export function filtersKey(filters: UnitEntryFilters): string {
  return JSON.stringify([
    [...(filters.kind ?? [])].sort(),
    filters.created_after ?? '',
    filters.created_before ?? '',
  ]);
}

/** Whether an entry belongs to a query's result, as the API decides it. */
export function unitEntryMatches(
  entry: UnitEntry,
  request: Pick<UnitEntryRequest, 'query' | 'filters'>,
): boolean {
  const { kind, created_after: after, created_before: before } = request.filters;
  const day = entry.created_at.slice(0, 10);
  if (kind?.length && !kind.includes(entry.kind)) return false;
  if (after && day < after) return false;
  if (before && day > before) return false;
  const needle = request.query.trim().toLowerCase();
  if (!needle) return true;
  return [
    entry.id,
    entry.description,
    entry.resource?.name,
    entry.actor.name,
    entry.impersonator?.name,
    entry.reverses_entry_id,
    entry.reversed_by_entry_id,
    entry.offer_id,
    entry.invoice_id,
  ].some((text) => text?.toLowerCase().includes(needle));
}
