import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import { Debouncer } from '../base/debouncer.ts';

/** How long typing pauses before the search runs, in ms. */
export const SEARCH_DELAY = 300;

/** A list whose search text is its `query` property. */
export type SearchFieldHost = ReactiveControllerHost & { query: string };

/**
 * The toolbar's search box of a list: debounced while typing (a query per keystroke would
 * restart the row cache each time), committed at once on Enter. The text being typed is kept
 * as a draft, so a re-render during the pause does not throw the user's input away; `reset()`
 * drops it when the host clears the search itself.
 */
export class SearchField implements ReactiveController {
  readonly #host: SearchFieldHost;
  readonly #debouncer: Debouncer<[string]>;
  #draft: string | undefined;

  constructor(host: SearchFieldHost, delay = SEARCH_DELAY) {
    this.#host = host;
    this.#debouncer = new Debouncer((value: string) => {
      this.#draft = undefined;
      host.query = value;
    }, delay);
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#debouncer.cancel();
  }

  /** Forgets the text being typed and its pending search (before the host clears `query`). */
  reset(): void {
    this.#debouncer.cancel();
    this.#draft = undefined;
  }

  /** `<label class="field search-field">` with the `search` part; `label` names it. */
  render(view: { label: string; placeholder: string }) {
    return html`<label class="field search-field">
      <span>${view.label}</span>
      <input
        part="search"
        class="input"
        type="search"
        placeholder=${view.placeholder}
        .value=${live(this.#draft ?? this.#host.query)}
        @input=${this.#onInput}
        @keydown=${this.#onKeyDown}
        maxlength="200"
      />
    </label>`;
  }

  #onInput = (event: InputEvent): void => {
    const value = (event.target as HTMLInputElement).value;
    this.#draft = value;
    this.#debouncer.call(value);
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') this.#debouncer.flush();
  };
}
