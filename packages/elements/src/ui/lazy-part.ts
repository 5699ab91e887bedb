import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { CommonMessages } from '../base/i18n/localize.ts';
import { LazyModule } from '../base/lazy.ts';

/** The shared messages a failed part is worded with. */
export type LazyPartText = Pick<CommonMessages, 'errorTitle' | 'networkErrorMessage' | 'retry'>;

/**
 * A part of a widget that its first paint does not need (a menu and its dialogs, a filter
 * panel, a view), loaded on first use through a `LazyModule` and made once, and what the user
 * asked of it meanwhile. `use(intent)` runs the intent with the part at once when it is there,
 * else after it loads (the latest intent wins). While it loads, `busy` is true, so the control
 * the user touched can say so (`aria-busy`); when the load fails, `renderError()` is an alert
 * whose Retry loads again and then runs the same intent.
 */
export class LazyPart<M, P> {
  readonly #host: ReactiveControllerHost;
  readonly #module: LazyModule<M>;
  readonly #make: (module: M) => P;
  #part: P | undefined;
  #intent: ((part: P) => void) | undefined;

  /**
   * `peek`: the module if it has loaded already (`remember` in `base/lazy.ts`); the part is then
   * made in the same update that first uses it.
   */
  constructor(
    host: ReactiveControllerHost,
    load: () => Promise<M>,
    make: (module: M) => P,
    peek?: () => M | undefined,
  ) {
    this.#host = host;
    this.#module = new LazyModule(host, load, peek);
    this.#make = make;
  }

  /** The part, once loaded. */
  get part(): P | undefined {
    return this.#part;
  }

  /** True while the part's module loads. */
  get busy(): boolean {
    return this.#module.status === 'loading';
  }

  /** Why the last load failed; undefined unless it failed. */
  get error(): unknown {
    return this.#module.error;
  }

  get failed(): boolean {
    return this.#module.status === 'error';
  }

  /**
   * Loads the part ahead of an intent (e.g. from `willUpdate`, as the view needs it): never
   * again after a failure, which waits for the user's Retry or next `use()`.
   */
  prefetch(): void {
    if (this.#part === undefined && !this.failed) this.use();
  }

  /** Runs `intent` with the part, loading it first if needed (no intent: just load it). */
  use(intent?: (part: P) => void): void {
    // Loaded already (for another widget, or ahead of this one): made now, in this update.
    const loaded = this.#module.module;
    if (this.#part === undefined && loaded !== undefined) {
      this.#part = this.#make(loaded);
      // Within an update (willUpdate) this asks nothing more; from an event it renders the part.
      this.#host.requestUpdate();
    }
    if (this.#part !== undefined) {
      intent?.(this.#part);
      return;
    }
    if (intent) this.#intent = intent;
    if (this.busy) return;
    this.#module.load().then(
      (module) => {
        this.#part ??= this.#make(module);
        const next = this.#intent;
        this.#intent = undefined;
        next?.(this.#part);
        this.#host.requestUpdate();
      },
      // The status says it failed; the intent waits for Retry.
      () => undefined,
    );
  }

  /**
   * The failure, as an alert with Retry (nothing unless the load failed). `onRetry` runs
   * first, e.g. to move focus to the control that opened the part, as the Retry button goes
   * away while the part loads.
   */
  renderError(t: LazyPartText, onRetry?: (event: Event) => void) {
    if (!this.failed) return nothing;
    return html`<div class="load-error" role="alert">
      <span><strong>${t.errorTitle}</strong> ${t.networkErrorMessage}</span>
      <button
        class="button"
        type="button"
        @click=${(event: Event) => {
          onRetry?.(event);
          this.use();
        }}
      >
        ${t.retry}
      </button>
    </div>`;
  }
}
