import type { Ticket, TicketSort } from '@clientele/sdk';
import { html, nothing } from 'lit';
import { enumLabel, enumTone } from '../base/enum-label.ts';
import { formatDateTime, formatRelativeTime } from '../base/format/dates.ts';
import type { GridColumn, SortDirection } from '../list/data-grid.ts';
import { fitColumns, fits } from '../list/fit-columns.ts';
import { sortDirectionOf } from '../list/list-query.ts';
import type { TicketListText } from './messages.ts';
import { PRIORITY_KEYS, TICKET_STATUS_KEYS, TICKET_STATUS_TONES } from './ticket-labels.ts';
import type { TicketSortField } from './ticket-query.ts';

/** What the columns depend on. */
export interface TicketColumnsView {
  readonly t: TicketListText;
  readonly locale: string;
  /** One client's tickets: no Client column. */
  readonly clientId: string | undefined;
  readonly sort: TicketSort;
  /** The widget's own inline size in rem (its container query); undefined: not measured yet. */
  readonly width?: number | undefined;
}

/**
 * The columns that give way when the widget is too narrow for all, first to last: the
 * department (also a filter), the creation time (the last reply is the newer news; the
 * default sort needs no column), the id, the priority. Status, title, client and last reply
 * never do: below their width, the rows turn compact (two columns of two lines: the status
 * over the last reply, the title over the client, or over the id for one client's tickets).
 */
export const COLUMNS_GIVING_WAY = ['department', 'created', 'id', 'priority'];

const EXACT = { dateStyle: 'medium', timeStyle: 'short' } as const;

/**
 * The ticket grid's columns: status (a coloured bar and the status in words), id, title,
 * client (queue mode only), department, priority, created and last reply (relative, with the
 * exact time beside it and as the `<time>`'s title). Priority, created and last reply sort.
 * As many as the widget's `width` holds (see `COLUMNS_GIVING_WAY`).
 */
export function ticketColumns({
  t,
  locale,
  clientId,
  sort,
  width = Infinity,
}: TicketColumnsView): GridColumn<Ticket>[] {
  const direction = (field: TicketSortField): SortDirection => sortDirectionOf(sort, field);
  const time = (value: string, text: string) =>
    html`<time datetime=${value} title=${formatDateTime(locale, value, EXACT)}>${text}</time>`;
  const lastReply = (ticket: Ticket) =>
    ticket.last_reply_at
      ? time(ticket.last_reply_at, formatRelativeTime(locale, ticket.last_reply_at))
      : html`<span class="muted">${t.noReplyYet}</span>`;
  let compact = false;
  let columns: GridColumn<Ticket>[] = [
    {
      id: 'status',
      header: () => t.columnStatus,
      width: 'minmax(9rem, 1fr)',
      minWidth: 9,
      cell: (ticket) => html`<span
          class="status-bar tone-${enumTone(TICKET_STATUS_TONES, ticket.status)}"
          aria-hidden="true"
        ></span
        ><span
          part="status"
          class="status-text tone-${enumTone(TICKET_STATUS_TONES, ticket.status)}"
          data-status=${ticket.status}
          >${enumLabel(t, TICKET_STATUS_KEYS, ticket.status)}</span
        >${compact ? html`<span class="secondary">${lastReply(ticket)}</span>` : nothing}`,
    },
    {
      id: 'id',
      header: () => t.columnTicketId,
      width: 'minmax(6.5rem, 0.6fr)',
      minWidth: 6.5,
      cell: (ticket) => html`<span class="ticket-id">${ticket.id}</span>`,
    },
    {
      id: 'title',
      header: () => t.columnTitle,
      width: 'minmax(10.5rem, 3fr)',
      minWidth: 10.5,
      cell: (ticket) =>
        html`<span class="primary" title=${ticket.title}>${ticket.title}</span>${
          compact
            ? html`<span class="secondary">${clientId ? ticket.id : ticket.client.name}</span>`
            : nothing
        }`,
    },
  ];
  if (!clientId) {
    columns.push({
      id: 'client',
      header: () => t.columnClient,
      width: 'minmax(10rem, 1.5fr)',
      minWidth: 10,
      cell: (ticket) => ticket.client.name,
    });
  }
  columns.push(
    {
      id: 'department',
      header: () => t.columnDepartment,
      width: 'minmax(9rem, 1fr)',
      minWidth: 9,
      cell: (ticket) => ticket.department.name,
    },
    {
      id: 'priority',
      header: () => t.columnPriority,
      width: 'minmax(7rem, 0.7fr)',
      minWidth: 7,
      sort: direction('priority'),
      cell: (ticket) =>
        html`<span class="priority-${ticket.priority}" data-priority=${ticket.priority}
          >${enumLabel(t, PRIORITY_KEYS, ticket.priority)}</span
        >`,
    },
    {
      id: 'created',
      sortKey: 'created_at',
      header: () => t.columnCreated,
      width: 'minmax(12.5rem, 1fr)',
      minWidth: 12.5,
      sort: direction('created_at'),
      cell: (ticket) => time(ticket.created_at, formatDateTime(locale, ticket.created_at, EXACT)),
    },
    {
      id: 'last-reply',
      sortKey: 'last_reply_at',
      header: () => t.columnLastReply,
      width: 'minmax(12rem, 1fr)',
      minWidth: 12,
      sort: direction('last_reply_at'),
      cell: (ticket) =>
        ticket.last_reply_at
          ? html`<span class="relative">${lastReply(ticket)}</span
              ><span class="secondary">${formatDateTime(locale, ticket.last_reply_at, EXACT)}</span>`
          : lastReply(ticket),
    },
  );
  const room = width - 0.125; // the grid's borders, 1px each side
  columns = fitColumns(columns, room, COLUMNS_GIVING_WAY);
  if (fits(columns, room)) return columns;
  // Compact: the cells above say more (they render after this).
  compact = true;
  return columns.filter((column) => column.id === 'status' || column.id === 'title');
}
