import { describe, expect, it } from 'vitest';
import { PagedRows, type PageRequest, type PageResult } from './paged-rows.ts';

/** A cursor-paged list over 0..total-1: the cursor is the offset, as opaque text. */
function source(total: number) {
  const requests: Omit<PageRequest, 'signal'>[] = [];
  const fetchPage = async (request: PageRequest): Promise<PageResult<number>> => {
    requests.push({ cursor: request.cursor, limit: request.limit, reversed: request.reversed });
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (request.signal.aborted) throw new DOMException('aborted', 'AbortError');
    const start = request.cursor === null ? 0 : Number(request.cursor.slice(1));
    const all = Array.from({ length: total }, (_, i) => (request.reversed ? total - 1 - i : i));
    const items = all.slice(start, start + request.limit);
    const next = start + items.length;
    return { items, nextCursor: next < total ? `c${next}` : null, total };
  };
  return { requests, fetchPage };
}

async function settle(rows: PagedRows<number>): Promise<void> {
  for (let i = 0; i < 1000 && rows.loading; i++) await new Promise((r) => setTimeout(r, 2));
}

describe('PagedRows', () => {
  it('loads the first page and learns the total', async () => {
    const { fetchPage, requests } = source(1000);
    const rows = new PagedRows<number>({ fetchPage, pageSize: 50 });
    rows.ensure(0, 20);
    expect(rows.loading).toBe(true);
    await settle(rows);
    expect(rows.total).toBe(1000);
    expect(rows.get(0)).toBe(0);
    expect(rows.get(49)).toBe(49);
    expect(rows.get(50)).toBeUndefined();
    expect(requests).toEqual([{ cursor: null, limit: 50, reversed: false }]);
  });

  it('fills the end of the list with one reverse-order request', async () => {
    const { fetchPage, requests } = source(100_000);
    const rows = new PagedRows<number>({ fetchPage, pageSize: 50 });
    rows.ensure(0, 20);
    await settle(rows);
    rows.ensure(99_990, 100_000);
    await settle(rows);
    expect(rows.get(99_999)).toBe(99_999);
    expect(rows.get(99_990)).toBe(99_990);
    expect(requests.at(-1)).toEqual({ cursor: null, limit: 50, reversed: true });
    expect(requests).toHaveLength(2);
  });

  it('walks the cursor chain with large pages to reach the middle', async () => {
    const { fetchPage, requests } = source(10_000);
    const rows = new PagedRows<number>({ fetchPage, pageSize: 50, walkSize: 200 });
    rows.ensure(0, 20);
    await settle(rows);
    rows.ensure(1000, 1020);
    await settle(rows);
    expect(rows.get(1000)).toBe(1000);
    expect(rows.get(1019)).toBe(1019);
    const walk = requests.slice(1);
    expect(walk.every((r) => !r.reversed)).toBe(true);
    expect(walk.slice(0, -1).every((r) => r.limit === 200)).toBe(true);
    expect(walk.length).toBeLessThanOrEqual(6);
    // The next jump nearby starts from the nearest known cursor, not from the top.
    const before = requests.length;
    rows.ensure(1100, 1110);
    await settle(rows);
    expect(rows.get(1100)).toBe(1100);
    expect(requests.length - before).toBe(1);
  });

  it('ignores a superseded walk and keeps the newer range', async () => {
    const { fetchPage } = source(10_000);
    const rows = new PagedRows<number>({ fetchPage, pageSize: 50 });
    rows.ensure(0, 20);
    await settle(rows);
    rows.ensure(4000, 4010);
    rows.ensure(9000, 9010);
    await settle(rows);
    expect(rows.get(9000)).toBe(9000);
  });

  it('yields between the pages of a walk, where a newer range stops it', async () => {
    const { fetchPage, requests } = source(10_000);
    let yields = 0;
    const rows: PagedRows<number> = new PagedRows<number>({
      fetchPage,
      pageSize: 50,
      walkSize: 200,
      canReverse: false,
      yieldBetweenPages: async () => {
        yields++;
        // The user jumps elsewhere while the first walk is under way.
        if (yields === 2) rows.ensure(3000, 3010);
        await new Promise((resolve) => setTimeout(resolve, 0));
      },
    });
    rows.ensure(0, 20);
    await settle(rows);
    rows.ensure(5000, 5010);
    await settle(rows);
    expect(rows.get(3005)).toBe(3005);
    expect(rows.get(5000)).toBeUndefined();
    // The new walk went on from the cursors the old one had found (not from the top).
    const afterJump = requests.slice(3);
    expect(afterJump[0]?.cursor).not.toBeNull();
    expect(requests.length).toBeLessThan(25);
  });

  it('hands each page to onPage with the rows it filled', async () => {
    const { fetchPage } = source(1000);
    const ranges: Array<{ start: number; end: number; reversed: boolean }> = [];
    const rows = new PagedRows<number>({
      fetchPage,
      pageSize: 50,
      onPage: (_page, reversed, range) => ranges.push({ ...range, reversed }),
    });
    rows.ensure(0, 10);
    await settle(rows);
    rows.ensure(990, 1000);
    await settle(rows);
    expect(ranges).toEqual([
      { start: 0, end: 50, reversed: false },
      { start: 950, end: 1000, reversed: true },
    ]);
  });

  it('drops everything on reset, and a late answer of the old query is ignored', async () => {
    const { fetchPage } = source(500);
    const rows = new PagedRows<number>({ fetchPage });
    rows.ensure(0, 10);
    rows.reset();
    expect(rows.loading).toBe(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(rows.get(0)).toBeUndefined();
    expect(rows.total).toBeUndefined();
  });

  it('reports errors, then loads again on retry', async () => {
    let fail = true;
    const { fetchPage } = source(100);
    const errors: unknown[] = [];
    const rows = new PagedRows<number>({
      fetchPage: (request) => (fail ? Promise.reject(new Error('boom')) : fetchPage(request)),
      onError: (error) => errors.push(error),
    });
    rows.ensure(0, 10);
    await settle(rows);
    expect(rows.error).toBeInstanceOf(Error);
    expect(errors).toHaveLength(1);
    fail = false;
    rows.retry();
    await settle(rows);
    expect(rows.error).toBeUndefined();
    expect(rows.get(5)).toBe(5);
  });
});
