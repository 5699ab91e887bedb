import type { Client } from '@clientele/sdk';
import { prepareFormats } from '../base/format/prepare.ts';
import { adoptMoreStyles } from '../base/styles/adopt.ts';
import { dataGridStyles } from '../list/data-grid.styles.ts';
import { DataGrid } from '../list/data-grid.ts';
import { COLUMN_HIDE_ORDER, clientColumns } from './client-columns.ts';
import type { ClientRows, GridContext } from './client-context.ts';
import type { GridLayout } from './client-layout.ts';
import type { ClientSortField } from './client-query.ts';
import { clientRowStyles } from './client-row.styles.ts';
import type { ClientSelection } from './client-selection.ts';
import type { RowActions } from './row-actions.ts';

const ROW_HEIGHT = 52;

/** A client as the first rows' templates see it (`DataGrid.prepare`): never shown. */
const SAMPLE: Client = {
  id: 'cl_sample',
  first_name: 'A',
  last_name: 'B',
  company: 'C',
  email: 'a@b.c',
  country: 'US',
  status: 'active',
  status_reason: null,
  group: null,
  configuration: { id: 'cf', name: 'C' },
  uptodate_credit: { amount: '0.00', currency: 'USD' },
  created_at: '2026-01-01T00:00:00Z',
} as Client;

export interface ClientListOptions {
  readonly rows: ClientRows;
  readonly selection: ClientSelection;
  readonly actions: RowActions;
  readonly layout: GridLayout;
  /** A sortable column's header was activated. */
  onSort(field: ClientSortField): void;
}

/**
 * The list view: an ARIA data grid of the clients, windowed, with the columns that fit the
 * grid's width. Loaded in parallel with the first page (`client-parts.ts`), as the first paint
 * before any client arrives is the loading skeleton; the card view is its sibling.
 */
export function clientList(ctx: GridContext, options: ClientListOptions): DataGrid<Client> {
  const { rows, selection, actions, layout } = options;
  // The rows' dates, amounts and country names, while the first page loads.
  prepareFormats(ctx.locale);
  // After the grid's own (`client-grid.styles.ts` overrides none of these at equal specificity).
  adoptMoreStyles(ctx.host, [dataGridStyles, clientRowStyles]);
  const grid = new DataGrid<Client>(ctx.host, {
    label: () => ctx.t().clientsLabel,
    // Unknown while the first page loads: the grid's placeholder rows stand in for it (not
    // after a failure, whose rows would ask again without the user's Retry).
    total: () => rows.total ?? (rows.state === 'loading' ? undefined : 0),
    row: (index) => rows.get(index),
    rowHeight: ROW_HEIGHT,
    placeholderLabel: () => ctx.t().loading,
    columns: () =>
      layout.fit(
        clientColumns({
          t: ctx.t(),
          locale: ctx.locale(),
          sort: ctx.host.sort,
          selection,
          actions,
        }),
        COLUMN_HIDE_ORDER,
      ),
    onSort: (id) => options.onSort(id as ClientSortField),
    onActivate: (client) => actions.select(client.id),
    onRangeChange: (start, end) => rows.ensure(start, end),
    isSelected: (client) => selection.has(client),
  });
  // The rows' templates, while the first page loads.
  grid.prepare(SAMPLE);
  return grid;
}
