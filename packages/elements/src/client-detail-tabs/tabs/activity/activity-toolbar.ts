import type { ActivityCategory } from '@clientele/sdk';
import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import { Debouncer } from '../../../base/debouncer.ts';
import { ACTIVITY_CATEGORY_ORDER, CATEGORY_KEYS } from './activity-labels.ts';
import type { ActivityTabText } from './messages.ts';

/** The tab's filter properties, which the toolbar reads and sets. */
export interface ActivityFilterHost extends ReactiveControllerHost {
  category: ActivityCategory[];
  actor: string;
  impersonatedOnly: boolean;
}

const ACTOR_DELAY = 300;

/**
 * The activity log's filters, loaded as soon as the tab connects (its first paint is the
 * log): the actor's name or id (searched as the user types, at once on Enter; the text being
 * typed is kept through re-renders), "impersonated only", and a toggle button per category
 * (`aria-pressed`; none pressed is every category), with "Clear filters" while one is set.
 */
export class ActivityToolbar {
  static readonly styles = css`
    .actor-field {
      flex: 1 1 14rem;
    }
    .actor-field .input {
      inline-size: 100%;
    }
    .check {
      display: inline-flex;
      align-items: center;
      gap: var(--_space-xs);
      min-block-size: var(--_control-size);
    }
    .pill {
      display: inline-flex;
      align-items: center;
      gap: var(--_space-xs);
      min-block-size: 2rem;
      padding-inline: var(--_space-s);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius-pill);
      background: var(--_color-surface);
      color: var(--_color-text);
      font: inherit;
      font-size: var(--_font-size-s);
      cursor: pointer;
    }
    .pill[aria-pressed='true'] {
      border-color: var(--_color-accent);
      box-shadow: inset 0 0 0 1px var(--_color-accent);
      background: color-mix(in srgb, var(--_color-accent) 10%, var(--_color-surface));
    }
  `;

  readonly #host: ActivityFilterHost;
  #draft: string | undefined;
  readonly #debouncer = new Debouncer((text: string) => {
    this.#draft = undefined;
    this.#host.actor = text;
  }, ACTOR_DELAY);

  constructor(host: ActivityFilterHost) {
    this.#host = host;
    host.addController({ hostDisconnected: () => this.#debouncer.cancel() });
  }

  /** Sets every filter back (the actor text being typed too). */
  clear(): void {
    this.#debouncer.cancel();
    this.#draft = undefined;
    const host = this.#host;
    host.category = [];
    host.actor = '';
    host.impersonatedOnly = false;
  }

  /** The actor field and "impersonated only" (the toolbar's start). */
  renderFields(t: ActivityTabText) {
    const host = this.#host;
    return html`<label class="field actor-field">
        <span>${t.activityActorFilter}</span>
        <input
          part="actor-filter"
          class="input"
          type="search"
          maxlength="200"
          autocomplete="off"
          placeholder=${t.activityActorFilterHint}
          .value=${this.#draft ?? host.actor}
          @input=${this.#onInput}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === 'Enter') this.#debouncer.flush();
          }}
        />
      </label>
      <label class="check">
        <input
          part="impersonated-filter"
          type="checkbox"
          .checked=${host.impersonatedOnly}
          @change=${(event: Event) => {
            host.impersonatedOnly = (event.target as HTMLInputElement).checked;
          }}
        />
        <span>${t.activityImpersonatedOnly}</span>
      </label>`;
  }

  /** The category toggles, and "Clear filters" while a filter is set. */
  renderCategories(t: ActivityTabText, filtered: boolean) {
    const host = this.#host;
    return html`${ACTIVITY_CATEGORY_ORDER.map(
      (category) => html`<button
        part="category-filter"
        class="pill"
        type="button"
        aria-pressed=${String(host.category.includes(category))}
        @click=${() => {
          host.category = host.category.includes(category)
            ? host.category.filter((c) => c !== category)
            : [...host.category, category];
        }}
      >
        <span class="dot" data-category=${category} aria-hidden="true"></span>
        ${t[CATEGORY_KEYS[category]] as string}
      </button>`,
    )}
    ${
      filtered
        ? html`<button part="clear-filters" class="link-button" type="button" @click=${() => this.clear()}>
          ${t.activityClearFilters}
        </button>`
        : nothing
    }`;
  }

  #onInput = (event: Event): void => {
    this.#draft = (event.target as HTMLInputElement).value;
    this.#debouncer.call(this.#draft);
  };
}
