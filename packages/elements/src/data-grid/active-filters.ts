import type { CommonMessages } from '../i18n/localize.ts';
import { renderFilterChips } from './toolbar.ts';

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
