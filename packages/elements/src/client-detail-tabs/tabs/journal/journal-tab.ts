import type { ClienteleClient, JournalEntry } from '@clientele/sdk';
import { html, LitElement } from 'lit';
import { ClienteleConsumer } from '../../../base/controllers/clientele-consumer.ts';
import { OwnWidth } from '../../../base/controllers/own-width.ts';
import { renderLoading } from '../../../base/states/render-loading.ts';
import { DataGrid } from '../../../list/data-grid.ts';
import { listChromeStyles } from '../../../list/list-chrome.styles.ts';
import { ListRows } from '../../../list/list-rows.ts';
import { providerPerClient } from '../../../list/list-view.ts';
import { fromRows, renderTabState } from '../tab-state.ts';
import { sdkJournalDataProvider } from './journal-api.ts';
import { journalColumns } from './journal-columns.ts';
import type { JournalDataProvider, JournalQuery, JournalSort } from './journal-data.ts';
import { journalTabStyles } from './journal-tab.styles.ts';
import { type JournalTabText, journalTabText } from './messages.ts';

const ROW_HEIGHT = 56;
const SORT: JournalSort = '-created_at';
/** Events after which a client's journal may have new entries: read its first page again. */
const CHANGES = ['client-invoice-create', 'units-entry-create', 'client-change'] as const;

/**
 * One client's credit journal (Fleio's): when money moved, from where to where (credit, credit
 * tax, invoice, transaction, staff, settlement, external, in words), the amount on each side
 * in its own currency and the exchange rate between them, who caused it ("System" for none)
 * and the credit left after it. Money is exact (decimal strings through `Intl`, never
 * floats). An ARIA data grid windowed over cursor pages, newest first (the API's one order:
 * the far end is reached by walking forwards), so years of entries scroll like a page. Read
 * only. When another widget on the page changes the client's money (`client-invoice-create`,
 * `units-entry-create`, `client-change` with its `clientId`), the journal reads its first page
 * again.
 *
 * The Journal tab of `<client-detail-tabs>`, and usable alone inside `<clientele-provider>`
 * (or with its own `client`). Data comes through the SDK (`listClientJournal`) or a
 * `dataProvider` function.
 *
 * @tag client-journal-tab
 * @summary One client's credit journal: sources, destinations, amounts, rates, credit after.
 *
 * @csspart toolbar - The bar with the number of entries.
 * @csspart grid - The data grid (scroll container).
 * @csspart header-row - The grid's header row.
 * @csspart header-cell - A column header.
 * @csspart row - A data row (also `placeholder-row` while it loads).
 * @csspart cell - A data cell.
 * @csspart state-title - Title of the empty, error, forbidden and not-found views.
 * @csspart state-message - Message of those views.
 * @csspart retry-button - The Retry button of the error view.
 *
 * @cssprop --clientele-grid-max-block-size - Maximum height of the grid (default 70vh).
 * @cssprop --clientele-color-accent - Focus.
 * @cssprop --clientele-color-border - Grid rules.
 */
export class ClientJournalTab extends LitElement {
  static override properties = {
    client: { attribute: false },
    dataProvider: { attribute: false },
    clientId: { attribute: 'client-id' },
  };

  static override styles = [...listChromeStyles, journalTabStyles];

  /** The SDK client; overrides the one from `<clientele-provider>`. */
  declare client: ClienteleClient | undefined;
  /**
   * Loads pages instead of the SDK: `({clientId, cursor, limit, signal}) =>
   * Promise<{items, nextCursor, total}>`, newest first.
   */
  declare dataProvider: JournalDataProvider | undefined;
  /** The client whose journal to show. */
  declare clientId: string | undefined;

  readonly #context = new ClienteleConsumer(this);
  readonly #sdkProvider = providerPerClient(sdkJournalDataProvider);

  readonly #rows = new ListRows<JournalEntry, JournalQuery>(this, {
    provider: () =>
      this.clientId ? (this.dataProvider ?? this.#sdkProvider(this.#context.client)) : undefined,
    query: () => ({ clientId: this.clientId ?? '', query: '', filters: {}, sort: SORT }),
    key: (q) => q.clientId,
    reverseSort: (sort) => sort,
    canReverse: false,
    onReset: (refresh) => {
      if (!refresh) this.#grid.resetPosition();
    },
  });

  readonly #grid = new DataGrid<JournalEntry>(this, {
    label: () => this.#t.journalLabel,
    total: () => this.#rows.total ?? 0,
    row: (index) => this.#rows.get(index),
    rowHeight: ROW_HEIGHT,
    placeholderLabel: () => this.#t.loading,
    columns: () => this.#columns(),
    onRangeChange: (start, end) => this.#rows.ensure(start, end),
  });

  readonly #width: OwnWidth = new OwnWidth(this, () => this.#columns().length);

  /** How many entries the journal has; undefined until the first page. */
  get total(): number | undefined {
    return this.#rows.total;
  }

  /** Loads the journal again from its first page. */
  reload(): void {
    this.#rows.reload();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of CHANGES) document.addEventListener(type, this.#onChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of CHANGES) document.removeEventListener(type, this.#onChange);
  }

  /** Another widget changed this client's money: new entries (the old stay on screen meanwhile). */
  readonly #onChange = (event: Event): void => {
    const detail = (event as CustomEvent<{ clientId?: string } | undefined>).detail;
    if (this.clientId && detail?.clientId === this.clientId) this.#rows.refresh();
  };

  get #t(): JournalTabText {
    return { ...this.#context.messages, ...journalTabText(this.#context.locale) };
  }

  #columns() {
    return journalColumns({ t: this.#t, locale: this.#context.locale, width: this.#width.rem });
  }

  protected override render() {
    const locale = this.#context.locale;
    if (!journalTabText.ready(locale)) return renderLoading(locale);
    const t = this.#t;
    const total = this.#rows.total;
    const view = fromRows(this.#rows, !!this.clientId);
    const state = view.state;
    const chrome = state !== 'forbidden' && state !== 'notFound';
    return html`
      ${
        chrome
          ? html`<div part="toolbar" class="toolbar journal-toolbar">
              <span class="total" role="status"
                >${total === undefined ? '' : t.journalTotal({ count: total, formatted: new Intl.NumberFormat(locale).format(total) })}</span
              >
            </div>`
          : ''
      }
      ${renderTabState(
        {
          ...view,
          locale,
          rows: 6,
          empty: { title: t.journalEmptyTitle, message: t.journalEmptyMessage },
        },
        this.#grid.render(),
      )}
    `;
  }
}
