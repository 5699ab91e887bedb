import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
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
  /** The input the user typed in (what `live()` would check, without its bytes). */
  #input: HTMLInputElement | undefined;

  constructor(host: SearchFieldHost, delay = SEARCH_DELAY) {
    this.#host = host;
    this.#debouncer = new Debouncer((value: string) => {
      this.#draft = undefined;
      host.query = value;
    }, delay);
    host.addController(this);
  }

  /** After a render, the input shows the draft or the query even where the binding did not change. */
  hostUpdated(): void {
    const value = this.#draft ?? this.#host.query;
    if (this.#input && this.#input.value !== value) this.#input.value = value;
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
        .value=${this.#draft ?? this.#host.query}
        @input=${this.#onInput}
        @keydown=${this.#onKeyDown}
        maxlength="200"
      />
    </label>`;
  }

  #onInput = (event: InputEvent): void => {
    this.#input = event.target as HTMLInputElement;
    const value = this.#input.value;
    this.#draft = value;
    this.#debouncer.call(value);
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') this.#debouncer.flush();
  };
}
