import type { ClienteleClient } from '@clientele/sdk';
import { createContext } from '@lit/context';
import type { Me, Permission } from './permissions.ts';

/**
 * Contexts the provider hands down (and each widget may override with its own property).
 * Keys are `Symbol.for(...)`, so two copies of this package on one page still match.
 */

/** The SDK client; undefined until the provider has a base URL or a client. */
export const clientContext = createContext<ClienteleClient | undefined>(
  Symbol.for('clientele.client'),
);

/** The locale (BCP 47) for messages and Intl formatting. */
export const localeContext = createContext<string>(Symbol.for('clientele.locale'));

/** The current staff user and what they may do. */
export const userContext = createContext<CurrentUser>(Symbol.for('clientele.user'));

/** Where loading `/me` stands: not started (no client), loading, loaded or failed. */
export type CurrentUserStatus = 'idle' | 'loading' | 'loaded' | 'error';

/** The current user as provided through `userContext`. A new object on every change. */
export interface CurrentUser {
  readonly status: CurrentUserStatus;
  readonly me: Me | undefined;
  /** What failed while loading `/me` (an SDK `ApiError`, `NetworkError`, ...). */
  readonly error: unknown;
  /** Whether the user holds the permission; false until `/me` has loaded. */
  can(permission: Permission): boolean;
}

/** Builds the `CurrentUser` context value; permissions are looked up in a Set. */
export function createCurrentUser(
  status: CurrentUserStatus,
  me?: Me,
  error?: unknown,
): CurrentUser {
  const permissions = new Set<string>(me?.permissions ?? []);
  return {
    status,
    me,
    error,
    can: (permission) => permissions.has(permission),
  };
}
