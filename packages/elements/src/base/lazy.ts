import type { ReactiveControllerHost } from 'lit';

/** Where a lazily loaded part of a widget stands. */
export type LazyStatus = 'idle' | 'loading' | 'loaded' | 'error';

/**
 * A dynamic `import()` that remembers its module: once it has loaded (for any instance of a
 * widget, or ahead of one, as a define module starts the chunks of the first rows), `peek()`
 * has it synchronously, so the next widget renders that part in its first update instead of
 * waiting a task for `import()` to answer again. A failed load is forgotten, so a retry imports
 * anew. (`peek` is optional so that a test's stand-in loader needs none.)
 */
export type Loader<M> = (() => Promise<M>) & { peek?(): M | undefined };

export function remember<M>(load: () => Promise<M>): Loader<M> {
  let module: M | undefined;
  let promise: Promise<M> | undefined;
  return Object.assign(
    () =>
      (promise ??= load().then(
        (value) => (module = value),
        (error: unknown) => {
          promise = undefined;
          throw error;
        },
      )),
    { peek: () => module },
  );
}

/**
 * A part of a widget that its first paint does not need (a dialog, a filter panel, CSV export),
 * loaded on first use with a relative dynamic `import()` that bundlers and a plain
 * `<script type="module">` both resolve. The host re-renders when the status changes, so it can
 * show a pending state and, on failure, the error with a retry (`load()` again: a failed chunk
 * is requested anew, a loaded one is never requested twice).
 */
export class LazyModule<M> {
  readonly #host: ReactiveControllerHost;
  readonly #import: () => Promise<M>;
  readonly #peek: (() => M | undefined) | undefined;
  #promise: Promise<M> | undefined;
  #module: M | undefined;
  #error: unknown;

  /** `peek`: the module if it has loaded already (see `remember`), so no `import()` waits. */
  constructor(host: ReactiveControllerHost, load: () => Promise<M>, peek?: () => M | undefined) {
    this.#host = host;
    this.#import = load;
    this.#peek = peek;
  }

  /** The module once loaded. */
  get module(): M | undefined {
    if (this.#module === undefined && !this.#promise) this.#module = this.#peek?.();
    return this.#module;
  }

  get status(): LazyStatus {
    if (this.module !== undefined) return 'loaded';
    if (this.#promise) return 'loading';
    return this.#error === undefined ? 'idle' : 'error';
  }

  /** Why the last load failed (undefined unless `status` is `error`). */
  get error(): unknown {
    return this.status === 'error' ? this.#error : undefined;
  }

  /** Loads the module (once; again after a failure). Rejects with the load's error. */
  load(): Promise<M> {
    if (this.module !== undefined) {
      // Failed here, then loaded elsewhere (`peek`): the host shows the module, not the error.
      if (this.#error !== undefined) {
        this.#error = undefined;
        this.#host.requestUpdate();
      }
      return Promise.resolve(this.#module as M);
    }
    if (!this.#promise) {
      this.#error = undefined;
      this.#promise = this.#import().then(
        (module) => {
          this.#module = module;
          this.#promise = undefined;
          this.#host.requestUpdate();
          return module;
        },
        (error: unknown) => {
          this.#error = error ?? new Error('The module failed to load.');
          this.#promise = undefined;
          this.#host.requestUpdate();
          throw error;
        },
      );
      this.#host.requestUpdate();
    }
    return this.#promise;
  }
}
