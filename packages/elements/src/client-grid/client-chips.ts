import { enumLabel } from '../base/enum-label.ts';
import { formatDate } from '../base/format/dates.ts';
import { adoptMoreStyles } from '../base/styles/adopt.ts';
import { STATUS_KEYS } from '../client/status-labels.ts';
import { chipStyles } from '../ui/filter-chips.styles.ts';
import { renderActiveFilters } from '../ui/filter-chips.ts';
import { type GridContext, setFilters } from './client-context.ts';
import type { ClientFilterOptions } from './client-events.ts';
import { FILTER_LABELS } from './client-labels.ts';
import {
  type ClientFilterKey,
  FILTER_FIELDS,
  type FilterField,
  filterChips,
  withoutFilter,
} from './client-query.ts';

/**
 * The grid's active filters as removable chips, worded in its language, with "Clear all".
 * Loaded once a filter is set (`client-parts.ts`): a grid without filters never needs it.
 */
export class ClientChips {
  readonly #ctx: GridContext;
  readonly #options: () => ClientFilterOptions | undefined;

  /** `options`: the names of the reference filters' ids, once known (until then a chip shows the id). */
  constructor(ctx: GridContext, options: () => ClientFilterOptions | undefined) {
    this.#ctx = ctx;
    this.#options = options;
    adoptMoreStyles(ctx.host, [chipStyles]);
  }

  render() {
    const { host } = this.#ctx;
    const t = this.#ctx.t();
    return renderActiveFilters(t, {
      chips: filterChips(host.filters),
      name: (key) => t[FILTER_LABELS[key]] as string,
      value: (key, value) => this.#valueLabel(key, value),
      onRemove: (key, value) => setFilters(host, withoutFilter(host.filters, key, value)),
      onClearAll: () => setFilters(host, {}),
    });
  }

  #valueLabel(key: ClientFilterKey, value: string): string {
    const t = this.#ctx.t();
    const field = FILTER_FIELDS.find((f) => f.key === key) as FilterField | undefined;
    switch (field?.kind) {
      case 'statuses':
        return enumLabel(t, STATUS_KEYS, value);
      case 'boolean':
        return value === 'true' ? t.yes : t.no;
      case 'date':
        return formatDate(this.#ctx.locale(), value);
      case 'reference': {
        const list = field.list ? this.#options()?.[field.list] : undefined;
        return list?.find((o) => o.id === value)?.name ?? value;
      }
      default:
        return value;
    }
  }
}
