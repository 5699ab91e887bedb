import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_MAX_LIMIT, type ListPage, type ListPaging } from './list-data.ts';
import { yieldToBrowser } from './paged-rows.ts';

/** A data source as a walk calls it: any request with paging, and an optional `maxLimit`. */
export type WalkableProvider<R extends ListPaging, P extends ListPage<unknown>> = ((
  request: R,
) => Promise<P>) & { readonly maxLimit?: number };

export interface WalkAllOptions {
  readonly signal: AbortSignal;
  /** After each page: how many rows arrived so far, and the total the page gave. */
  onProgress?(done: number, total: number): void;
  /** Waits between two pages (default `yieldToBrowser`). */
  yieldBetweenPages?: () => Promise<void>;
}

/**
 * Every row of one query (a CSV export, "select all matching"), page after page along the
 * cursor chain in pages of the provider's `maxLimit`. It yields to the browser between pages:
 * an in-memory source answers in microtasks, and a walk through 100,000 rows must not be one
 * long task. Rejects with an AbortError once the signal aborts; a provider's error passes through.
 */
export async function walkAll<R extends ListPaging, P extends ListPage<unknown>>(
  provider: WalkableProvider<R, P>,
  query: Omit<R, keyof ListPaging>,
  options: WalkAllOptions,
): Promise<P['items'][number][]> {
  const { signal } = options;
  const limit = provider.maxLimit ?? DEFAULT_MAX_LIMIT;
  const items: P['items'][number][] = [];
  let cursor: string | null = null;
  do {
    const page: P = await provider({ ...query, cursor, limit, signal } as R);
    signal.throwIfAborted();
    items.push(...page.items);
    options.onProgress?.(items.length, page.total);
    // An empty page ends the walk even with a cursor: a source that repeats itself stops here.
    cursor = page.items.length > 0 ? page.nextCursor : null;
    if (cursor !== null) {
      await (options.yieldBetweenPages ?? yieldToBrowser)();
      signal.throwIfAborted();
    }
  } while (cursor !== null);
  return items;
}

/** A walk in progress: what it is for, and how far it got. */
export interface WalkProgress<K extends string> {
  readonly kind: K;
  readonly done: number;
  readonly total: number;
}

/** The rows a walk goes through: a data source, the query of the rows, and its key. */
export interface WalkableRows<R extends ListPaging, P extends ListPage<unknown>> {
  readonly provider: WalkableProvider<R, P> | undefined;
  readonly query: Omit<R, keyof ListPaging> | undefined;
  /** Changes when the query does: a walk that outlives its query gives nothing. */
  readonly key: string;
  /** The count known so far, shown until the first page says better. */
  readonly total: number | undefined;
}

/**
 * One walk through every row of a list's current query at a time (an export, "select all"),
 * as reactive state: which walk runs and how far it got (for a status line), which kind
 * failed last. Stopped when the host disconnects.
 */
export class ListWalk<K extends string, R extends ListPaging, P extends ListPage<unknown>>
  implements ReactiveController
{
  readonly #host: ReactiveControllerHost;
  readonly #rows: WalkableRows<R, P>;
  #running: WalkProgress<K> | undefined;
  #controller: AbortController | undefined;
  #failed: K | undefined;

  constructor(host: ReactiveControllerHost, rows: WalkableRows<R, P>) {
    this.#host = host;
    this.#rows = rows;
    host.addController(this);
  }

  /** The walk in progress, if any. */
  get running(): WalkProgress<K> | undefined {
    return this.#running;
  }

  /** What the last walk was for, when it failed (until the next walk starts). */
  get failed(): K | undefined {
    return this.#failed;
  }

  /**
   * Every row of the current query (see `walkAll`). Undefined without a data source, while
   * another walk runs, when this one failed (then `failed` is its kind) or was stopped, or
   * when the query changed meanwhile.
   */
  async run(kind: K): Promise<P['items'][number][] | undefined> {
    const { provider, query, key } = this.#rows;
    if (!provider || !query || this.#controller) return undefined;
    const controller = new AbortController();
    this.#controller = controller;
    this.#running = { kind, done: 0, total: this.#rows.total ?? 0 };
    this.#failed = undefined;
    this.#host.requestUpdate();
    try {
      const items = await walkAll(provider, query, {
        signal: controller.signal,
        onProgress: (done, total) => {
          this.#running = { kind, done, total };
          this.#host.requestUpdate();
        },
      });
      return this.#rows.key === key ? items : undefined;
    } catch {
      if (!controller.signal.aborted) this.#failed = kind;
      return undefined;
    } finally {
      this.#controller = undefined;
      this.#running = undefined;
      this.#host.requestUpdate();
    }
  }

  /** Stops the walk in progress; its `run` resolves to undefined. */
  stop(): void {
    this.#controller?.abort();
  }

  hostDisconnected(): void {
    this.stop();
  }
}
