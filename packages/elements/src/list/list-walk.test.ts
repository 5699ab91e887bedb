import type { ReactiveController } from 'lit';
import { describe, expect, it } from 'vitest';
import type { ListDataRequest, ListPage } from './list-data.ts';
import { ListWalk, type WalkableRows, walkAll } from './list-walk.ts';

type Request = ListDataRequest<object, 'n'>;

/** 0..total-1 in pages of at most `maxLimit`, by offset cursors; records the limits asked. */
function numbers(total: number, maxLimit?: number) {
  const limits: number[] = [];
  const provider = Object.assign(
    async ({ cursor, limit, signal }: Request): Promise<ListPage<number>> => {
      limits.push(limit);
      await new Promise((resolve) => setTimeout(resolve, 1));
      signal.throwIfAborted();
      const start = cursor === null ? 0 : Number(cursor);
      const end = Math.min(total, start + Math.min(limit, maxLimit ?? limit));
      const items = Array.from({ length: end - start }, (_, i) => start + i);
      return { items, nextCursor: end < total ? String(end) : null, total };
    },
    maxLimit === undefined ? {} : { maxLimit },
  );
  return { provider, limits };
}

const query = { query: '', filters: {}, sort: 'n' as const };

describe('walkAll', () => {
  it('walks every page in pages of the largest size, reporting progress', async () => {
    const { provider, limits } = numbers(1234, 500);
    const progress: Array<[number, number]> = [];
    const items = await walkAll(provider, query, {
      signal: new AbortController().signal,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(items).toEqual(Array.from({ length: 1234 }, (_, i) => i));
    expect(limits).toEqual([500, 500, 500]);
    expect(progress).toEqual([
      [500, 1234],
      [1000, 1234],
      [1234, 1234],
    ]);
  });

  it("uses the API's page size when the provider names none", async () => {
    const { provider, limits } = numbers(450);
    await walkAll(provider, query, { signal: new AbortController().signal });
    expect(limits).toEqual([200, 200, 200]);
  });

  it('stops with an AbortError when aborted', async () => {
    const { provider, limits } = numbers(10_000, 100);
    const controller = new AbortController();
    const walk = walkAll(provider, query, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done >= 300) controller.abort();
      },
    });
    await expect(walk).rejects.toMatchObject({ name: 'AbortError' });
    expect(limits).toHaveLength(3);
  });
});

describe('ListWalk', () => {
  function host() {
    const controllers: ReactiveController[] = [];
    return {
      updates: 0,
      controllers,
      addController(c: ReactiveController) {
        controllers.push(c);
      },
      removeController() {},
      requestUpdate() {
        this.updates++;
      },
      updateComplete: Promise.resolve(true),
    };
  }

  type Provider = WalkableRows<Request, ListPage<number>>['provider'];
  /** A list's rows as a walk reads them. */
  function rows(provider: Provider, total?: number) {
    return { provider, query, key: 'q1', total };
  }

  it('runs one walk at a time, with its progress as state', async () => {
    const h = host();
    const walk = new ListWalk<'export' | 'select', Request, ListPage<number>>(
      h,
      rows(numbers(300, 100).provider, 250),
    );
    const running = walk.run('export');
    expect(walk.running).toEqual({ kind: 'export', done: 0, total: 250 });
    expect(await walk.run('select')).toBeUndefined();
    const items = await running;
    expect(items).toHaveLength(300);
    expect(walk.running).toBeUndefined();
    expect(h.updates).toBeGreaterThan(3);
  });

  it('says which walk failed, and forgets it when the next starts', async () => {
    const list = rows(() => Promise.reject(new Error('down')));
    const walk = new ListWalk<'export' | 'select', Request, ListPage<number>>(host(), list);
    expect(await walk.run('select')).toBeUndefined();
    expect(walk.failed).toBe('select');
    list.provider = numbers(10).provider;
    expect(await walk.run('export')).toHaveLength(10);
    expect(walk.failed).toBeUndefined();
  });

  it('gives nothing when the query changed meanwhile, or without a data source', async () => {
    const list = rows(numbers(1000, 100).provider);
    const walk = new ListWalk<'export', Request, ListPage<number>>(host(), list);
    const running = walk.run('export');
    list.key = 'q2';
    expect(await running).toBeUndefined();
    expect(walk.failed).toBeUndefined();
    list.provider = undefined;
    expect(await walk.run('export')).toBeUndefined();
  });

  it('stops without a failure when stopped or when the host disconnects', async () => {
    const h = host();
    const walk = new ListWalk<'export', Request, ListPage<number>>(
      h,
      rows(numbers(10_000, 100).provider),
    );
    const running = walk.run('export');
    for (const c of h.controllers) c.hostDisconnected?.();
    expect(await running).toBeUndefined();
    expect(walk.failed).toBeUndefined();
    expect(walk.running).toBeUndefined();
  });
});
