import type { ClientSort, ClientStatus, operations } from '@clientele/sdk';
import { CLIENT_SORTS, CLIENT_STATUSES } from '@clientele/sdk/enums';
import {
  chipsOf,
  type ParseResult,
  reverseSortKey,
  serializeParams,
  sortKeyParts,
  withoutFilterValue,
} from '../list/list-query.ts';

export type { ParseResult } from '../list/list-query.ts';

/**
 * The client list's state as plain data: search text, filters, sort and view, with their
 * parsing (attributes, URLs) and serialization. Pure functions, no DOM.
 */

// Every client status and sort key, in the spec's order: generated from it.
export { CLIENT_SORTS, CLIENT_STATUSES };

/** The sort keys of `listClients` (each also with a leading `-` for descending). */
export const CLIENT_SORT_FIELDS = [
  'company',
  'country',
  'created_at',
  'uptodate_credit',
  'configuration',
  'group',
] as const;
export type ClientSortField = (typeof CLIENT_SORT_FIELDS)[number];

export const DEFAULT_SORT: ClientSort = '-created_at';

/** The two views of `<client-grid>`. */
export const CLIENT_GRID_VIEWS = ['list', 'cards'] as const;
export type ClientGridView = (typeof CLIENT_GRID_VIEWS)[number];

type ListClientsQuery = NonNullable<operations['listClients']['parameters']['query']>;

/** Every filter `listClients` offers (its query parameters minus paging, sort and search). */
export type ClientFilters = Omit<ListClientsQuery, 'cursor' | 'limit' | 'sort' | 'search'>;
export type ClientFilterKey = keyof ClientFilters;

export type FilterKind = 'statuses' | 'date' | 'boolean' | 'reference';

/** The reference lists a filter's ids come from (the keys of `ClientFilterOptions`). */
export type ReferenceList =
  | 'configurations'
  | 'groups'
  | 'regions'
  | 'flavors'
  | 'hypervisors'
  | 'serviceTypes'
  | 'products';

export interface FilterField {
  readonly key: ClientFilterKey;
  readonly kind: FilterKind;
  readonly list?: ReferenceList;
}

/** The filters in panel order, each with its kind. The single list the UI and parsing use. */
export const FILTER_FIELDS = [
  { key: 'status', kind: 'statuses' },
  { key: 'created_after', kind: 'date' },
  { key: 'created_before', kind: 'date' },
  { key: 'configuration_id', kind: 'reference', list: 'configurations' },
  { key: 'group_id', kind: 'reference', list: 'groups' },
  { key: 'tax_exempt', kind: 'boolean' },
  { key: 'has_instances_in_region', kind: 'reference', list: 'regions' },
  { key: 'has_instances_with_flavor', kind: 'reference', list: 'flavors' },
  { key: 'has_instances_on_hypervisor', kind: 'reference', list: 'hypervisors' },
  { key: 'has_billing_agreement', kind: 'boolean' },
  { key: 'has_services', kind: 'boolean' },
  { key: 'has_instances', kind: 'boolean' },
  { key: 'has_services_of_type', kind: 'reference', list: 'serviceTypes' },
  { key: 'has_service_for_product', kind: 'reference', list: 'products' },
] as const satisfies readonly FilterField[];

const FIELD_BY_KEY = new Map<string, FilterField>(FILTER_FIELDS.map((field) => [field.key, field]));

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isClientStatus(value: unknown): value is ClientStatus {
  return (CLIENT_STATUSES as readonly unknown[]).includes(value);
}

export function isClientSort(value: unknown): value is ClientSort {
  return (CLIENT_SORTS as readonly unknown[]).includes(value);
}

export function isClientGridView(value: unknown): value is ClientGridView {
  return (CLIENT_GRID_VIEWS as readonly unknown[]).includes(value);
}

/** `company` <-> `-company`. */
export function reverseSort(sort: ClientSort): ClientSort {
  return reverseSortKey(sort);
}

/** The field and direction of a sort key. */
export function sortParts(sort: ClientSort): { field: ClientSortField; descending: boolean } {
  return sortKeyParts<ClientSortField>(sort);
}

function toBoolean(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

/**
 * Cleans an object into `ClientFilters`: unknown keys, malformed values and empty values are
 * dropped (and reported). Values may be strings (from attributes and URLs) or typed values.
 */
export function normalizeFilters(input: unknown): ParseResult<ClientFilters> {
  const problems: string[] = [];
  const filters: Record<string, unknown> = {};
  if (input === null || input === undefined) return { value: {}, problems };
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { value: {}, problems: ['filters must be an object'] };
  }
  for (const [key, raw] of Object.entries(input as Record<string, unknown>)) {
    const field = FIELD_BY_KEY.get(key);
    if (!field) {
      problems.push(`unknown filter "${key}"`);
      continue;
    }
    if (raw === undefined || raw === null || raw === '') continue;
    switch (field.kind) {
      case 'statuses': {
        const list = (Array.isArray(raw) ? raw : String(raw).split(',')).map((s) =>
          String(s).trim(),
        );
        const statuses = [...new Set(list.filter(isClientStatus))];
        for (const bad of list.filter((s) => !isClientStatus(s))) {
          problems.push(`unknown status "${bad}"`);
        }
        if (statuses.length > 0) filters[key] = CLIENT_STATUSES.filter((s) => statuses.includes(s));
        break;
      }
      case 'date':
        if (typeof raw === 'string' && DATE.test(raw)) filters[key] = raw;
        else problems.push(`${key} must be a date (YYYY-MM-DD)`);
        break;
      case 'boolean': {
        const value = toBoolean(raw);
        if (value === undefined) problems.push(`${key} must be true or false`);
        else filters[key] = value;
        break;
      }
      case 'reference':
        if (typeof raw === 'string' && raw.trim()) filters[key] = raw.trim();
        else problems.push(`${key} must be an id`);
        break;
    }
  }
  return { value: filters as ClientFilters, problems };
}

/**
 * Parses the `filters` attribute: JSON (`{"status":["active"],"tax_exempt":false}`) or the
 * URL query form (`status=active&status=suspended&tax_exempt=false`).
 */
export function parseFilters(text: string | null | undefined): ParseResult<ClientFilters> {
  const source = (text ?? '').trim();
  if (!source) return { value: {}, problems: [] };
  if (source.startsWith('{')) {
    try {
      return normalizeFilters(JSON.parse(source));
    } catch {
      return { value: {}, problems: ['filters is not valid JSON'] };
    }
  }
  return filtersFromParams(new URLSearchParams(source));
}

/** Reads filters from query parameters named like the API's, after an optional prefix. */
export function filtersFromParams(
  params: URLSearchParams,
  prefix = '',
): ParseResult<ClientFilters> {
  const raw: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, value] of params) {
    if (!name.startsWith(prefix)) continue;
    const key = name.slice(prefix.length);
    if (!FIELD_BY_KEY.has(key)) continue; // other state (q, sort, view) or the host's own
    if (key === 'status') raw.status = [...((raw.status as string[] | undefined) ?? []), value];
    else raw[key] = value;
  }
  const result = normalizeFilters(raw);
  return { value: result.value, problems: [...problems, ...result.problems] };
}

/** Writes filters as query parameters named like the API's (`status` repeated). */
export function filtersToParams(filters: ClientFilters, prefix = ''): [string, string][] {
  const entries: [string, string][] = [];
  for (const field of FILTER_FIELDS) {
    const value = filters[field.key];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      for (const item of value) entries.push([`${prefix}${field.key}`, String(item)]);
    } else {
      entries.push([`${prefix}${field.key}`, String(value)]);
    }
  }
  return entries;
}

/** The filters as a compact attribute value (URL query form), '' when none are set. */
export function serializeFilters(filters: ClientFilters): string {
  return serializeParams(filtersToParams(filters));
}

/** Whether two filter sets ask for the same clients. */
export function sameFilters(a: ClientFilters, b: ClientFilters): boolean {
  return serializeFilters(a) === serializeFilters(b);
}

/** One removable chip per active filter value (a status filter gives one chip per status). */
export interface FilterChip {
  readonly key: ClientFilterKey;
  readonly value: string;
}

export function filterChips(filters: ClientFilters): FilterChip[] {
  return chipsOf<ClientFilterKey>(filtersToParams(filters));
}

/** The filters without one chip's value (or without the whole key when no value is given). */
export function withoutFilter(
  filters: ClientFilters,
  key: ClientFilterKey,
  value?: string,
): ClientFilters {
  return withoutFilterValue(filters, key, value);
}

/** Sets (or with undefined, removes) one filter. */
export function withFilter<K extends ClientFilterKey>(
  filters: ClientFilters,
  key: K,
  value: ClientFilters[K] | undefined,
): ClientFilters {
  const next = { ...filters };
  if (value === undefined || (Array.isArray(value) && value.length === 0) || value === '') {
    delete next[key];
  } else {
    next[key] = value;
  }
  return next;
}

/** The whole list state a URL can carry. */
export interface ClientListState {
  query: string;
  filters: ClientFilters;
  sort: ClientSort;
  view: ClientGridView;
}
