import type { ActivityCategory, ActivityEntry, ActivitySort } from '@clientele/sdk';
import type {
  ListDataProvider,
  ListDataRequest,
  ListPage,
  ListQuery,
} from '../../../list/list-data.ts';

/** The activity log's filters, named like the API's query parameters. */
export interface ActivityFilters {
  /** Only entries in one of these categories. */
  readonly category?: readonly ActivityCategory[];
  /** Only entries whose actor's name or id contains this text (case-insensitive). */
  readonly actor?: string;
  /** Only entries made during impersonation (true) or outside it (false). */
  readonly impersonated?: boolean;
}

/** Whose log a request is for. */
export interface ActivityScope {
  readonly clientId: string;
}

/** What the log shows: one client's entries, filtered, newest or oldest first. */
export type ActivityQuery = ListQuery<ActivityFilters, ActivitySort> & ActivityScope;

/** What `<client-activity-tab>` asks its data source for: one page of one query. */
export type ActivityDataRequest = ListDataRequest<ActivityFilters, ActivitySort> & ActivityScope;

/**
 * A data source for `<client-activity-tab>` (its `dataProvider` property): adapts a backend
 * that does not implement the spec, or an in-memory array (`createActivityArrayDataProvider`
 * from `@clientele/elements/testing`). It must honour both sorts (`at`, `-at`).
 */
export type ActivityDataProvider = ListDataProvider<
  ActivityEntry,
  ActivityFilters,
  ActivitySort,
  ListPage<ActivityEntry>,
  ActivityDataRequest
>;

/** Whether an entry belongs to a query's result, as the API decides it. */
export function activityMatches(entry: ActivityEntry, filters: ActivityFilters): boolean {
  if (filters.category?.length && !filters.category.includes(entry.category)) return false;
  const actor = filters.actor?.trim().toLowerCase();
  if (
    actor &&
    !entry.actor.name.toLowerCase().includes(actor) &&
    !entry.actor.id.toLowerCase().includes(actor)
  ) {
    return false;
  }
  if (filters.impersonated !== undefined && (entry.impersonator !== null) !== filters.impersonated)
    return false;
  return true;
}

/** The same sort read backwards. */
export const reverseActivitySort = (sort: ActivitySort): ActivitySort =>
  sort === '-at' ? 'at' : '-at';

/** The filters as text: equal filters, equal keys. */
export function serializeActivityFilters(filters: ActivityFilters): string {
  return JSON.stringify([
    [...(filters.category ?? [])].sort(),
    filters.actor?.trim() ?? '',
    filters.impersonated ?? null,
  ]);
}
