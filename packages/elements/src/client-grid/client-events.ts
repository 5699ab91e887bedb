import type { ReferenceList } from './client-query.ts';

/** What a row or card action does. */
export const CLIENT_ACTIONS = [
  'view',
  'approve',
  'suspend',
  'resume',
  'impersonate',
  'delete',
] as const;
export type ClientAction = (typeof CLIENT_ACTIONS)[number];

export const CLIENT_BULK_ACTIONS = ['approve', 'suspend', 'resume', 'export'] as const;
export type ClientBulkAction = (typeof CLIENT_BULK_ACTIONS)[number];

/** `detail` of `client-select`. */
export interface ClientSelectDetail {
  clientId: string;
}

/** `detail` of `client-action` (cancelable: `preventDefault()` skips the built-in action). */
export interface ClientActionDetail {
  action: ClientAction;
  clientId: string;
}

/** `detail` of `client-bulk-action` (cancelable). */
export interface ClientBulkActionDetail {
  action: ClientBulkAction;
  /** The selected clients (empty for `export`, which covers the current filters). */
  clientIds: string[];
}

/** `detail` of `client-action-done`: a built-in action succeeded. */
export interface ClientActionDoneDetail {
  action: Exclude<ClientAction, 'view'>;
  clientId: string;
}

/** Options of the reference filters: id and name per list. */
export type ClientFilterOptions = Partial<
  Record<ReferenceList, ReadonlyArray<{ id: string; name: string }>>
>;

declare global {
  interface HTMLElementEventMap {
    'client-select': CustomEvent<ClientSelectDetail>;
    'client-action': CustomEvent<ClientActionDetail>;
    'client-bulk-action': CustomEvent<ClientBulkActionDetail>;
    'client-action-done': CustomEvent<ClientActionDoneDetail>;
  }
}
