import type { Ticket } from '@clientele/sdk';
import { adoptMoreStyles } from '../base/styles/adopt.ts';
import { dataGridStyles } from '../list/data-grid.styles.ts';
import { DataGrid, type DataGridHost } from '../list/data-grid.ts';
import { type TicketColumnsView, ticketColumns } from './ticket-columns.ts';
import type { TicketSortField } from './ticket-query.ts';

const ROW_HEIGHT = 52;

export interface TicketGridOptions {
  readonly label: () => string;
  readonly placeholderLabel: () => string;
  readonly total: () => number;
  readonly row: (index: number) => Ticket | undefined;
  /** What the columns depend on (language, client, sort, the widget's width). */
  readonly view: () => TicketColumnsView;
  onSort(field: TicketSortField): void;
  onActivate(ticket: Ticket): void;
  onRangeChange(start: number, end: number): void;
}

/** The ticket grid and the columns that fit the widget's width. */
export interface TicketGrid {
  readonly grid: DataGrid<Ticket>;
  /** How many columns the widget's width holds now (a new count is a new layout). */
  columnCount(): number;
}

/**
 * `<ticket-list>`'s grid, loaded with the first page (`ticket-parts.ts`): the first paint
 * before any ticket arrives is the loading skeleton. Its styles come with it, after the list's
 * own (`ticket-list.styles.ts` overrides none of them at equal specificity).
 */
export function ticketGrid(host: DataGridHost, options: TicketGridOptions): TicketGrid {
  adoptMoreStyles(host, [dataGridStyles]);
  const columns = () => ticketColumns(options.view());
  const grid = new DataGrid<Ticket>(host, {
    label: options.label,
    total: options.total,
    row: options.row,
    rowHeight: ROW_HEIGHT,
    placeholderLabel: options.placeholderLabel,
    columns,
    onSort: (id) => options.onSort(id as TicketSortField),
    onActivate: (ticket) => options.onActivate(ticket),
    onRangeChange: (start, end) => options.onRangeChange(start, end),
  });
  return { grid, columnCount: () => columns().length };
}
