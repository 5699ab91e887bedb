import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';

/** What a list reads back from the page URL: the parts present, and what was dropped and why. */
export interface UrlStateRead<S> {
  readonly state: Partial<S>;
  readonly problems: readonly string[];
}

/** A list with a `url-state` attribute: null/undefined when off, else the parameter prefix. */
export type UrlStateHost = ReactiveControllerHost & {
  readonly urlState: string | null | undefined;
};

export interface UrlStateOptions<S> {
  /** The tag, for warnings (`<tag> url-state: …`). */
  readonly tag: string;
  /** The host properties mirrored into the URL; a change to any of them rewrites it. */
  readonly watched: readonly PropertyKey[];
  /** Reads the list state from the page's query parameters. */
  readonly read: (params: URLSearchParams, prefix: string) => UrlStateRead<S>;
  /** Writes a state into the page's parameters, keeping the others. */
  readonly write: (params: URLSearchParams, state: S, prefix: string) => URLSearchParams;
  /** The host's current state, as the URL carries it. */
  readonly current: () => S;
  /** The state of a URL that carries none of it (what back/forward to a bare URL restores). */
  readonly defaults: () => S;
  /** Sets the host's properties from the (partial) state read. */
  readonly apply: (state: Partial<S>) => void;
}

/**
 * Mirrors a list's search, filters and sort (and whatever else the host names) into the page
 * URL and back. Both list widgets deep-link the same way, so the rules live here once: restore
 * from the URL the first time `url-state` is present, then `history.replaceState` on every
 * change (never a new history entry: typing in a search box must not flood the back button),
 * and follow back/forward through `popstate`.
 *
 * The host calls `restore()` first thing in `willUpdate` (so restored values take part in that
 * update) and `write(changed)` last (after it has corrected bad values).
 */
export class UrlState<S> implements ReactiveController {
  readonly #host: UrlStateHost;
  readonly #options: UrlStateOptions<S>;
  #restored = false;

  constructor(host: UrlStateHost, options: UrlStateOptions<S>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
  }

  /** Reads the URL once, the first time `url-state` is on; bad parts are warned about and dropped. */
  restore(): void {
    const prefix = this.#host.urlState;
    if (this.#restored || prefix === null || prefix === undefined) return;
    this.#restored = true;
    const { state, problems } = this.#options.read(
      new URLSearchParams(window.location.search),
      prefix,
    );
    for (const problem of problems) console.warn(`<${this.#options.tag}> url-state: ${problem}`);
    this.#options.apply(state);
  }

  /** Rewrites the URL when a watched property changed (only once the URL was restored). */
  write(changed: PropertyValues): void {
    if (!this.#restored || !this.#options.watched.some((key) => changed.has(key))) return;
    const url = new URL(window.location.href);
    const { write, current } = this.#options;
    const params = write(url.searchParams, current(), this.#host.urlState ?? '');
    const search = params.toString();
    if (search === url.search.replace(/^\?/, '')) return;
    url.search = search;
    history.replaceState(history.state, '', url);
  }

  /** Back/forward: the URL's state, with defaults for what it leaves out. */
  #onPopState = (): void => {
    const prefix = this.#host.urlState;
    if (prefix === null || prefix === undefined) return;
    const { state } = this.#options.read(new URLSearchParams(window.location.search), prefix);
    this.#options.apply({ ...this.#options.defaults(), ...state });
  };
}
