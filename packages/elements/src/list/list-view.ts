import type { ClienteleClient } from '@clientele/sdk';
import { classifyError } from '../base/controllers/classify-error.ts';
import type { ResourceState } from '../base/controllers/resource-controller.ts';

/**
 * What `<clientele-state>` shows for a list's rows: loading until the first page gives a total
 * (an aborted load is a newer query on its way, not a failure), then the failure's kind,
 * empty or loaded. `total` is the list's own count (a list may add rows of its own to it).
 */
export function listViewState(
  rows: { readonly error: unknown } | undefined,
  total: number | undefined,
): ResourceState {
  if (!rows) return 'loading';
  if (rows.error !== undefined) {
    const state = classifyError(rows.error);
    return state === 'aborted' ? 'loading' : state;
  }
  if (total === undefined) return 'loading';
  return total === 0 ? 'empty' : 'loaded';
}

/**
 * The SDK data provider for the current client, made once per client: a list keys its row
 * cache on the provider, so a new function on every render would reload the rows each time.
 */
export function providerPerClient<P>(
  create: (client: ClienteleClient) => P,
): (client: ClienteleClient | undefined) => P | undefined {
  let last: { client: ClienteleClient; provider: P } | undefined;
  return (client) => {
    if (!client) return undefined;
    if (last?.client !== client) last = { client, provider: create(client) };
    return last.provider;
  };
}
