import type { ActivityCategory } from '@clientele/sdk';
import { html, nothing } from 'lit';
import { ACTIVITY_CATEGORY_ORDER, CATEGORY_KEYS, CATEGORY_TONES } from './activity-labels.ts';
import type { ActivityTabText } from './messages.ts';

/** What the toolbar shows and where it reports the user's choices. */
export interface ActivityToolbarView {
  readonly t: ActivityTabText;
  /** The categories filtered by (none: every category). */
  readonly categories: readonly ActivityCategory[];
  /** The actor text as typed (the filter follows it after a pause). */
  readonly actor: string;
  readonly impersonatedOnly: boolean;
  /** "1,234 entries", or '' until the first page. */
  readonly total: string;
  onCategory(category: ActivityCategory): void;
  onActor(text: string, commit: boolean): void;
  onImpersonatedOnly(value: boolean): void;
  /** Shown while a filter is set. */
  onClear: (() => void) | undefined;
}

/**
 * The activity log's filters: a toggle button per category (`aria-pressed`; none pressed is
 * every category), the actor's name or id (searched as the user types, at once on Enter), and
 * "impersonated only"; with the number of matching entries, announced politely.
 */
export function renderActivityToolbar(view: ActivityToolbarView) {
  const { t } = view;
  return html`<div part="toolbar" class="toolbar activity-toolbar">
    <label class="field actor-field">
      <span>${t.activityActorFilter}</span>
      <input
        part="actor-filter"
        class="input"
        type="search"
        maxlength="200"
        autocomplete="off"
        placeholder=${t.activityActorFilterHint}
        .value=${view.actor}
        @input=${(event: Event) => view.onActor((event.target as HTMLInputElement).value, false)}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Enter') view.onActor((event.target as HTMLInputElement).value, true);
        }}
      />
    </label>
    <label class="check">
      <input
        part="impersonated-filter"
        type="checkbox"
        .checked=${view.impersonatedOnly}
        @change=${(event: Event) =>
          view.onImpersonatedOnly((event.target as HTMLInputElement).checked)}
      />
      <span>${t.activityImpersonatedOnly}</span>
    </label>
    <span class="total" role="status">${view.total}</span>
  </div>
  <div class="quick-filters" role="group" aria-label=${t.activityCategoryFilter}>
    ${ACTIVITY_CATEGORY_ORDER.map(
      (category) => html`<button
        part="category-filter"
        class="pill"
        type="button"
        aria-pressed=${String(view.categories.includes(category))}
        @click=${() => view.onCategory(category)}
      >
        <span class="dot tone-${CATEGORY_TONES[category]}" aria-hidden="true"></span>
        ${t[CATEGORY_KEYS[category]] as string}
      </button>`,
    )}
    ${
      view.onClear
        ? html`<button part="clear-filters" class="link-button" type="button" @click=${view.onClear}>
          ${t.activityClearFilters}
        </button>`
        : nothing
    }
  </div>`;
}
