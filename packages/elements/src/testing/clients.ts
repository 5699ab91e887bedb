import type { Client, ClientStatusCounts } from '@clientele/sdk';
import { parseDecimal } from '../base/format/decimal.ts';
import type {
  ClientDataProvider,
  ClientDataRequest,
  ClientDataResult,
} from '../client-grid/client-data.ts';
import {
  CLIENT_STATUSES,
  type ClientFilterKey,
  type ClientFilters,
  sortParts,
} from '../client-grid/client-query.ts';
import { abortableDelay } from '../list/list-data.ts';

/**
 * `<client-grid>`'s in-memory data source, for tests, stories, benchmarks and prototypes: a
 * `ClientDataProvider` over an array that searches, filters, sorts and counts as the API does.
 * From `@clientele/elements/testing`, not the main entry: an app talks to its server.
 */

/** Filters the in-memory provider cannot evaluate from a `Client` alone. */
export type RelationFilterKey = Extract<
  ClientFilterKey,
  | 'has_instances_in_region'
  | 'has_instances_with_flavor'
  | 'has_instances_on_hypervisor'
  | 'has_services_of_type'
  | 'has_service_for_product'
>;

export interface ArrayProviderOptions {
  /**
   * Decides the filters that need data beyond the client (instances in a region, services of
   * a type...). Without it those filters match no client.
   */
  relation?: (client: Client, key: RelationFilterKey, id: string) => boolean;
  /** Simulated latency in ms (stories, benchmarks); default 0. */
  latency?: number;
  /** The largest page served (the provider's `maxLimit`); default 5,000. */
  maxLimit?: number;
  /**
   * The clients come oldest first (as `makeClients` and most server exports give them): the
   * default sort, newest first, then reads the array from its end without checking the order,
   * and the first page reads no other client. Without it the provider checks the order in one
   * pass over every client (and sorts a copy when it is not). Rows in the wrong order if set
   * for clients that are not in creation order.
   */
  inCreationOrder?: boolean;
}

/**
 * The clients per status, counted in slices while the page is idle (each slice a few thousand
 * clients, as many as the idle period has room for; at the latest every 200 ms): counting
 * 100,000 clients at once would hold up the frame after the first rows, and the first scroll.
 */
function countWhenIdle(clients: readonly Client[]): Promise<ClientStatusCounts> {
  const idle =
    typeof requestIdleCallback === 'function'
      ? (step: (deadline?: IdleDeadline) => void) => requestIdleCallback(step, { timeout: 200 })
      : (step: () => void) => setTimeout(step);
  const counts: Partial<Record<string, number>> = {};
  for (const status of CLIENT_STATUSES) counts[status] = 0;
  let next = 0;
  return new Promise((resolve) => {
    const step = (deadline?: IdleDeadline) => {
      do {
        const stop = Math.min(clients.length, next + 5000);
        for (; next < stop; next++) {
          const status = clients[next]!.status;
          const count = counts[status];
          if (count !== undefined) counts[status] = count + 1;
        }
      } while (next < clients.length && (deadline?.timeRemaining() ?? 0) > 2);
      if (next < clients.length) idle(step);
      else resolve(counts as ClientStatusCounts);
    };
    idle(step);
  });
}

/** Compares decimal strings exactly (no floats). */
export function compareDecimal(a: string, b: string): number {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  if (!x || !y) return a < b ? -1 : a > b ? 1 : 0;
  const sx = x.negative && (x.integer !== '0' || /[1-9]/.test(x.fraction)) ? -1 : 1;
  const sy = y.negative && (y.integer !== '0' || /[1-9]/.test(y.fraction)) ? -1 : 1;
  if (sx !== sy) return sx;
  const width = Math.max(x.fraction.length, y.fraction.length);
  const ix = BigInt(x.integer + x.fraction.padEnd(width, '0'));
  const iy = BigInt(y.integer + y.fraction.padEnd(width, '0'));
  const magnitude = ix < iy ? -1 : ix > iy ? 1 : 0;
  return sx * magnitude;
}

/**
 * A text sort key compared by code points: case and accents folded, numbers padded so that
 * "Cloud 9" sorts before "Cloud 10". Close to a base-sensitivity numeric collation for Latin
 * text, and an order of magnitude faster than `Intl.Collator` over 100,000 rows.
 */
export function textKey(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point
  const folded = /[^\x00-\x7f]/.test(value)
    ? value.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    : value;
  return folded.toLowerCase().replace(/\d+/g, (digits) => digits.padStart(16, '0'));
}

function sortValue(client: Client, field: string): string {
  switch (field) {
    case 'company':
      return client.company ?? `${client.last_name} ${client.first_name}`;
    case 'country':
      return client.country;
    case 'configuration':
      return client.configuration.name;
    case 'group':
      return client.group?.name ?? '';
    default:
      return client.created_at;
  }
}

/** Whether `a` comes before `b` by creation (the id breaks ties), as `sortAscending` orders them. */
function createdBefore(a: Client, b: Client): boolean {
  return a.created_at < b.created_at || (a.created_at === b.created_at && a.id < b.id);
}

/**
 * Sorts ascending by a field; the id breaks ties, so descending is the exact reverse. Keys are
 * computed once per client (not per comparison): sorting 100,000 clients stays quick.
 */
function sortAscending(rows: Client[], field: string): Client[] {
  const byId = (a: Client, b: Client) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  if (field === 'created_at') {
    return rows.sort((a, b) =>
      a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : byId(a, b),
    );
  }
  if (field === 'uptodate_credit') {
    const keys = decimalKeys(rows.map((client) => client.uptodate_credit.amount));
    const keyed = rows.map((client, i) => ({ client, key: keys[i]! }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : byId(a.client, b.client)));
    return keyed.map((entry) => entry.client);
  }
  const keyed = rows.map((client) => ({ client, key: textKey(sortValue(client, field)) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : byId(a.client, b.client)));
  return keyed.map((entry) => entry.client);
}

/** Exact integer keys for decimal strings: every value scaled to the largest fraction length. */
function decimalKeys(values: readonly string[]): bigint[] {
  const parsed = values.map((value) => parseDecimal(value));
  const scale = Math.max(0, ...parsed.map((p) => p?.fraction.length ?? 0));
  return parsed.map((p) => {
    if (!p) return 0n;
    const magnitude = BigInt(p.integer + p.fraction.padEnd(scale, '0'));
    return p.negative ? -magnitude : magnitude;
  });
}

function matchesSearch(client: Client, needle: string): boolean {
  const { first_name: first, last_name: last } = client;
  return (
    first.toLowerCase().includes(needle) ||
    last.toLowerCase().includes(needle) ||
    `${first} ${last}`.toLowerCase().includes(needle) ||
    client.email.toLowerCase().includes(needle) ||
    (client.company?.toLowerCase().includes(needle) ?? false) ||
    (client.external_billing_id?.toLowerCase().includes(needle) ?? false)
  );
}

const RELATION_KEYS: readonly RelationFilterKey[] = [
  'has_instances_in_region',
  'has_instances_with_flavor',
  'has_instances_on_hypervisor',
  'has_services_of_type',
  'has_service_for_product',
];

type Check = (client: Client) => boolean;

/**
 * The checks of the filters that are set (status aside: it is counted, not checked), built once
 * per query; none when no filter is set, so an unfiltered scan does no work per client.
 */
function filterChecks(filters: ClientFilters, relation: ArrayProviderOptions['relation']): Check[] {
  const f = filters;
  const checks: Check[] = [];
  const after = f.created_after;
  if (after) checks.push((c) => c.created_at.slice(0, 10) >= after);
  const before = f.created_before;
  if (before) checks.push((c) => c.created_at.slice(0, 10) <= before);
  if (f.configuration_id) checks.push((c) => c.configuration.id === f.configuration_id);
  if (f.group_id) checks.push((c) => c.group?.id === f.group_id);
  if (f.tax_exempt !== undefined) checks.push((c) => c.tax_exempt === f.tax_exempt);
  if (f.has_billing_agreement !== undefined) {
    checks.push((c) => c.has_billing_agreement === f.has_billing_agreement);
  }
  if (f.has_services !== undefined) checks.push((c) => c.services_count > 0 === f.has_services);
  if (f.has_instances !== undefined) checks.push((c) => c.instances_count > 0 === f.has_instances);
  for (const key of RELATION_KEYS) {
    const id = f[key];
    if (id !== undefined) checks.push((c) => relation?.(c, key, id) ?? false);
  }
  return checks;
}

/**
 * A data source over an in-memory array: search, filters and sort as the API defines them,
 * cursors are offsets. Each distinct query is filtered and sorted once and then paged from
 * memory, so paging through 100,000 clients stays cheap. The array is read, never changed.
 */
export function createArrayDataProvider(
  clients: readonly Client[],
  options: ArrayProviderOptions = {},
): ClientDataProvider {
  let cacheKey = '';
  let cached:
    | {
        rows: readonly Client[];
        statusCounts: ClientStatusCounts | Promise<ClientStatusCounts>;
      }
    | undefined;
  const maxLimit = options.maxLimit ?? 5000;
  const provider = async ({
    query,
    filters,
    sort,
    cursor,
    limit,
    signal,
  }: ClientDataRequest): Promise<ClientDataResult> => {
    if (options.latency) await abortableDelay(options.latency, signal);
    if (signal.aborted) throw new DOMException('The request was aborted', 'AbortError');
    const { field, descending } = sortParts(sort);
    // Keyed by field, not direction: both directions page the same sorted array.
    const key = JSON.stringify([query, filters, field]);
    if (key !== cacheKey || !cached) {
      cached = select(clients, { query, filters, field }, options);
      cacheKey = key;
    }
    const rows = cached.rows;
    const start = cursor === null ? 0 : Number.parseInt(cursor, 10) || 0;
    const total = rows.length;
    const end = Math.min(total, start + Math.min(limit, maxLimit));
    const items: Client[] = [];
    for (let i = start; i < end; i++) items.push(rows[descending ? total - 1 - i : i]!);
    const counts = cached.statusCounts;
    return {
      items,
      nextCursor: end < total ? String(end) : null,
      total,
      statusCounts: counts instanceof Promise ? counts : { ...counts },
    };
  };
  return Object.assign(provider, { maxLimit });
}

/**
 * The clients of one query in ascending order of its sort field, and their status counts. One
 * pass for search and filters (when set), the counts and the status filter. Without search or
 * filters nothing is read before the first page when the order is known (the default sort with
 * `inCreationOrder`, or a sort that reads every client anyway): the counts come later, counted
 * while the page is idle.
 */
function select(
  clients: readonly Client[],
  { query, filters, field }: { query: string; filters: ClientFilters; field: string },
  options: ArrayProviderOptions,
): { rows: readonly Client[]; statusCounts: ClientStatusCounts | Promise<ClientStatusCounts> } {
  const needle = query.trim().toLowerCase();
  const checks = filterChecks(filters, options.relation);
  const statuses = filters.status;
  const filtering = needle !== '' || checks.length > 0 || statuses !== undefined;
  if (!filtering && (field !== 'created_at' || options.inCreationOrder)) {
    return {
      rows: field === 'created_at' ? clients : sortAscending([...clients], field),
      statusCounts: countWhenIdle(clients),
    };
  }
  const counts: Partial<Record<string, number>> = {};
  for (const status of CLIENT_STATUSES) counts[status] = 0;
  const rows: Client[] = [];
  // Clients usually come in the order they were created, the default sort's: checked on
  // the way, so that the whole array is neither copied nor sorted then.
  let inOrder = field === 'created_at';
  let previous: Client | undefined;
  for (const client of clients) {
    if (needle && !matchesSearch(client, needle)) continue;
    if (checks.length > 0 && !checks.every((check) => check(client))) continue;
    const status = client.status;
    const count = counts[status];
    if (count !== undefined) counts[status] = count + 1;
    if (statuses && !statuses.includes(status)) continue;
    if (filtering) rows.push(client);
    if (inOrder && previous && !createdBefore(previous, client)) inOrder = false;
    previous = client;
  }
  const kept = filtering ? rows : clients;
  // sortAscending sorts in place: `rows` is ours, `clients` the caller's.
  const sorted = inOrder ? kept : sortAscending(filtering ? rows : [...clients], field);
  return { rows: sorted, statusCounts: counts as ClientStatusCounts };
}
