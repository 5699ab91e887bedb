import type { Client, ClienteleClient, ClientSort, ClientStatus } from '@clientele/sdk';
import { html, type ReactiveControllerHost } from 'lit';
import { enumLabel, enumTone } from '../base/enum-label.ts';
import type { Permission } from '../base/permissions.ts';
import { STATUS_KEYS, STATUS_REASON_KEYS, STATUS_TONES } from '../client/status-labels.ts';
import type { ListQuery } from '../list/list-data.ts';
import type { ListRows } from '../list/list-rows.ts';
import type { ListWalk } from '../list/list-walk.ts';
import type { ClientDataRequest, ClientDataResult } from './client-data.ts';
import { type ClientFilters, type ClientListState, sameFilters } from './client-query.ts';
import type { ClientGridText } from './messages.ts';

/** The element as its parts see it: its list state (read and written), events, updates. */
export type ClientGridHost = ReactiveControllerHost &
  HTMLElement &
  ClientListState & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What the rows show: search, filters and sort. */
export type ClientQuery = ListQuery<ClientFilters, ClientSort>;

/** The grid's rows, kept in step with its query. */
export type ClientRows = ListRows<Client, ClientQuery, ClientDataResult>;

/** A walk through every matching client: a CSV export, or "select all" (loaded with the tools). */
export type ClientWalk = ListWalk<'export' | 'select', ClientDataRequest, ClientDataResult>;

/** What every part of the grid reads of the element: its language, client and user. */
export interface GridContext {
  readonly host: ClientGridHost;
  /** The messages in the grid's language. */
  t(): ClientGridText;
  locale(): string;
  /** The SDK client (the grid's own, else the provider's); undefined without one. */
  api(): ClienteleClient | undefined;
  /** Whether the user may (true without a provider: the server decides). */
  can(permission: Permission): boolean;
  /** A count in the grid's locale. */
  number(value: number): string;
}

/** Changes the grid's filters (a new row cache) unless they are the same. */
export function setFilters(host: ClientGridHost, filters: ClientFilters): void {
  if (!sameFilters(filters, host.filters)) host.filters = filters;
}

/** A status as a badge: its text always, its colour repeating it. */
export function statusBadge(t: ClientGridText, status: ClientStatus) {
  return html`<span part="badge" class="badge tone-${enumTone(STATUS_TONES, status)}" data-status=${status}
    >${enumLabel(t, STATUS_KEYS, status)}</span
  >`;
}

/** A client's status badge, and why the client is in it when there is a reason. */
export function clientStatus(t: ClientGridText, client: Client) {
  const reason = client.status_reason;
  // Most clients have no reason: then the badge alone. With one, the reason follows the badge
  // in the cell itself (a line of its own in the list, beside the badge in a card): no wrapper.
  if (!reason) return statusBadge(t, client.status);
  return html`${statusBadge(t, client.status)}<span class="status-reason"
      >${enumLabel(t, STATUS_REASON_KEYS, reason)}</span
    >`;
}

const regionNames = new Map<string, Intl.DisplayNames | null>();

/** A country's name in a locale (its code when the engine has no name for it). */
export function countryName(locale: string, code: string): string {
  let names = regionNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}
