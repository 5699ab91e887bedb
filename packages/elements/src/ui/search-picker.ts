import { html, nothing } from 'lit';
import { Debouncer } from '../base/debouncer.ts';
import { ariaInvalid, describedBy, renderFieldError } from './form-errors.ts';

/** One thing the picker offers (a client, a user). */
export interface PickerOption {
  readonly id: string;
  readonly name: string;
  /** A second line (e.g. the email), to tell namesakes apart. */
  readonly detail?: string;
}

export interface SearchPickerOptions {
  /** The id of the input; the listbox and options derive theirs from it. */
  readonly id: string;
  /** The name the chosen option's id is submitted under (a hidden input). */
  readonly name: string;
  /** The listbox's `part` name. */
  readonly part?: string;
  /** Finds options for the typed text ('' for the first few). */
  search(text: string, signal: AbortSignal): Promise<PickerOption[]>;
  /** The picker's state changed: render it again. */
  onChange(): void;
  /** Where the input is rendered (to set its text). */
  root(): ParentNode;
}

/** What the picker says, in the widget's locale. */
export interface SearchPickerText {
  label: string;
  /** Shown under the field and linked with `aria-describedby`. */
  hint: string;
  searching: string;
  found: (count: number) => string;
  failed: string;
}

const SEARCH_DELAY = 250;

/**
 * A searchable picker (of a client, a user): the WAI-ARIA APG combobox with a listbox popup and list
 * autocomplete. Typing searches (debounced, superseded requests aborted); Down/Up move
 * through the suggestions (`aria-activedescendant`, focus stays in the input), Enter or a
 * click chooses, Escape closes the list, and a search that answers later does not open it again:
 * only typing or an arrow key does. The list overlays what follows (closing it on blur
 * moves nothing, so a press on the button below still lands there). Typing after choosing
 * forgets the choice; the form checks that an option is chosen (`selected`). The chosen id is
 * submitted under `name` through a hidden input.
 */
export class SearchPicker {
  readonly #options: SearchPickerOptions;
  readonly #debouncer: Debouncer<[string]>;
  #results: PickerOption[] = [];
  #open = false;
  /** The user closed the list (Escape): answers arriving since do not open it. */
  #dismissed = false;
  #active = -1;
  #selected: PickerOption | undefined;
  #status: 'idle' | 'searching' | 'done' | 'error' = 'idle';
  #controller: AbortController | undefined;

  constructor(options: SearchPickerOptions) {
    this.#options = options;
    this.#debouncer = new Debouncer((text: string) => void this.#search(text), SEARCH_DELAY);
  }

  /** The chosen option, if any. */
  get selected(): PickerOption | undefined {
    return this.#selected;
  }

  /** Forgets results, choice and requests (the form closed). */
  reset(): void {
    this.#debouncer.cancel();
    this.#controller?.abort();
    this.#results = [];
    this.#open = false;
    this.#dismissed = false;
    this.#active = -1;
    this.#selected = undefined;
    this.#status = 'idle';
  }

  /** The field, with `error` (the form's message for it) shown and announced on it. */
  render(text: SearchPickerText, error: string | undefined) {
    const id = this.#options.id;
    const listbox = `${id}-listbox`;
    const hintId = `${id}-hint`;
    const status =
      this.#status === 'searching'
        ? text.searching
        : this.#status === 'error'
          ? text.failed
          : this.#status === 'done'
            ? text.found(this.#results.length)
            : '';
    const showList = this.#open && this.#results.length > 0;
    return html`<div class="field picker">
      <label for=${id}>${text.label}</label>
      <div class="combo">
        <input
          id=${id}
          class="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-required="true"
          maxlength="200"
          aria-autocomplete="list"
          aria-expanded=${String(showList)}
          aria-controls=${listbox}
          aria-activedescendant=${showList && this.#active >= 0 ? `${id}-option-${this.#active}` : nothing}
          aria-invalid=${ariaInvalid(error)}
          aria-describedby=${describedBy(id, error, hintId)}
          @input=${(event: Event) => this.#onInput(event)}
          @keydown=${(event: KeyboardEvent) => this.#onKeyDown(event)}
          @focus=${() => this.#onFocus()}
          @blur=${() => this.#close()}
        />
        <ul id=${listbox} part=${this.#options.part ?? nothing} class="listbox" role="listbox" aria-label=${text.label} ?hidden=${!showList}>
          ${this.#results.map(
            (option, index) => html`<li
              id="${id}-option-${index}"
              class="option"
              role="option"
              aria-selected=${String(index === this.#active)}
              @mousedown=${(event: Event) => event.preventDefault()}
              @click=${() => this.#choose(index)}
            >
              <span class="option-name">${option.name}</span>
              ${option.detail ? html`<span class="option-detail">${option.detail}</span>` : nothing}
            </li>`,
          )}
        </ul>
      </div>
      <input type="hidden" name=${this.#options.name} .value=${this.#selected?.id ?? ''} />
      ${renderFieldError(id, error)}
      <p id=${hintId} class="hint">${text.hint}</p>
      <span class="visually-hidden" role="status">${status}</span>
    </div>`;
  }

  get #input(): HTMLInputElement | null {
    return this.#options.root().querySelector<HTMLInputElement>(`#${this.#options.id}`);
  }

  #onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (this.#selected && input.value !== this.#selected.name) this.#selected = undefined;
    this.#dismissed = false;
    this.#debouncer.call(input.value.trim());
    this.#options.onChange();
  }

  #onFocus(): void {
    if (this.#status === 'idle') this.#debouncer.call(this.#input?.value.trim() ?? '');
  }

  #onKeyDown(event: KeyboardEvent): void {
    const count = this.#results.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!this.#open) {
          this.#open = true;
          this.#dismissed = false;
          if (this.#status === 'idle') this.#debouncer.call(this.#input?.value.trim() ?? '');
        }
        if (count > 0) {
          const step = event.key === 'ArrowDown' ? 1 : -1;
          this.#active =
            this.#active < 0 ? (step > 0 ? 0 : count - 1) : (this.#active + step + count) % count;
        }
        this.#options.onChange();
        return;
      }
      case 'Enter':
        if (this.#open && this.#active >= 0) {
          event.preventDefault(); // choosing is not submitting
          this.#choose(this.#active);
        }
        return;
      case 'Escape':
        if (this.#open && count > 0) {
          // Closes the list, not the dialog around it.
          event.preventDefault();
          event.stopPropagation();
          this.#close();
        }
        // Closed by the user, or about to be: a search still running does not reopen it.
        this.#dismissed = true;
        return;
      default:
    }
  }

  #choose(index: number): void {
    const option = this.#results[index];
    if (!option) return;
    this.#selected = option;
    const input = this.#input;
    if (input) input.value = option.name;
    this.#close();
  }

  #close(): void {
    if (!this.#open && this.#active < 0) return;
    this.#open = false;
    this.#active = -1;
    this.#options.onChange();
  }

  async #search(query: string): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.#status = 'searching';
    this.#options.onChange();
    try {
      const results = await this.#options.search(query, controller.signal);
      if (controller.signal.aborted) return;
      // Results of a longer query often still hold the option the user moved to with the
      // arrow keys while it ran: keep it active rather than losing the user's place.
      const activeId = this.#results[this.#active]?.id;
      this.#results = results;
      this.#status = 'done';
      this.#active = activeId === undefined ? -1 : results.findIndex((r) => r.id === activeId);
      // Results open the list only while the user is in the field.
      this.#open =
        !this.#dismissed && this.#input !== null && this.#input === deepFocus(this.#options.root());
    } catch {
      if (controller.signal.aborted) return;
      this.#results = [];
      this.#status = 'error';
    }
    this.#options.onChange();
  }
}

function deepFocus(root: ParentNode): Element | null {
  const node = root as Document | ShadowRoot;
  return 'activeElement' in node ? node.activeElement : null;
}
