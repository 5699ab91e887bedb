import type { ClienteleClient } from '@clientele/sdk';
import type { ReferenceList } from './client-query.ts';

/* The names the reference filters choose from (loaded with the filter panel; see client-api.ts). */

type Options = Partial<Record<ReferenceList, Array<{ id: string; name: string }>>>;

/**
 * Loads the reference lists the filters choose from (first 200 of each: enough for a select;
 * a list that fails to load leaves its filter as a free id field).
 */
export async function loadFilterOptions(client: ClienteleClient): Promise<Options> {
  const query = { params: { query: { limit: 200 } } };
  const pick = (items: ReadonlyArray<{ id: string; name: string }> | undefined) =>
    items?.map(({ id, name }) => ({ id, name }));
  const lists: Array<[ReferenceList, Promise<Array<{ id: string; name: string }> | undefined>]> = [
    ['configurations', client.GET('/configurations', query).then((r) => pick(r.data?.items))],
    ['groups', client.GET('/client-groups', query).then((r) => pick(r.data?.items))],
    ['regions', client.GET('/regions', query).then((r) => pick(r.data?.items))],
    ['flavors', client.GET('/flavors', query).then((r) => pick(r.data?.items))],
    ['hypervisors', client.GET('/hypervisors', query).then((r) => pick(r.data?.items))],
    ['serviceTypes', client.GET('/service-types', query).then((r) => pick(r.data?.items))],
    ['products', client.GET('/products', query).then((r) => pick(r.data?.items))],
  ];
  const settled = await Promise.allSettled(lists.map(([, promise]) => promise));
  const options: Options = {};
  settled.forEach((result, i) => {
    const name = lists[i]![0];
    if (result.status === 'fulfilled' && result.value) options[name] = result.value;
  });
  return options;
}
