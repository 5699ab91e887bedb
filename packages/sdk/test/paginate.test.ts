import { describe, expect, expectTypeOf, it } from 'vitest';
import { ApiError, ClienteleError, isAbortError } from '../src/errors.ts';
import { problemMiddleware } from '../src/middleware/problem.ts';
import { type ListPath, type PageIterable, paginate } from '../src/paginate.ts';
import { testClient } from './support/client.ts';
import { fakeFetch, json, problem, type Responder } from './support/fake-fetch.ts';
import type { Part, TestPaths, Thing } from './support/paths.ts';

const thing = (n: number): Thing => ({ id: `th_${n}`, name: `Thing ${n}` });

/** Serves things 1..total in pages of `size`, the cursor being the next offset. */
function pages(total: number, size: number): Responder {
  return (request) => {
    const url = new URL(request.url);
    const offset = Number(url.searchParams.get('cursor') ?? 0);
    const end = Math.min(offset + size, total);
    const items = Array.from({ length: end - offset }, (_, i) => thing(offset + i + 1));
    return json({ items, next_cursor: end < total ? String(end) : null, total });
  };
}

describe('paginate', () => {
  it('follows next_cursor across pages, keeping the other query parameters', async () => {
    const fake = fakeFetch(pages(5, 2));
    const client = testClient(fake, problemMiddleware());

    const seen: Thing[] = [];
    for await (const item of paginate(client, '/things', {
      params: { query: { search: 'th', limit: 2 } },
    })) {
      seen.push(item);
    }

    expect(seen.map((t) => t.id)).toEqual(['th_1', 'th_2', 'th_3', 'th_4', 'th_5']);
    expect(fake.requests.map((r) => r.url.search)).toEqual([
      '?search=th&limit=2',
      '?search=th&limit=2&cursor=2',
      '?search=th&limit=2&cursor=4',
    ]);
  });

  it('starts from a cursor the caller passes', async () => {
    const fake = fakeFetch(pages(5, 2));
    const client = testClient(fake, problemMiddleware());

    const items = await paginate(client, '/things', { params: { query: { cursor: '4' } } }).toArray(
      {
        limit: 10,
      },
    );

    expect(items.map((t) => t.id)).toEqual(['th_5']);
    expect(fake.requests).toHaveLength(1);
  });

  it('fetches lazily: breaking out stops the requests', async () => {
    const fake = fakeFetch(pages(10, 2));
    const client = testClient(fake, problemMiddleware());

    for await (const item of paginate(client, '/things')) {
      expect(item.id).toBe('th_1');
      break;
    }

    expect(fake.requests).toHaveLength(1);
  });

  it('toArray stops at the limit without fetching further pages', async () => {
    const fake = fakeFetch(pages(100, 2));
    const client = testClient(fake, problemMiddleware());

    const items = await paginate(client, '/things').toArray({ limit: 3 });

    expect(items.map((t) => t.id)).toEqual(['th_1', 'th_2', 'th_3']);
    expect(fake.requests).toHaveLength(2);
  });

  it('toArray returns everything when the list is shorter than the limit', async () => {
    const fake = fakeFetch(pages(3, 2));
    const client = testClient(fake, problemMiddleware());

    const items = await paginate(client, '/things').toArray({ limit: 50 });

    expect(items).toHaveLength(3);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'toArray refuses the limit %s before any request',
    async (limit) => {
      const fake = fakeFetch(pages(3, 2));
      const client = testClient(fake, problemMiddleware());

      await expect(paginate(client, '/things').toArray({ limit })).rejects.toThrow(RangeError);
      expect(fake.requests).toHaveLength(0);
    },
  );

  it('sends the path parameters with every page', async () => {
    const fake = fakeFetch(
      () => json({ items: [{ id: 'p1', thing_id: 'th_9' }], next_cursor: 'c2', total: 2 }),
      () => json({ items: [{ id: 'p2', thing_id: 'th_9' }], next_cursor: null, total: 2 }),
    );
    const client = testClient(fake, problemMiddleware());

    const parts = await paginate(client, '/things/{thing_id}/parts', {
      params: { path: { thing_id: 'th_9' } },
    }).toArray({ limit: 10 });

    expect(parts.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(fake.requests.map((r) => `${r.url.pathname}${r.url.search}`)).toEqual([
      '/api/things/th_9/parts',
      '/api/things/th_9/parts?cursor=c2',
    ]);
  });

  it("passes the caller's signal to every page", async () => {
    const controller = new AbortController();
    const fake = fakeFetch(pages(10, 2));
    const client = testClient(fake, problemMiddleware());

    const iterator = paginate(client, '/things', { signal: controller.signal })[
      Symbol.asyncIterator
    ]();
    await iterator.next();
    await iterator.next();
    controller.abort();
    const error = await iterator.next().catch((e: unknown) => e);

    expect(isAbortError(error)).toBe(true);
    expect(fake.requests.map((r) => r.signal.aborted)).toEqual([true, true]);
  });

  it('rejects with the ApiError of a failing page', async () => {
    const fake = fakeFetch(pages(10, 2), () => problem(500, { title: 'Server error' }));
    const client = testClient(fake, problemMiddleware());

    const error = await paginate(client, '/things')
      .toArray({ limit: 10 })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 500 });
  });

  it('throws ApiError itself on a client without the problem middleware', async () => {
    const fake = fakeFetch(() => problem(403, { title: 'Forbidden', detail: 'No.' }));
    const client = testClient(fake);

    const error = await paginate(client, '/things')
      .toArray({ limit: 1 })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, title: 'Forbidden', detail: 'No.' });
  });

  it('refuses a body that is not a page', async () => {
    const client = testClient(fakeFetch(() => json({ id: 'th_1' })));

    await expect(paginate(client, '/things').toArray({ limit: 1 })).rejects.toThrow(ClienteleError);
  });

  it('stops a server that returns the same cursor again', async () => {
    const fake = fakeFetch(() => json({ items: [thing(1)], next_cursor: 'same', total: 9 }));
    const client = testClient(fake);

    await expect(paginate(client, '/things').toArray({ limit: 10 })).rejects.toThrow(/same cursor/);
    expect(fake.requests).toHaveLength(2);
  });

  it('infers the item type from the path', async () => {
    const client = testClient(fakeFetch(pages(1, 1)));

    const things = await paginate(client, '/things').toArray({ limit: 1 });

    expectTypeOf(things).toEqualTypeOf<Thing[]>();
    expect(things[0]?.name).toBe('Thing 1');
    expectTypeOf(
      paginate(client, '/things/{thing_id}/parts', { params: { path: { thing_id: 'x' } } }),
    ).toEqualTypeOf<PageIterable<Part>>();
    expectTypeOf<ListPath<TestPaths>>().toEqualTypeOf<'/things' | '/things/{thing_id}/parts'>();
    // @ts-expect-error a path whose body is not a page cannot be paginated
    paginate(client, '/things/{thing_id}', { params: { path: { thing_id: 'x' } } });
    // @ts-expect-error the path parameter is required
    paginate(client, '/things/{thing_id}/parts');
  });
});
