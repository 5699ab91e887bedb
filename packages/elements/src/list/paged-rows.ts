/**
 * A sparse, index-addressed view of a cursor-paginated list, for windowed grids.
 *
 * Cursor paging is sequential: page n+1 can only be asked for with the cursor page n returned.
 * To show any window of rows anyway, this keeps every cursor it has seen (by offset) and fills
 * a range by walking the shortest known chain:
 *   - forwards from the nearest known cursor at or before the range, or
 *   - backwards from the end, by asking for the list in the reverse sort order (its first
 *     page is the tail of the list): Ctrl+End or dragging the scrollbar to the bottom costs
 *     one request instead of a walk through every page.
 * A newer range supersedes an older walk (aborted, its late answers ignored), and `reset()`
 * (new search, filters or sort) starts a new generation whose pages alone are kept.
 *
 * A walk yields to the browser between pages: an in-memory source answers in microtasks, and
 * without the yields a jump deep into 100,000 rows would be one long task that blocks input
 * and painting. A superseded walk stops at its next yield; the cursors it found stay known,
 * so the newer walk starts from the furthest of them.
 */

import type { ListPage, ListPaging } from './list-data.ts';

/** A page as `PagedRows` reads it: a list's page (the name predates `ListPage`). */
export type PageResult<T> = ListPage<T>;

/** What `PagedRows` asks its page source for. */
export interface PageRequest extends ListPaging {
  /** Ask for the list in the reverse order (its first page is the end of the list). */
  readonly reversed: boolean;
}

export interface PagedRowsOptions<T, P extends PageResult<T>> {
  fetchPage(request: PageRequest): Promise<P>;
  /** Rows asked for when a range is near a known cursor (default 50). */
  pageSize?: number;
  /** Rows per request when walking a long chain (default 200, the API's maximum). */
  walkSize?: number;
  /** Whether `reversed: true` requests are possible (default true). */
  canReverse?: boolean;
  /**
   * Waits between two pages of a walk (default `yieldToBrowser`: the browser may handle input
   * and paint, and a newer range may supersede the walk, before the next page is asked for).
   */
  yieldBetweenPages?: () => Promise<void>;
  /**
   * Called after each page arrives (rows, total or cursors changed); `range` is where its
   * rows went, [start, end) in list order, so a host can skip re-rendering for pages it does
   * not show.
   */
  onPage?(page: P, reversed: boolean, range: { start: number; end: number }): void;
  /** Called when loading fails (never for aborted requests). */
  onError?(error: unknown): void;
  /** Called when the last walk in flight ends (`loading` turned false). */
  onIdle?(): void;
}

interface Job {
  readonly controller: AbortController;
  readonly start: number;
  readonly end: number;
}

type Scheduler = { yield?: () => Promise<void> };

/**
 * Lets the browser run input handlers, rendering and other tasks before continuing:
 * `scheduler.yield()` where it exists (the continuation keeps its priority), else a macrotask
 * through a MessageChannel (not clamped like nested `setTimeout`s).
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function isAbort(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}

export class PagedRows<T, P extends PageResult<T> = PageResult<T>> {
  readonly #options: PagedRowsOptions<T, P>;
  #rows: (T | undefined)[] = [];
  /** Forward cursors by the offset of the page they start (offset 0 needs none). */
  #forward = new Map<number, string | null>([[0, null]]);
  /** Reverse-order cursors by offset from the end. */
  #reverse = new Map<number, string | null>([[0, null]]);
  #total: number | undefined;
  #job: Job | undefined;
  #error: unknown;
  #lastRange: [number, number] = [0, 0];

  constructor(options: PagedRowsOptions<T, P>) {
    this.#options = options;
  }

  get pageSize(): number {
    return this.#options.pageSize ?? 50;
  }

  get walkSize(): number {
    return this.#options.walkSize ?? 200;
  }

  /** The total from the latest page; undefined before the first page arrives. */
  get total(): number | undefined {
    return this.#total;
  }

  /** Whether a request is in flight. */
  get loading(): boolean {
    return this.#job !== undefined;
  }

  /** The error of the last failed load, until the next load starts. */
  get error(): unknown {
    return this.#error;
  }

  /** The row at an index, or undefined when it has not been loaded yet. */
  get(index: number): T | undefined {
    return this.#rows[index];
  }

  /** How many rows are cached. */
  get loadedCount(): number {
    let count = 0;
    for (const row of this.#rows) if (row !== undefined) count++;
    return count;
  }

  /** Forgets every row and cursor and aborts the walk in flight (a new query begins). */
  reset(): void {
    this.#job?.controller.abort();
    this.#job = undefined;
    this.#rows = [];
    this.#forward = new Map([[0, null]]);
    this.#reverse = new Map([[0, null]]);
    this.#total = undefined;
    this.#error = undefined;
  }

  /** Replaces cached rows the predicate picks (e.g. a client after an action). */
  replace(predicate: (row: T) => boolean, next: T): boolean {
    let found = false;
    this.#rows.forEach((row, index) => {
      if (row !== undefined && predicate(row)) {
        this.#rows[index] = next;
        found = true;
      }
    });
    return found;
  }

  /** Loads what is missing of [start, end) (clamped to the total once known). */
  ensure(start: number, end: number): void {
    this.#lastRange = [start, end];
    const total = this.#total;
    const from = Math.max(0, start);
    const to = total === undefined ? Math.max(from + 1, end) : Math.min(end, total);
    let firstMissing = -1;
    let lastMissing = -1;
    for (let index = from; index < to; index++) {
      if (this.#rows[index] === undefined) {
        if (firstMissing < 0) firstMissing = index;
        lastMissing = index;
      }
    }
    if (firstMissing < 0) return;
    const job = this.#job;
    if (
      job &&
      !job.controller.signal.aborted &&
      job.start <= firstMissing &&
      job.end > lastMissing
    ) {
      return; // the walk in flight covers it
    }
    job?.controller.abort();
    const next: Job = {
      controller: new AbortController(),
      start: firstMissing,
      end: lastMissing + 1,
    };
    this.#job = next;
    this.#error = undefined;
    void this.#run(next);
  }

  /** Loads the last requested range again (after an error). */
  retry(): void {
    this.#error = undefined;
    this.ensure(...this.#lastRange);
  }

  /** Aborts the walk in flight, if any. */
  abort(): void {
    this.#job?.controller.abort();
    this.#job = undefined;
  }

  async #run(job: Job): Promise<void> {
    try {
      const plan = this.#plan(job.start, job.end);
      if (plan.reversed) await this.#walk(job, true, plan.offset, this.#total! - job.start);
      else await this.#walk(job, false, plan.offset, job.end);
    } catch (error) {
      if (this.#job !== job) return;
      if (isAbort(error) || job.controller.signal.aborted) return;
      this.#error = error;
      this.#options.onError?.(error);
    } finally {
      if (this.#job === job) {
        this.#job = undefined;
        this.#options.onIdle?.();
      }
    }
  }

  /** The cheaper chain: from the nearest forward cursor, or from the end in reverse. */
  #plan(start: number, end: number): { reversed: boolean; offset: number } {
    const forwardOffset = nearestAtOrBefore(this.#forward, start);
    const forwardCost = Math.ceil((end - forwardOffset) / this.walkSize);
    const total = this.#total;
    if (total === undefined || this.#options.canReverse === false) {
      return { reversed: false, offset: forwardOffset };
    }
    const reverseOffset = nearestAtOrBefore(this.#reverse, total - end);
    const reverseCost = Math.ceil((total - start - reverseOffset) / this.walkSize);
    return reverseCost < forwardCost
      ? { reversed: true, offset: reverseOffset }
      : { reversed: false, offset: forwardOffset };
  }

  /**
   * Follows one chain from `offset` until `until` (an offset in that chain's own order) is
   * covered or the list ends. Pages far from the target use the walk size, the last one only
   * what is needed (at least a page).
   */
  async #walk(job: Job, reversed: boolean, offset: number, until: number): Promise<void> {
    const cursors = reversed ? this.#reverse : this.#forward;
    let position = offset;
    while (position < until) {
      const cursor = cursors.get(position);
      if (cursor === undefined) return;
      const remaining = until - position;
      const limit = Math.min(this.walkSize, Math.max(this.pageSize, remaining));
      const page = await this.#options.fetchPage({
        cursor,
        limit,
        reversed,
        signal: job.controller.signal,
      });
      if (this.#job !== job || job.controller.signal.aborted) return;
      this.#total = page.total;
      if (this.#rows.length > page.total) this.#rows.length = page.total;
      page.items.forEach((item, i) => {
        const index = reversed ? page.total - 1 - (position + i) : position + i;
        if (index >= 0 && index < page.total) this.#rows[index] = item;
      });
      const nextOffset = position + page.items.length;
      if (page.nextCursor !== null && page.items.length > 0)
        cursors.set(nextOffset, page.nextCursor);
      const range = reversed
        ? { start: Math.max(0, page.total - nextOffset), end: Math.max(0, page.total - position) }
        : { start: position, end: Math.min(page.total, nextOffset) };
      // A reverse walk's target is only known once the total is: re-aim after each page.
      if (reversed) until = page.total - job.start;
      const last = page.nextCursor === null || page.items.length === 0 || nextOffset >= until;
      if (last) {
        // Idle before the page is told: the host renders its rows and the end of `loading`
        // at once (not the rows, then a second render for the busy state).
        this.#job = undefined;
        this.#options.onPage?.(page, reversed, range);
        this.#options.onIdle?.();
        return;
      }
      this.#options.onPage?.(page, reversed, range);
      position = nextOffset;
      if (position < until) {
        await (this.#options.yieldBetweenPages ?? yieldToBrowser)();
        if (this.#job !== job || job.controller.signal.aborted) return;
      }
    }
  }
}

function nearestAtOrBefore(cursors: Map<number, string | null>, offset: number): number {
  let best = 0;
  for (const known of cursors.keys()) {
    if (known <= offset && known > best) best = known;
  }
  return best;
}
