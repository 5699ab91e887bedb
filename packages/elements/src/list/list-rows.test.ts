import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describe, expect, it } from 'vitest';
import type { ListDataRequest, ListPage } from './list-data.ts';
import { ListRows, type ListRowsOptions } from './list-rows.ts';

type Query = { query: string; filters: { even?: boolean }; sort: 'n' | '-n' };
type Request = ListDataRequest<Query['filters'], Query['sort']>;

/** A host whose renders the test runs by hand: `update()` is what Lit does before `render()`. */
function fakeHost() {
  const controllers: ReactiveController[] = [];
  const host = {
    requested: 0,
    addController: (controller: ReactiveController) => void controllers.push(controller),
    removeController: () => {},
    requestUpdate() {
      host.requested++;
    },
    updateComplete: Promise.resolve(true),
    update: () => {
      for (const c of controllers) c.hostUpdate?.();
    },
    disconnect: () => {
      for (const c of controllers) c.hostDisconnected?.();
    },
  };
  return host satisfies ReactiveControllerHost & Record<string, unknown>;
}

/** Numbers 0..total-1 (only the even ones with the filter), paged by offset cursors. */
function numbers(total: number) {
  const requests: Omit<Request, 'signal'>[] = [];
  const signals: AbortSignal[] = [];
  const provider = async (request: Request): Promise<ListPage<number>> => {
    const { signal, ...rest } = request;
    requests.push(rest);
    signals.push(signal);
    await new Promise((resolve) => setTimeout(resolve, 1));
    signal.throwIfAborted();
    let all = Array.from({ length: total }, (_, i) => i);
    if (request.filters.even) all = all.filter((n) => n % 2 === 0);
    if (request.sort === '-n') all.reverse();
    const start = request.cursor === null ? 0 : Number(request.cursor);
    const items = all.slice(start, start + request.limit);
    const next = start + items.length;
    return { items, nextCursor: next < all.length ? String(next) : null, total: all.length };
  };
  return { provider, requests, signals };
}

function setup(overrides: Partial<ListRowsOptions<number, Query, ListPage<number>>> = {}) {
  const host = fakeHost();
  const source = numbers(1000);
  const state = { query: { query: '', filters: {}, sort: 'n' } as Query, resets: [] as boolean[] };
  const rows = new ListRows<number, Query>(host, {
    provider: () => source.provider,
    query: () => state.query,
    key: (q) => JSON.stringify([q.query, q.filters, q.sort]),
    reverseSort: (sort) => (sort === 'n' ? '-n' : 'n'),
    pageSize: 20,
    onReset: (refresh) => state.resets.push(refresh),
    ...overrides,
  });
  return { host, rows, state, ...source };
}

async function settle(rows: ListRows<number, Query>): Promise<void> {
  for (let i = 0; i < 500 && rows.current?.loading; i++) {
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

describe('ListRows', () => {
  it('loads the first page of the query before the first render', async () => {
    const { host, rows, requests } = setup();
    expect(rows.state).toBe('loading');
    host.update();
    expect(requests).toEqual([{ query: '', filters: {}, sort: 'n', cursor: null, limit: 20 }]);
    await settle(rows);
    expect(rows.total).toBe(1000);
    expect(rows.get(19)).toBe(19);
    expect(rows.state).toBe('loaded');
  });

  it('keeps the rows while the query stays, and starts anew (aborting) when it changes', async () => {
    const { host, rows, state, requests, signals } = setup();
    host.update();
    await settle(rows);
    host.update();
    expect(requests).toHaveLength(1);
    state.query = { ...state.query, filters: { even: true } };
    host.update();
    expect(rows.total).toBeUndefined();
    expect(state.resets).toEqual([false, false]);
    state.query = { ...state.query, sort: '-n' };
    host.update();
    expect(signals[1]?.aborted).toBe(true);
    await settle(rows);
    expect(rows.total).toBe(500);
    expect(rows.get(0)).toBe(998);
  });

  it('reads the end of the list in the reversed sort', async () => {
    const { host, rows, requests } = setup();
    host.update();
    await settle(rows);
    rows.ensure(990, 1000);
    await settle(rows);
    expect(rows.get(999)).toBe(999);
    expect(requests.at(-1)).toMatchObject({ sort: '-n', cursor: null });
  });

  it('asks to render only for pages on screen, or when the total changes', async () => {
    let onScreen = { start: 0, end: 20 };
    const overlaps = (range: { start: number; end: number }) =>
      range.start < onScreen.end && range.end > onScreen.start;
    const { host, rows } = setup({ shows: overlaps });
    host.update();
    await settle(rows);
    host.update(); // renders the total
    const before = host.requested;
    // A walk to row 500 passes pages off screen: only the page that lands on screen renders.
    onScreen = { start: 500, end: 520 };
    rows.ensure(500, 520);
    await settle(rows);
    // The page on screen, and the end of the walk (loading turned false).
    expect(host.requested - before).toBe(2);
  });

  it('keeps the old rows on screen while a refresh loads its first page', async () => {
    const { host, rows, state } = setup();
    host.update();
    await settle(rows);
    const old = rows.current;
    rows.refresh();
    expect(state.resets).toEqual([false, true]);
    expect(rows.current).not.toBe(old);
    expect(rows.shown).toBe(old);
    expect(rows.get(3)).toBe(3);
    await settle(rows);
    expect(rows.shown).toBe(rows.current);
  });

  it('has no rows without a provider, and forgets everything when the host disconnects', async () => {
    let provider: ReturnType<typeof numbers>['provider'] | undefined;
    const { host, rows, requests, provider: real } = setup({ provider: () => provider });
    host.update();
    expect(rows.current).toBeUndefined();
    expect(rows.state).toBe('loading');
    provider = real;
    host.update();
    await settle(rows);
    expect(rows.key).not.toBe('');
    host.disconnect();
    expect(rows.key).toBe('');
    host.update();
    expect(requests).toHaveLength(2);
    rows.reload();
    host.update();
    expect(requests).toHaveLength(3);
  });

  it('reports a failure as its state', async () => {
    const { host, rows } = setup({
      provider: () => () => Promise.reject(new Error('no')),
    });
    host.update();
    await settle(rows);
    expect(rows.state).toBe('error');
    expect(rows.current?.error).toBeInstanceOf(Error);
  });
});
