import type { UnitEntry, UnitEntryKind } from '@clientele/sdk';
import { UNIT_ENTRY_KINDS } from '@clientele/sdk/enums';
import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import { enumLabel } from '../base/enum-label.ts';
import { messageCatalog } from '../base/i18n/localize.ts';
import type { ListPage } from '../list/list-data.ts';
import { type WalkableProvider, walkAll } from '../list/list-walk.ts';
import { unitsFiltersEn } from './filters-messages.en.ts';
import type { UnitsLedgerText } from './messages.ts';
import { UNIT_ENTRY_KIND_KEYS } from './units-columns.ts';
import { downloadCsv, entriesToCsv } from './units-csv.ts';
import type { UnitEntryFilters, UnitEntryRequest } from './units-data.ts';

export const unitsFiltersText = messageCatalog({
  en: unitsFiltersEn,
  de: () => import('./filters-messages.de.ts').then((m) => m.unitsFiltersDe),
});

type Rows = {
  provider: WalkableProvider<UnitEntryRequest, ListPage<UnitEntry>> | undefined;
  query: Omit<UnitEntryRequest, 'cursor' | 'limit' | 'signal'> | undefined;
  key: string;
  total: number | undefined;
};

export interface UnitsFiltersOptions {
  messages(): UnitsLedgerText;
  locale(): string;
  query(): string;
  filters(): UnitEntryFilters;
  /** The user changed the search or the filters. */
  apply(query: string, filters: UnitEntryFilters): void;
  /** The entries as shown: what the export walks. */
  rows(): Rows;
  host: ReactiveControllerHost;
}

const SEARCH_DELAY = 300;

/**
 * The ledger's filters panel (kinds, a date range, search text) and its CSV export of every
 * entry the filters match (walked page by page along the cursor chain, amounts as the API's
 * exact strings), loaded on first use.
 */
export class UnitsFilters {
  static readonly styles = [
    css`
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space-m);
        align-items: end;
        padding: var(--_space-m);
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius-m);
      }
      .filters fieldset {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space-s) var(--_space-m);
        margin: 0;
        padding: 0;
        border: 0;
      }
      .filters legend {
        margin-block-end: var(--_space-2xs);
        font-weight: var(--_font-weight-strong);
      }
      .filters .field {
        flex: 0 1 auto;
      }
      .filters .search {
        flex: 1 1 14rem;
      }
      .filters .search .input {
        inline-size: 100%;
      }
      .filters .hint {
        margin: 0;
      }
    `,
  ];

  readonly #options: UnitsFiltersOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #status = '';
  #exporting = false;
  #failed = false;

  constructor(options: UnitsFiltersOptions) {
    this.#options = options;
  }

  get exporting(): boolean {
    return this.#exporting;
  }

  #t() {
    const locale = this.#options.locale();
    return { ...this.#options.messages(), ...unitsFiltersText(locale) };
  }

  #number(value: number): string {
    return new Intl.NumberFormat(this.#options.locale()).format(value);
  }

  #setKind(kind: UnitEntryKind, on: boolean): void {
    const filters = this.#options.filters();
    const kinds = new Set(filters.kind ?? []);
    if (on) kinds.add(kind);
    else kinds.delete(kind);
    this.#options.apply(this.#options.query(), {
      ...filters,
      kind: UNIT_ENTRY_KINDS.filter((k) => kinds.has(k)),
    });
  }

  #setDate(field: 'created_after' | 'created_before', value: string): void {
    const { [field]: _old, ...rest } = this.#options.filters();
    this.#options.apply(this.#options.query(), value ? { ...rest, [field]: value } : rest);
  }

  #onSearch(value: string): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(
      () => this.#options.apply(value, this.#options.filters()),
      SEARCH_DELAY,
    );
  }

  /** Every entry the filters match, as a CSV download. */
  async exportCsv(): Promise<void> {
    const { provider, query, key, total } = this.#options.rows();
    if (!provider || !query || this.#exporting) return;
    const t = this.#t();
    this.#exporting = true;
    this.#failed = false;
    const update = (done: number, all: number) => {
      this.#status = t.unitsExporting({ done: this.#number(done), total: this.#number(all) });
      this.#options.host.requestUpdate();
    };
    update(0, total ?? 0);
    try {
      const entries = await walkAll(provider, query, {
        signal: new AbortController().signal,
        onProgress: update,
      });
      if (this.#options.rows().key === key) {
        downloadCsv(entriesToCsv(entries), `units-${query.clientId}.csv`);
      }
      this.#status = t.unitsExported({ count: this.#number(entries.length) });
    } catch {
      this.#failed = true;
      this.#status = t.unitsExportFailed;
    } finally {
      this.#exporting = false;
      this.#options.host.requestUpdate();
    }
  }

  /** The export's progress and outcome (polite; an alert when it failed). */
  renderStatus() {
    if (!this.#status) return nothing;
    return html`<p class="hint" role=${this.#failed ? 'alert' : 'status'}>${this.#status}</p>`;
  }

  render() {
    const t = this.#t();
    const filters = this.#options.filters();
    const kinds = new Set(filters.kind ?? []);
    return html`<div class="filters" part="filters">
      <fieldset>
        <legend>${t.unitsFilterKinds}</legend>
        ${UNIT_ENTRY_KINDS.map(
          (kind) => html`<label class="choice">
            <input
              type="checkbox"
              name="kind"
              value=${kind}
              .checked=${kinds.has(kind)}
              @change=${(e: Event) => this.#setKind(kind, (e.target as HTMLInputElement).checked)}
            />
            ${enumLabel(t, UNIT_ENTRY_KIND_KEYS, kind)}
          </label>`,
        )}
      </fieldset>
      <div class="field">
        <label for="units-from">${t.unitsFilterFrom}</label>
        <input
          id="units-from"
          class="input"
          type="date"
          .value=${filters.created_after ?? ''}
          @change=${(e: Event) => this.#setDate('created_after', (e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label for="units-to">${t.unitsFilterTo}</label>
        <input
          id="units-to"
          class="input"
          type="date"
          .value=${filters.created_before ?? ''}
          @change=${(e: Event) => this.#setDate('created_before', (e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field search">
        <label for="units-search">${t.unitsFilterSearch}</label>
        <input
          id="units-search"
          class="input"
          type="search"
          maxlength="200"
          aria-describedby="units-search-hint"
          .value=${this.#options.query()}
          @input=${(e: Event) => this.#onSearch((e.target as HTMLInputElement).value)}
        />
        <p id="units-search-hint" class="hint">${t.unitsFilterSearchHint}</p>
      </div>
      <button class="button" type="button" @click=${() => this.#options.apply('', {})}>
        ${t.unitsFilterClear}
      </button>
    </div>`;
  }
}
