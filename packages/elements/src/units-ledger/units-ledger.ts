import type { ClienteleClient, UnitBalance, UnitEntry, UnitEntrySort } from '@clientele/sdk';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { ClienteleConsumer } from '../base/controllers/clientele-consumer.ts';
import { ResourceController } from '../base/controllers/resource-controller.ts';
import { dispatch } from '../base/events.ts';
import { renderLoading } from '../base/states/render-loading.ts';
import { adoptMoreStyles } from '../base/styles/adopt.ts';
import { LazyPart } from '../ui/lazy-part.ts';
import { renderBalancePanel } from './balance-panel.ts';
import { type UnitsLedgerText, unitsLedgerText } from './messages.ts';
import type { UnitsActions } from './units-actions.ts';
import { loadBalance } from './units-api.ts';
import {
  DEFAULT_UNIT_ENTRY_SORT,
  type UnitEntryDataProvider,
  type UnitEntryFilters,
} from './units-data.ts';
import type { UnitsEntries } from './units-entries.ts';
import type { UnitsFilters } from './units-filters.ts';
import { unitsLedgerStyles } from './units-ledger.styles.ts';
import { unitsLedgerParts } from './units-parts.ts';

/** `detail` of `units-entry-create`: an entry made here (credit, debit, reversal or offer). */
export interface UnitsEntryCreateDetail {
  entry: UnitEntry;
  entryId: string;
  clientId: string;
}

/** `detail` of `units-balance-change`: the balance after a change made here. */
export interface UnitsBalanceChangeDetail {
  balance: UnitBalance;
  clientId: string;
}

declare global {
  interface HTMLElementEventMap {
    'units-entry-create': CustomEvent<UnitsEntryCreateDetail>;
    'units-balance-change': CustomEvent<UnitsBalanceChangeDetail>;
  }
}

const NOT_PERMITTED_ID = 'units-not-permitted';
type Pending = 'entry' | 'offer' | 'limits' | 'reverse' | 'filters' | 'export';

/**
 * A client's units balance and its append-only ledger. The balance panel says where the
 * balance stands in words (above the warn level, at or below it, below the cutoff), with the
 * warn level, cutoff, credit limit and credit-customer flag; the entries are an ARIA data grid,
 * windowed over cursor pages (10,000 entries scroll like 10), filtered by kind, date range and
 * text, exported as CSV. Staff with `units.update` credit or debit (exactly once: one
 * Idempotency-Key per submission, kept across retries), reverse an entry (a new entry linking
 * the original; nothing is edited or deleted), apply a unit offer, and edit the limits (with
 * If-Match: a concurrent change shows both versions). Forms, dialogs, filters and export load on
 * first use.
 *
 * @tag units-ledger
 * @summary A client's units balance and append-only ledger: credit, debit, reverse, offers, limits.
 *
 * @event {CustomEvent<UnitsEntryCreateDetail>} units-entry-create - An entry was made here (`detail.entry`, `detail.entryId`, `detail.clientId`): a credit, debit, reversal or applied offer. Bubbles, composed.
 * @event {CustomEvent<UnitsBalanceChangeDetail>} units-balance-change - The balance or its limits changed through this widget (`detail.balance`, `detail.clientId`). Bubbles, composed.
 *
 * @csspart balance - The balance panel.
 * @csspart balance-amount - The balance itself.
 * @csspart balance-state - The balance's state in words (`data-state`: `ok`, `warn`, `cutoff`).
 * @csspart toolbar - The bar with the actions, filters and export.
 * @csspart new-entry - The "Credit or debit" button.
 * @csspart grid - The entries grid (scroll container).
 * @csspart header-row - The grid's header row.
 * @csspart header-cell - A column header.
 * @csspart row - An entry row (also `placeholder-row` while it loads).
 * @csspart cell - A cell.
 * @csspart dialog - The open form or dialog; `dialog-title`, `dialog-error` and `dialog-confirm` its pieces.
 * @csspart dialog-title - The dialog's title.
 * @csspart dialog-error - The dialog's error message.
 * @csspart dialog-confirm - The dialog's submit button.
 * @csspart state-title - Title of the empty, error, forbidden and not-found views.
 * @csspart state-message - Message of those views.
 * @csspart retry-button - The Retry button of the error view.
 *
 * @cssprop --clientele-grid-max-block-size - Maximum height of the entries grid (default 70vh).
 * @cssprop --clientele-color-status-green - Balance above the warn level, and credits (with `-text`).
 * @cssprop --clientele-color-status-amber - Balance at or below the warn level (with `-text`).
 * @cssprop --clientele-color-status-red - Balance below the cutoff, and debits (with `-text`).
 * @cssprop --clientele-color-accent - Buttons, links and focus.
 * @cssprop --clientele-color-danger - Field errors and refused actions.
 */
export class UnitsLedger extends LitElement {
  static override properties = {
    client: { attribute: false },
    dataProvider: { attribute: false },
    clientId: { attribute: 'client-id' },
    query: {},
    filters: { attribute: false },
    sort: {},
  };

  static override styles = unitsLedgerStyles;

  /** The SDK client; overrides the one from `<clientele-provider>`. */
  declare client: ClienteleClient | undefined;
  /** Loads entry pages instead of the SDK (the balance and every change still use the SDK). */
  declare dataProvider: UnitEntryDataProvider | undefined;
  /** The client whose ledger this is. */
  declare clientId: string | undefined;
  /** Search text over the description, ids, resource and actor. */
  declare query: string;
  /** Kinds (`kind`) and a date range (`created_after`, `created_before`: `YYYY-MM-DD`). */
  declare filters: UnitEntryFilters;
  /** `-created_at` (newest first, the default) or `created_at`. */
  declare sort: UnitEntrySort;

  readonly #context = new ClienteleConsumer(this);
  #balanceChanged = false;
  readonly #balance = new ResourceController(this, {
    args: () =>
      this.#context.client && this.clientId
        ? ([this.#context.client, this.clientId] as const)
        : undefined,
    load: ([api, id], signal) => loadBalance(api, id, signal),
    keepData: true,
    isEmpty: () => false,
    onLoad: (balance) => {
      if (!this.#balanceChanged) return;
      this.#balanceChanged = false;
      dispatch(this, 'units-balance-change', { balance, clientId: balance.client_id });
    },
  });
  readonly #entries = new LazyPart(
    this,
    () => unitsLedgerParts.entries(),
    (module): UnitsEntries => {
      adoptMoreStyles(this, module.UnitsEntries.styles);
      return new module.UnitsEntries(this, {
        messages: () => this.#t,
        locale: () => this.#locale,
        client: () => this.#context.client,
        dataProvider: () => this.dataProvider,
        clientId: () => this.clientId,
        query: () => this.query,
        filters: () => this.filters,
        sort: () => this.sort,
        setSort: (sort) => {
          this.sort = sort;
        },
        unit: () => this.#balance.data?.unit ?? '',
        reverse: () => this.#reverse(),
      });
    },
    () => unitsLedgerParts.entries.peek?.(),
  );
  readonly #actions = new LazyPart(
    this,
    () => unitsLedgerParts.actions(this.#locale),
    (module): UnitsActions => {
      adoptMoreStyles(this, module.UnitsActions.styles);
      return new module.UnitsActions(this, {
        messages: () => this.#t,
        locale: () => this.#locale,
        client: () => this.#context.client,
        clientId: () => this.clientId ?? '',
        balance: () => this.#balance.data,
        canAllowBelowCutoff: () => this.#context.can('units.allow_below_cutoff'),
        onEntry: (entry) => this.#onEntry(entry),
        onBalance: () => this.#onLimits(),
      });
    },
  );
  readonly #filtersPart = new LazyPart(
    this,
    () => unitsLedgerParts.filters(),
    (module): UnitsFilters => {
      adoptMoreStyles(this, module.UnitsFilters.styles);
      return new module.UnitsFilters({
        messages: () => this.#t,
        locale: () => this.#locale,
        query: () => this.query,
        filters: () => this.filters,
        apply: (query, filters) => {
          this.query = query;
          this.filters = filters;
        },
        rows: () =>
          this.#entries.part?.rows ?? {
            provider: undefined,
            query: undefined,
            key: '',
            total: undefined,
          },
        host: this,
      });
    },
  );
  #filtersOpen = false;
  #pending: Pending | undefined;
  #reversing: string | undefined;
  #announcement = '';

  constructor() {
    super();
    this.query = '';
    this.filters = {};
    this.sort = DEFAULT_UNIT_ENTRY_SORT;
  }

  get #t(): UnitsLedgerText {
    return unitsLedgerText(this.#context.locale);
  }

  get #locale(): string {
    return this.#context.locale;
  }

  /** The balance as last loaded (undefined until it arrives). */
  get balance(): UnitBalance | undefined {
    return this.#balance.data;
  }

  /** How many entries match; undefined until the first page. */
  get total(): number | undefined {
    return this.#entries.part?.total;
  }

  /** Loads the balance and the entries again. */
  reload(): void {
    void this.#balance.run();
    this.#entries.part?.reload();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The entries' chunk loads with the balance, not after it.
    this.#entries.prefetch();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sort') && this.sort !== 'created_at' && this.sort !== '-created_at') {
      console.warn(`<units-ledger>: sort="${this.sort}" is not created_at or -created_at.`);
      this.sort = DEFAULT_UNIT_ENTRY_SORT;
    }
    if (changed.has('filters') && (typeof this.filters !== 'object' || this.filters === null)) {
      this.filters = {};
    }
    this.#actions.part?.refresh();
  }

  /** Staff may change the ledger: an SDK client, and `units.update`. */
  get #canChange(): boolean {
    return this.#context.can('units.update');
  }

  get #permissionsKnown(): boolean {
    const status = this.#context.user?.status;
    return status !== 'loading' && status !== 'idle';
  }

  #use(pending: Pending, intent: (actions: UnitsActions) => void): void {
    if (!this.#canChange || !this.#context.client) return;
    this.#pending = pending;
    this.#actions.use((actions) => {
      this.#pending = undefined;
      intent(actions);
    });
    this.requestUpdate();
  }

  #onEntry(entry: UnitEntry): void {
    this.#announcement = this.#t.unitsEntryCreated({ id: entry.id });
    this.#reversing = undefined;
    this.#balanceChanged = true;
    void this.#balance.run();
    this.#entries.part?.refresh();
    dispatch(this, 'units-entry-create', {
      entry,
      entryId: entry.id,
      clientId: this.clientId ?? '',
    });
  }

  /** The limits were saved: the balance is read again (its derived fields moved too), then announced. */
  #onLimits(): void {
    this.#announcement = this.#t.unitsLimitsSaved;
    this.#balanceChanged = true;
    void this.#balance.run();
    this.requestUpdate();
  }

  /** The reverse action of each row (undefined without an SDK client: nothing to change). */
  #reverse() {
    if (!this.#context.client) return undefined;
    return {
      allowed: this.#canChange,
      reasonId: NOT_PERMITTED_ID,
      busyId: this.#pending === 'reverse' ? this.#reversing : undefined,
      run: (entry: UnitEntry) => {
        this.#reversing = entry.id;
        this.#use('reverse', (actions) => actions.openReverse(entry));
      },
    };
  }

  #button(pending: Pending, label: string, onClick: () => void, part?: string) {
    const allowed = this.#canChange;
    return html`<button
      class="button"
      type="button"
      part=${part ?? nothing}
      data-action=${pending}
      aria-disabled=${allowed ? nothing : 'true'}
      aria-describedby=${allowed ? nothing : NOT_PERMITTED_ID}
      aria-busy=${this.#pending === pending ? 'true' : nothing}
      @click=${onClick}
    >
      ${label}
    </button>`;
  }

  #renderToolbar(t: UnitsLedgerText) {
    const client = this.#context.client;
    const total = this.#entries.part?.total;
    const filtersBusy = this.#filtersPart.busy;
    return html`<div class="toolbar" part="toolbar">
        ${
          client
            ? html`${this.#button('entry', t.unitsNewEntry, () => this.#use('entry', (a) => a.openEntryForm()), 'new-entry')}
              ${this.#button('offer', t.unitsApplyOffer, () => this.#use('offer', (a) => a.openOffers()))}`
            : nothing
        }
        <button
          class="button"
          type="button"
          data-action="filters"
          aria-expanded=${this.#filtersOpen ? 'true' : 'false'}
          aria-controls="units-filters"
          aria-busy=${filtersBusy && this.#pending === 'filters' ? 'true' : nothing}
          @click=${() => {
            this.#filtersOpen = !this.#filtersOpen;
            this.#pending = 'filters';
            this.#filtersPart.use(() => (this.#pending = undefined));
            this.requestUpdate();
          }}
        >
          ${t.unitsFiltersButton}
        </button>
        <button
          class="button"
          type="button"
          data-action="export"
          aria-busy=${this.#pending === 'export' || this.#filtersPart.part?.exporting ? 'true' : nothing}
          @click=${() => {
            this.#pending = 'export';
            this.#filtersPart.use((filters) => {
              this.#pending = undefined;
              void filters.exportCsv();
            });
            this.requestUpdate();
          }}
        >
          ${t.unitsExportCsv}
        </button>
        <span class="total" aria-live="polite"
          >${
            total === undefined
              ? nothing
              : t.unitsEntriesTotal({
                  count: total,
                  formatted: new Intl.NumberFormat(this.#locale).format(total),
                })
          }</span
        >
      </div>
      ${
        client && !this.#canChange && this.#permissionsKnown
          ? html`<p id=${NOT_PERMITTED_ID} class="hint">${t.unitsNotPermitted}</p>`
          : nothing
      }
      ${this.#actions.renderError(t)} ${this.#filtersPart.renderError(t)}
      <div id="units-filters" ?hidden=${!this.#filtersOpen}>
        ${this.#filtersOpen ? (this.#filtersPart.part?.render() ?? nothing) : nothing}
      </div>
      ${this.#filtersPart.part?.renderStatus() ?? nothing}`;
  }

  #renderEntries(t: UnitsLedgerText) {
    const entries = this.#entries.part;
    if (!entries) {
      return this.#entries.failed
        ? this.#entries.renderError(t)
        : html`<clientele-state lang=${this.#locale} state="loading" rows="6"></clientele-state>`;
    }
    const filtered =
      this.query.trim() !== '' ||
      Boolean(
        this.filters.kind?.length || this.filters.created_after || this.filters.created_before,
      );
    return entries.render(html`<div slot="empty" class="empty">
      <p class="empty-title">${filtered ? t.unitsNoMatchTitle : t.unitsEmptyTitle}</p>
      <p class="empty-message">${filtered ? t.unitsNoMatchMessage : t.unitsEmptyMessage}</p>
    </div>`);
  }

  protected override render() {
    const locale = this.#locale;
    if (!unitsLedgerText.ready(locale)) return renderLoading(locale);
    const t = this.#t;
    const client = this.#context.client;
    const balance = this.#balance.data;
    const balanceState = this.#balance.state;
    // Without the balance (loading, refused, unknown client) there is no ledger to show.
    if (client && (balanceState !== 'loaded' || !balance)) {
      return html`<clientele-state
        lang=${locale}
        .state=${balanceState}
        .error=${this.#balance.error}
        rows="6"
        exportparts="title: state-title, message: state-message, retry-button"
        @retry=${() => this.#balance.retry()}
      ></clientele-state>`;
    }
    const editLimits = client
      ? this.#button('limits', t.unitsEditLimits, () => this.#use('limits', (a) => a.openLimits()))
      : nothing;
    return html`
      ${balance ? renderBalancePanel(balance, { t, locale, editLimits }) : nothing}
      ${this.#renderToolbar(t)} ${this.#renderEntries(t)}
      <span class="visually-hidden" role="status">${this.#announcement}</span>
      ${this.#actions.part?.render() ?? nothing}
    `;
  }
}
