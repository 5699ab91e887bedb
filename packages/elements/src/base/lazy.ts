import type { ReactiveControllerHost } from 'lit';

/** Where a lazily loaded part of a widget stands. */
export type LazyStatus = 'idle' | 'loading' | 'loaded' | 'error';

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
  #promise: Promise<M> | undefined;
  #module: M | undefined;
  #error: unknown;

  constructor(host: ReactiveControllerHost, load: () => Promise<M>) {
    this.#host = host;
    this.#import = load;
  }

  /** The module once loaded. */
  get module(): M | undefined {
    return this.#module;
  }

  get status(): LazyStatus {
    if (this.#module !== undefined) return 'loaded';
    if (this.#promise) return 'loading';
    return this.#error === undefined ? 'idle' : 'error';
  }

  /** Why the last load failed (undefined unless `status` is `error`). */
  get error(): unknown {
    return this.status === 'error' ? this.#error : undefined;
  }

  /** Loads the module (once; again after a failure). Rejects with the load's error. */
  load(): Promise<M> {
    if (this.#module !== undefined) return Promise.resolve(this.#module);
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
