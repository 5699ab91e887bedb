import type { ReactiveController } from 'lit';
import { describe, expect, it } from 'vitest';
import type { ListDataRequest, ListPage } from './list-data.ts';
import { ListWalk, walkAll } from './list-walk.ts';

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

  it('runs one walk at a time, with its progress as state', async () => {
    const h = host();
    const walk = new ListWalk<'export' | 'select'>(h);
    const { provider } = numbers(300, 100);
    const running = walk.run('export', provider, query, 250);
    expect(walk.running).toEqual({ kind: 'export', done: 0, total: 250 });
    expect(await walk.run('select', provider, query, 250)).toBeUndefined();
    const items = await running;
    expect(items).toHaveLength(300);
    expect(walk.running).toBeUndefined();
    expect(h.updates).toBeGreaterThan(3);
  });

  it('says which walk failed, and forgets it when the next starts', async () => {
    const walk = new ListWalk<'export' | 'select'>(host());
    const failing = () => Promise.reject(new Error('down'));
    expect(await walk.run('select', failing, query, 10)).toBeUndefined();
    expect(walk.failed).toBe('select');
    const { provider } = numbers(10);
    await walk.run('export', provider, query, 10);
    expect(walk.failed).toBeUndefined();
  });

  it('stops without a failure when stopped or when the host disconnects', async () => {
    const h = host();
    const walk = new ListWalk<'export'>(h);
    const { provider } = numbers(10_000, 100);
    const running = walk.run('export', provider, query, 0);
    for (const c of h.controllers) c.hostDisconnected?.();
    expect(await running).toBeUndefined();
    expect(walk.failed).toBeUndefined();
    expect(walk.running).toBeUndefined();
  });
});
