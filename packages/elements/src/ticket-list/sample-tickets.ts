import type { Department, Ticket, TicketPriority, TicketStatus } from '@clientele/sdk';

/**
 * Deterministic sample tickets (same count and end time, same tickets) for tests and stories,
 * when no server or mock library is involved. Not part of the package API.
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
