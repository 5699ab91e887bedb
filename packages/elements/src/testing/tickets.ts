import type {
  Department,
  Ticket,
  TicketPriority,
  TicketStatus,
  TicketStatusCounts,
} from '@clientele/sdk';
import { abortableDelay } from '../list/list-data.ts';
import { type TicketDataProvider, ticketMatches } from '../ticket-list/ticket-data.ts';
import { TICKET_STATUSES, ticketSortParts } from '../ticket-list/ticket-query.ts';

/**
 * Tickets for tests, stories and demos, when no server or mock library is involved; kept out
 * of the production modules (`@clientele/elements/testing`). Deterministic sample tickets
 * (same count and end time, same tickets) and an in-memory `<ticket-list>` data provider that
 * answers as the API does.
 */

export const SAMPLE_DEPARTMENTS: readonly Department[] = [
  { id: 'dep_technical', name: 'Technical support' },
  { id: 'dep_billing', name: 'Billing' },
  { id: 'dep_sales', name: 'Sales' },
  { id: 'dep_abuse', name: 'Abuse' },
];

export const SAMPLE_TICKET_CLIENTS = [
  { id: 'cl_nimbus', name: 'Nimbus Labs SRL' },
  { id: 'cl_stratus', name: 'Stratus Hosting GmbH' },
  { id: 'cl_cirrus', name: 'Cirrus Cloud Ltd' },
  { id: 'cl_vortex', name: 'Vortex Networks' },
  { id: 'cl_ana', name: 'Ana Popescu' },
] as const;

const TITLES = [
  'Volume fails to attach to web-01',
  'Invoice needs a PO number',
  'Upgrade to a larger flavor',
  'Reverse DNS for a floating IP',
  'Refund for a duplicate payment',
  'Backups did not run last night',
  'Spam reported from an instance',
  'Quota increase for vCPUs',
  'Cannot log in to the panel',
  'SSL certificate renewal',
];

const STATUSES: TicketStatus[] = [
  'open',
  'customer_reply',
  'answered',
  'in_progress',
  'on_hold',
  'closed',
  'closed',
  'answered',
];
const PRIORITIES: TicketPriority[] = ['low', 'medium', 'medium', 'high'];
const HOUR = 3_600_000;

/**
 * `count` tickets, the last one opened an hour before `end` (default 2026-03-01 12:00 UTC),
 * each opened five hours after the previous one, in ascending id order.
 */
export function makeTickets(count: number, end = Date.UTC(2026, 2, 1, 12)): Ticket[] {
  const tickets: Ticket[] = [];
  for (let i = 0; i < count; i++) {
    const created = end - HOUR - (count - 1 - i) * 5 * HOUR;
    const status = STATUSES[(i * 7) % STATUSES.length]!;
    const replied = status === 'open' ? null : created + ((i % 4) + 1) * 0.25 * HOUR;
    tickets.push({
      id: `T-${100000 + i}`,
      title: TITLES[i % TITLES.length]!,
      client: { ...SAMPLE_TICKET_CLIENTS[(i * 3) % SAMPLE_TICKET_CLIENTS.length]! },
      department: { ...SAMPLE_DEPARTMENTS[(i * 5) % SAMPLE_DEPARTMENTS.length]! },
      priority: PRIORITIES[(i * 3) % PRIORITIES.length]!,
      status,
      created_at: iso(created),
      last_reply_at: replied === null ? null : iso(replied),
      service_id: null,
    });
  }
  return tickets;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const PRIORITY_RANK: Readonly<Record<TicketPriority, number>> = { low: 0, medium: 1, high: 2 };

function compareTickets(field: string): (a: Ticket, b: Ticket) => number {
  const key = (t: Ticket): string | number =>
    field === 'priority'
      ? PRIORITY_RANK[t.priority]
      : field === 'last_reply_at'
        ? (t.last_reply_at ?? '')
        : t.created_at;
  // The id breaks ties, so the descending order is the exact reverse of the ascending one.
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    if (x !== y) return x < y ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/**
 * A data source over an in-memory array: the client, search, filters, sort and status
 * counts as the API defines them; cursors are offsets. The array is read, never changed.
 */
export function createTicketArrayDataProvider(
  tickets: readonly Ticket[],
  options: { latency?: number } = {},
): TicketDataProvider {
  return async ({ clientId, query, filters, sort, cursor, limit, signal }) => {
    if (options.latency) await abortableDelay(options.latency, signal);
    signal.throwIfAborted();
    const counts = Object.fromEntries(TICKET_STATUSES.map((s) => [s, 0])) as TicketStatusCounts;
    const unfiltered = {
      clientId,
      query,
      filters: { ...filters, status: [], waiting_on: undefined },
    };
    const request = { clientId, query, filters };
    const rows: Ticket[] = [];
    for (const ticket of tickets) {
      // Status counts cover every filter except status and waiting-on.
      if (!ticketMatches(ticket, unfiltered)) continue;
      counts[ticket.status]++;
      if (ticketMatches(ticket, request)) rows.push(ticket);
    }
    const { field, descending } = ticketSortParts(sort);
    rows.sort(compareTickets(field));
    if (descending) rows.reverse();
    const start = cursor === null ? 0 : Number.parseInt(cursor, 10) || 0;
    const end = Math.min(rows.length, start + limit);
    return {
      items: rows.slice(start, end),
      nextCursor: end < rows.length ? String(end) : null,
      total: rows.length,
      statusCounts: counts,
    };
  };
}
