import type { ClienteleClient, Invoice, InvoiceSort, InvoiceStatus } from '@clientele/sdk';
import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { ClienteleConsumer } from '../../../base/controllers/clientele-consumer.ts';
import { OwnWidth } from '../../../base/controllers/own-width.ts';
import { dispatch } from '../../../base/events.ts';
import { formatMoney } from '../../../base/format/money.ts';
import { renderLoading } from '../../../base/states/render-loading.ts';
import { adoptMoreStyles } from '../../../base/styles/adopt.ts';
import { wordListConverter } from '../../../base/word-list.ts';
import { openResource } from '../../../client/resource-open.ts';
import { statusToneStyles } from '../../../client/status-badge.styles.ts';
import { DataGrid } from '../../../list/data-grid.ts';
import { listChromeStyles } from '../../../list/list-chrome.styles.ts';
import { reverseSortKey } from '../../../list/list-query.ts';
import { ListRows } from '../../../list/list-rows.ts';
import { providerPerClient } from '../../../list/list-view.ts';
import { LazyPart } from '../../../ui/lazy-part.ts';
import { clientRecordContext } from '../../client-record.ts';
import { fromRows, renderTabState, type TabState } from '../tab-state.ts';
import type { InvoiceForm } from './invoice-form.ts';
import { INVOICE_STATUS_KEYS, INVOICE_STATUS_ORDER } from './invoice-labels.ts';
import { sdkInvoicesDataProvider } from './invoices-api.ts';
import { invoicesColumns, nextInvoiceSort } from './invoices-columns.ts';
import {
  DEFAULT_INVOICE_SORT,
  INVOICE_SORTS,
  type InvoiceFilters,
  type InvoicesDataProvider,
  type InvoicesQuery,
  serializeInvoiceFilters,
} from './invoices-data.ts';
import { invoicesTabParts } from './invoices-parts.ts';
import { invoicesTabStyles } from './invoices-tab.styles.ts';
import { type InvoicesTabText, invoicesTabText } from './messages.ts';

/** `detail` of `client-invoice-create`: the server issued an invoice for the client. */
export interface ClientInvoiceCreateDetail {
  readonly clientId: string;
  readonly invoice: Invoice;
}

declare global {
  interface HTMLElementEventMap {
    'client-invoice-create': CustomEvent<ClientInvoiceCreateDetail>;
  }
}

type FormModule = Awaited<ReturnType<typeof invoicesTabParts.form>>;

const ROW_HEIGHT = 56;
const REFUSED_ID = 'invoices-create-refused';

/** The `status` attribute: statuses separated by spaces or commas; unknown ones warned about and dropped. */
const statusConverter = wordListConverter(
  INVOICE_STATUS_ORDER,
  (name) => `<client-invoices-tab> status: "${name}" is not an invoice status; ignored.`,
);

/**
 * One client's invoices and credit notes: number, status in words, issue and due dates, and
 * the total with its currency, exact. An ARIA data grid windowed over cursor pages (the same
 * list machinery as the Activity tab: sortable headers with `aria-sort`, APG keyboard), sorted
 * by issue date, due date or total (newest first by default), filtered by one or more
 * statuses. Opening an invoice (its number: click or Enter) fires `resource-open`; the host
 * shows its own view. Staff with `invoices.create` add an invoice in a form loaded on first
 * use (lines, due date, an exact preview; one Idempotency-Key per submission); for others the
 * button stays, disabled, and says why.
 *
 * The Invoices tab of `<client-detail-tabs>` (which provides the client's record: its
 * currency and tax exemption), and usable alone inside `<clientele-provider>` or with its own
 * `client`. Data comes through the SDK (`listClientInvoices`) or a `dataProvider` function.
 *
 * @tag client-invoices-tab
 * @summary One client's invoices: filter by status, sort by date or total, open one, add one.
 *
 * @event {CustomEvent<ResourceOpenDetail>} resource-open - The user opened an invoice (`detail.kind` is `invoice`, `detail.id`, `detail.clientId`). Cancelable: the host calls `preventDefault()` and shows its own view; the tab has none. Bubbles, composed.
 * @event {CustomEvent<ClientInvoiceCreateDetail>} client-invoice-create - The server issued an invoice (`detail.invoice`, `detail.clientId`). Bubbles, composed.
 *
 * @csspart toolbar - The bar with "Add invoice" and the number of invoices.
 * @csspart add-invoice - The "Add invoice" button.
 * @csspart status-filter - One status toggle button (`aria-pressed` while it filters).
 * @csspart clear-filters - The "Clear filter" button.
 * @csspart grid - The data grid (scroll container).
 * @csspart header-row - The grid's header row.
 * @csspart header-cell - A column header.
 * @csspart row - A data row (also `placeholder-row` while it loads).
 * @csspart cell - A data cell.
 * @csspart invoice-link - An invoice's number, the button that opens it.
 * @csspart status-badge - An invoice's status.
 * @csspart dialog - The form's dialog; `dialog-title`, `dialog-error`, `dialog-confirm` its pieces.
 * @csspart dialog-title - The dialog's title.
 * @csspart dialog-error - The dialog's error message.
 * @csspart dialog-confirm - The dialog's submit button.
 * @csspart invoice-line - One line of the form.
 * @csspart add-line - The form's "Add line" button.
 * @csspart invoice-preview - The form's preview of subtotal, tax and total.
 * @csspart state-title - Title of the empty, error, forbidden and not-found views.
 * @csspart state-message - Message of those views.
 * @csspart retry-button - The Retry button of the error view.
 *
 * @cssprop --clientele-grid-max-block-size - Maximum height of the grid (default 70vh).
 * @cssprop --clientele-color-status-blue - Unpaid (with `-text`).
 * @cssprop --clientele-color-status-green - Paid (with `-text`).
 * @cssprop --clientele-color-status-red - Overdue (with `-text`).
 * @cssprop --clientele-color-status-amber - Refunded (with `-text`).
 * @cssprop --clientele-color-status-grey - Cancelled (with `-text`).
 * @cssprop --clientele-color-accent - Buttons, focus, links and pressed filters.
 */
export class ClientInvoicesTab extends LitElement {
  static override properties = {
    client: { attribute: false },
    dataProvider: { attribute: false },
    clientId: { attribute: 'client-id' },
    status: { converter: statusConverter },
    sort: {},
  };

  static override styles = [...listChromeStyles, statusToneStyles, invoicesTabStyles];

  /** The SDK client; overrides the one from `<clientele-provider>`. */
  declare client: ClienteleClient | undefined;
  /**
   * Loads pages instead of the SDK: `({clientId, filters, sort, cursor, limit, signal}) =>
   * Promise<{items, nextCursor, total}>`, honouring every sort in both directions.
   */
  declare dataProvider: InvoicesDataProvider | undefined;
  /** The client whose invoices to show. */
  declare clientId: string | undefined;
  /** Only these statuses (none: all). As an attribute: separated by spaces or commas. */
  declare status: InvoiceStatus[];
  /** `-issued_at` (the default), `issued_at`, `due_at`, `-due_at`, `total` or `-total`. */
  declare sort: InvoiceSort;

  readonly #context = new ClienteleConsumer(this);
  readonly #record = new ContextConsumer(this, { context: clientRecordContext, subscribe: true });
  readonly #sdkProvider = providerPerClient(sdkInvoicesDataProvider);
  readonly #form = new LazyPart<FormModule, InvoiceForm>(
    this,
    () => invoicesTabParts.form(this.#context.locale),
    (module) => {
      adoptMoreStyles(this, module.InvoiceForm.styles);
      return new module.InvoiceForm(this, {
        text: () => this.#t,
        locale: () => this.#context.locale,
        client: () => this.#context.client,
        clientId: () => this.clientId ?? '',
        record: () => this.#record.value,
        onCreated: (invoice) => this.#onCreated(invoice),
      });
    },
  );
  #asked = false;
  #announcement = '';

  readonly #rows = new ListRows<Invoice, InvoicesQuery>(this, {
    provider: () =>
      this.clientId ? (this.dataProvider ?? this.#sdkProvider(this.#context.client)) : undefined,
    query: () => ({
      clientId: this.clientId ?? '',
      query: '',
      filters: this.#filters,
      sort: this.sort,
    }),
    key: (q) => JSON.stringify([q.clientId, serializeInvoiceFilters(q.filters), q.sort]),
    reverseSort: reverseSortKey,
    onReset: (refresh) => {
      if (!refresh) this.#grid.resetPosition();
    },
  });

  readonly #grid = new DataGrid<Invoice>(this, {
    label: () => this.#t.invoicesLabel,
    total: () => this.#rows.total ?? 0,
    row: (index) => this.#rows.get(index),
    rowHeight: ROW_HEIGHT,
    placeholderLabel: () => this.#t.loading,
    columns: () => this.#columns(),
    onSort: (field) => {
      this.sort = nextInvoiceSort(this.sort, field);
    },
    onActivate: (invoice) => this.#open(invoice),
    onRangeChange: (start, end) => this.#rows.ensure(start, end),
  });

  readonly #width: OwnWidth = new OwnWidth(this, () => this.#columns().length);

  constructor() {
    super();
    this.status = [];
    this.sort = DEFAULT_INVOICE_SORT;
  }

  /** How many invoices match; undefined until the first page. */
  get total(): number | undefined {
    return this.#rows.total;
  }

  /** Loads the invoices again from the first page (same filter and sort). */
  reload(): void {
    this.#rows.reload();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sort') && !INVOICE_SORTS.includes(this.sort)) {
      console.warn(
        `<client-invoices-tab>: sort="${this.sort}" is not an invoice sort; using -issued_at.`,
      );
      this.sort = DEFAULT_INVOICE_SORT;
    }
    if (changed.has('status') && !Array.isArray(this.status)) this.status = [];
  }

  get #t(): InvoicesTabText {
    return { ...this.#context.messages, ...invoicesTabText(this.#context.locale) };
  }

  get #filters(): InvoiceFilters {
    return this.status.length ? { status: this.status } : {};
  }

  /** Whether the user's permissions are known (not while `/me` loads). */
  get #known(): boolean {
    const status = this.#context.user?.status;
    return status !== 'loading' && status !== 'idle';
  }

  #columns() {
    return invoicesColumns({
      t: this.#t,
      locale: this.#context.locale,
      sort: this.sort,
      width: this.#width.rem,
      open: (invoice) => this.#open(invoice),
    });
  }

  #open(invoice: Invoice): void {
    openResource(this, {
      kind: 'invoice',
      id: invoice.id,
      label: invoice.number,
      clientId: this.clientId ?? '',
    });
  }

  #add(): void {
    this.#asked = true;
    this.#form.use((form) => {
      this.#asked = false;
      form.open();
    });
    this.requestUpdate();
  }

  #onCreated(invoice: Invoice): void {
    const t = this.#t;
    this.#announcement = t.invoicesCreated({
      number: invoice.number,
      total: formatMoney(this.#context.locale, invoice.total),
    });
    this.#rows.refresh();
    this.requestUpdate();
    dispatch(this, 'client-invoice-create', { clientId: this.clientId ?? '', invoice });
  }

  #toggle(status: InvoiceStatus): void {
    this.status = this.status.includes(status)
      ? this.status.filter((s) => s !== status)
      : [...this.status, status];
  }

  #renderToolbar(t: InvoicesTabText, total: number | undefined) {
    const locale = this.#context.locale;
    const refused = !this.#known || !this.#context.can('invoices.create');
    return html`<div part="toolbar" class="toolbar invoices-toolbar">
        <button
          part="add-invoice"
          class="button primary"
          type="button"
          aria-disabled=${refused ? 'true' : nothing}
          aria-describedby=${refused && this.#known ? REFUSED_ID : nothing}
          aria-busy=${this.#form.busy && this.#asked ? 'true' : nothing}
          @click=${() => {
            if (!refused) this.#add();
          }}
        >
          ${t.invoicesAdd}
        </button>
        <span class="total" role="status"
          >${total === undefined ? '' : t.invoicesTotal({ count: total, formatted: new Intl.NumberFormat(locale).format(total) })}</span
        >
      </div>
      ${refused && this.#known ? html`<p id=${REFUSED_ID} class="note">${t.invoicesNotPermitted}</p>` : nothing}
      ${this.#form.renderError(t)}
      <div class="statuses" role="group" aria-label=${t.invoicesStatusFilter}>
        ${INVOICE_STATUS_ORDER.map(
          (status) => html`<button
            part="status-filter"
            class="pill"
            type="button"
            aria-pressed=${String(this.status.includes(status))}
            @click=${() => this.#toggle(status)}
          >
            ${t[INVOICE_STATUS_KEYS[status]] as string}
          </button>`,
        )}
        ${
          this.status.length
            ? html`<button part="clear-filters" class="link-button" type="button" @click=${() => {
                this.status = [];
              }}>${t.invoicesClearFilters}</button>`
            : nothing
        }
      </div>`;
  }

  #empty(t: InvoicesTabText): TabState['empty'] {
    return this.status.length > 0
      ? {
          title: t.invoicesNoMatchTitle,
          message: t.invoicesNoMatchMessage,
          action: {
            label: t.invoicesClearFilters,
            run: () => {
              this.status = [];
            },
          },
        }
      : { title: t.invoicesEmptyTitle, message: t.invoicesEmptyMessage };
  }

  protected override render() {
    const locale = this.#context.locale;
    if (!invoicesTabText.ready(locale)) return renderLoading(locale);
    const t = this.#t;
    const total = this.#rows.total;
    const view = fromRows(this.#rows, !!this.clientId);
    const state = view.state;
    const chrome = state !== 'forbidden' && state !== 'notFound';
    return html`
      ${chrome ? this.#renderToolbar(t, total) : nothing}
      ${renderTabState({ ...view, locale, rows: 6, empty: this.#empty(t) }, this.#grid.render())}
      <span class="visually-hidden" role="status">${this.#announcement}</span>
      ${this.#form.part?.render()}
    `;
  }
}
