import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { classifyError, type FailureState } from './classify-error.ts';

/** Every state a widget renders; the one list, reused by views, stories and tests. */
export const RESOURCE_STATES = [
  'loading',
  'loaded',
  'empty',
  'error',
  'forbidden',
  'notFound',
] as const;
export type ResourceState = (typeof RESOURCE_STATES)[number];

export interface ResourceOptions<T, A extends readonly unknown[]> {
  /**
   * The inputs of a load, read on every host update; a change (shallow, by identity) starts a
   * new load. Return undefined while a load is not possible yet (e.g. no client).
   */
  args: () => A | undefined;
  /** Loads the resource. Pass `signal` on to the SDK so a superseded request is cancelled. */
  load: (args: A, signal: AbortSignal) => Promise<T>;
  /** Whether loaded data counts as empty. Default: null, `[]`, or a page with no `items`. */
  isEmpty?: (data: T) => boolean;
  /** Keep showing the last data (state stays loaded/empty, `pending` true) while reloading. */
  keepData?: boolean;
  /** Start loads on host updates (default) or only through `run()`. */
  autoRun?: boolean;
  /** Called when the latest load succeeded. */
  onLoad?: (data: T) => void;
  /** Called when the latest load failed (never for a cancelled one). */
  onError?: (error: unknown, state: FailureState) => void;
}

/** The default emptiness test: nothing, an empty list, or a page of no items. */
export function isEmptyData(data: unknown): boolean {
  if (data === null || data === undefined) return true;
  if (Array.isArray(data)) return data.length === 0;
  if (typeof data === 'object' && 'items' in data && Array.isArray(data.items)) {
    return data.items.length === 0;
  }
  return false;
}

type Settled = 'loaded' | 'empty' | FailureState;

// Task needs an args array on every update; this one stands for "not ready to load".
const NOT_READY = [Symbol('not ready')] as const;

/**
 * Loads a resource for a host element and tells it which of the six states to render.
 *
 * Built on `@lit/task`, which supplies the race rules: a new run aborts the signal of the run
 * in flight, and only the latest run's answer is ever applied, so a stale response never
 * overwrites a newer one. On top of that this controller classifies outcomes (403 ->
 * `forbidden`, 404 -> `notFound`, other failures -> `error`), ignores cancellations, can keep
 * the last data while reloading, cancels a load when the host leaves the DOM (and reloads when
 * it returns), and offers `retry()`.
 */
export class ResourceController<T, A extends readonly unknown[] = readonly unknown[]>
  implements ReactiveController
{
  readonly #options: ResourceOptions<T, A>;
  readonly #task: Task<readonly unknown[], T>;
  #settled: Settled | undefined;
  #data: T | undefined;
  #error: unknown;
  #resumeOnConnect = false;

  constructor(host: ReactiveControllerHost, options: ResourceOptions<T, A>) {
    this.#options = options;
    this.#task = new Task<readonly unknown[], T>(host, {
      args: () => options.args() ?? NOT_READY,
      autoRun: options.autoRun ?? true,
      task: (args, { signal }) =>
        args === NOT_READY ? this.#reset() : this.#load(args as unknown as A, signal),
      onComplete: (data) => this.#complete(data),
      onError: (error) => this.#fail(error),
    });
    host.addController(this);
  }

  /** What to render now. */
  get state(): ResourceState {
    if (this.pending && !(this.#options.keepData && this.#hasData())) return 'loading';
    return this.#settled ?? 'loading';
  }

  /** True while a load is in flight (also when `keepData` keeps showing the last data). */
  get pending(): boolean {
    return this.#task.status === TaskStatus.PENDING;
  }

  /** The data of the last successful load (kept after a later failure; check `state`). */
  get data(): T | undefined {
    return this.#data;
  }

  /** The failure of the latest load, if it failed. */
  get error(): unknown {
    return this.#settled === 'loaded' || this.#settled === 'empty' ? undefined : this.#error;
  }

  /** Loads again with the current args (the Retry button's action); a no-op without args. */
  retry(): Promise<void> {
    return this.run();
  }

  /** Starts a load now with the current args, superseding any load in flight. */
  async run(): Promise<void> {
    const args = this.#options.args();
    if (args !== undefined) await this.#task.run(args);
  }

  /** Cancels the load in flight, if any; the state stays what it was before it started. */
  abort(): void {
    this.#task.abort();
  }

  hostConnected(): void {
    if (this.#resumeOnConnect) {
      this.#resumeOnConnect = false;
      void this.run();
    }
  }

  hostDisconnected(): void {
    if (this.pending) {
      this.#resumeOnConnect = true;
      this.#task.abort();
    }
  }

  #hasData(): boolean {
    return this.#settled === 'loaded' || this.#settled === 'empty';
  }

  // Nothing to load from (e.g. the client went away): back to the initial, loading state. A
  // load in flight was aborted by this run.
  #reset(): typeof initialState {
    this.#settled = undefined;
    this.#data = undefined;
    this.#error = undefined;
    return initialState;
  }

  async #load(args: A, signal: AbortSignal): Promise<T> {
    let data: T;
    try {
      data = await this.#options.load(args, signal);
    } catch (error) {
      throw signal.aborted ? cancelled() : error;
    }
    // An answer that arrives after its request was cancelled is dropped, even if the loader
    // ignored the signal.
    if (signal.aborted) throw cancelled();
    return data;
  }

  #complete(data: T): void {
    const empty = (this.#options.isEmpty ?? isEmptyData)(data);
    this.#settled = empty ? 'empty' : 'loaded';
    this.#data = data;
    this.#error = undefined;
    this.#options.onLoad?.(data);
  }

  #fail(error: unknown): void {
    const state = classifyError(error);
    if (state === 'aborted') return;
    this.#settled = state;
    this.#error = error;
    this.#options.onError?.(error, state);
  }
}

// Whatever reason the signal was aborted with, a cancelled run is classified as aborted.
function cancelled(): DOMException {
  return new DOMException('The load was cancelled.', 'AbortError');
}
