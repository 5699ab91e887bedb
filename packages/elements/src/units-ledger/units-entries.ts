import type { ClienteleClient, UnitEntry, UnitEntrySort } from '@clientele/sdk';
import { css, html, type LitElement } from 'lit';
import { OwnWidth } from '../base/controllers/own-width.ts';
import { dataGridStyles } from '../list/data-grid.styles.ts';
import { DataGrid } from '../list/data-grid.ts';
import { listViewStyles } from '../list/list-chrome.styles.ts';
import { ListRows } from '../list/list-rows.ts';
import { listViewState, providerPerClient } from '../list/list-view.ts';
import type { UnitsLedgerText } from './messages.ts';
import { sdkUnitEntryProvider } from './units-api.ts';
import { type UnitColumnsView, unitColumns } from './units-columns.ts';
import {
  filtersKey,
  reverseUnitEntrySort,
  type UnitEntryDataProvider,
  type UnitEntryFilters,
  type UnitEntryQuery,
} from './units-data.ts';

const ROW_HEIGHT = 56;

export interface UnitsEntriesOptions {
  messages(): UnitsLedgerText;
  locale(): string;
  client(): ClienteleClient | undefined;
  dataProvider(): UnitEntryDataProvider | undefined;
  clientId(): string | undefined;
  query(): string;
  filters(): UnitEntryFilters;
  sort(): UnitEntrySort;
  setSort(sort: UnitEntrySort): void;
  unit(): string;
  reverse(): UnitColumnsView['reverse'];
}

/**
 * The ledger's entries: an ARIA data grid windowed over cursor pages (`ListRows`, `DataGrid`),
 * its columns fitted to the widget's own width. A chunk of its own, loaded as soon as the
 * ledger connects (with the balance, in parallel), so the widget's first download stays small.
 */
export class UnitsEntries {
  static readonly styles = [
    dataGridStyles,
    listViewStyles,
    css`
      .number {
        display: block;
        text-align: end;
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      .number.credit {
        color: var(--_color-status-green-text);
      }
      .number.debit {
        color: var(--_color-status-red-text);
      }
      .kind {
        font-size: var(--_font-size-s);
      }
      .kind-reversal,
      .kind-offer {
        font-style: italic;
      }
      .mono {
        font-family: var(--_font-family-mono);
      }
      .reverse {
        min-block-size: 1.75rem;
        padding-block: 0;
        font-size: var(--_font-size-s);
      }
    `,
  ];

  readonly #options: UnitsEntriesOptions;
  readonly #sdkProvider = providerPerClient(sdkUnitEntryProvider);
  readonly #rows: ListRows<UnitEntry, UnitEntryQuery>;
  readonly #grid: DataGrid<UnitEntry>;
  readonly #width: OwnWidth;

  constructor(host: LitElement, options: UnitsEntriesOptions) {
    this.#options = options;
    this.#rows = new ListRows<UnitEntry, UnitEntryQuery>(host, {
      provider: () =>
        options.clientId()
          ? (options.dataProvider() ?? this.#sdkProvider(options.client()))
          : undefined,
      query: () => ({
        clientId: options.clientId() ?? '',
        query: options.query().trim(),
        filters: options.filters(),
        sort: options.sort(),
      }),
      key: (q) => JSON.stringify([q.clientId, q.query, filtersKey(q.filters), q.sort]),
      reverseSort: reverseUnitEntrySort,
      onReset: (refresh) => {
        if (!refresh) this.#grid.resetPosition();
      },
    });
    this.#grid = new DataGrid<UnitEntry>(host, {
      label: () => options.messages().unitsEntriesLabel,
      total: () => this.#rows.total ?? 0,
      row: (index) => this.#rows.get(index),
      rowHeight: ROW_HEIGHT,
      placeholderLabel: () => options.messages().loading,
      columns: () => this.#columns(),
      onSort: () => options.setSort(reverseUnitEntrySort(options.sort())),
      onRangeChange: (start, end) => this.#rows.ensure(start, end),
    });
    this.#width = new OwnWidth(host, () => this.#columns().length);
  }

  /** How many entries match; undefined until the first page. */
  get total(): number | undefined {
    return this.#rows.total;
  }

  /** What a walk through every matching entry needs (the CSV export). */
  get rows() {
    return {
      provider: this.#rows.provider,
      query: this.#rows.query,
      key: this.#rows.key,
      total: this.#rows.total,
    };
  }

  reload(): void {
    this.#rows.reload();
  }

  /** Loads the first page again, keeping the rows on screen until it arrives. */
  refresh(): void {
    this.#rows.refresh();
  }

  #columns() {
    const o = this.#options;
    return unitColumns({
      t: o.messages(),
      locale: o.locale(),
      unit: o.unit(),
      sort: o.sort(),
      width: this.#width.rem,
      reverse: o.reverse(),
    });
  }

  render(empty: unknown) {
    const shown = this.#rows.shown;
    return html`<clientele-state
      lang=${this.#options.locale()}
      .state=${listViewState(shown, this.#rows.total)}
      .error=${shown?.error}
      .busy=${this.#rows.current?.loading ?? false}
      rows="6"
      exportparts="title: state-title, message: state-message, retry-button"
      @retry=${() => this.#rows.current?.retry()}
    >
      ${empty} ${this.#grid.render()}
    </clientele-state>`;
  }
}
