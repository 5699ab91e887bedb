import { html, nothing } from 'lit';
import type { CommonMessages } from '../base/i18n/localize.ts';

/** One active filter as a removable chip. */
export interface ChipView {
  readonly key: string;
  /** What the chip says, e.g. "Status: Active". */
  readonly label: string;
  /** Accessible name of its remove button, e.g. "Remove filter Status: Active". */
  readonly removeLabel: string;
  readonly onRemove: () => void;
}

/**
 * Active filters as a list of removable chips with "clear all". Each remove button is named
 * after its filter; the list is named so screen readers announce what it holds.
 */
export function renderFilterChips(options: {
  label: string;
  chips: readonly ChipView[];
  clearAllLabel: string;
  onClearAll: () => void;
}) {
  if (options.chips.length === 0) return nothing;
  return html`<div part="chips" class="chips">
    <ul class="chip-list" aria-label=${options.label}>
      ${options.chips.map(
        (chip) => html`<li part="chip" class="chip">
          <span>${chip.label}</span>
          <button
            class="chip-remove"
            type="button"
            aria-label=${chip.removeLabel}
            @click=${chip.onRemove}
          >
            <span aria-hidden="true">×</span>
          </button>
        </li>`,
      )}
    </ul>
    <button part="clear-filters" class="link-button" type="button" @click=${options.onClearAll}>
      ${options.clearAllLabel}
    </button>
  </div>`;
}

/** One active filter value, as a list's query module lists them (a status filter: one per status). */
export interface ActiveFilter<K extends string> {
  readonly key: K;
  readonly value: string;
}

/**
 * The active filters row of a list: one chip per filter value, worded "Name: Value" in the
 * user's language, each removable, with "Clear all". Both lists word and wire their chips the
 * same way; only how a key and a value are named, and how a filter is removed, are their own.
 */
export function renderActiveFilters<K extends string>(
  t: CommonMessages,
  options: {
    chips: readonly ActiveFilter<K>[];
    /** The filter's name, e.g. "Status". */
    name: (key: K) => string;
    /** The value as the user knows it, e.g. "Active" or a department's name for its id. */
    value: (key: K, value: string) => string;
    onRemove: (key: K, value: string) => void;
    onClearAll: () => void;
  },
) {
  return renderFilterChips({
    label: t.activeFilters,
    chips: options.chips.map((chip) => {
      const label = t.filterChip({
        name: options.name(chip.key),
        value: options.value(chip.key, chip.value),
      });
      return {
        key: `${chip.key}=${chip.value}`,
        label,
        removeLabel: t.removeFilter({ label }),
        onRemove: () => options.onRemove(chip.key, chip.value),
      };
    }),
    clearAllLabel: t.clearAllFilters,
    onClearAll: options.onClearAll,
  });
}
