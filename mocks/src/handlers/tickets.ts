/**
 * Tickets: the staff queue across all clients and one client's tickets, with the same
 * filters (status, department, priority, waiting_on, search), sorts and status counts; and
 * opening a ticket for a client.
 */
import { TICKET_PRIORITIES, TICKET_SORTS, TICKET_WAITING_ON } from '@clientele/sdk/enums';
import type { TicketRecord } from '../data/model.ts';
import {
  clientDisplayName,
  FIRST_TICKET_NUMBER,
  TICKET_STATUSES,
  ticketRecord,
} from '../data/tickets.ts';
import { fieldError, problems } from '../problems.ts';
import {
  enumListParam,
  enumParam,
  filterAndCount,
  idParam,
  pageRequest,
  paginate,
  parseSort,
  type SortKey,
  sortBy,
  stringParam,
  zeroCounts,
} from '../query.ts';
import type { MockStore } from '../store.ts';
import type {
  FieldError,
  Ticket,
  TicketPriority,
  TicketStatus,
  TicketWaitingOn,
} from '../types.ts';
import { validate } from '../validation.ts';
import { type OpenApiHttp, type RouteContext, route } from './route.ts';

export { TICKET_PRIORITIES, TICKET_SORTS };

export const WAITING_ON_STATUSES: Readonly<Record<TicketWaitingOn, readonly TicketStatus[]>> = {
  staff: ['open', 'customer_reply', 'in_progress'],
  client: ['answered', 'on_hold'],
};

const PRIORITY_RANK: Readonly<Record<TicketPriority, number>> = { low: 0, medium: 1, high: 2 };

function ticketKey(field: string): (record: TicketRecord) => SortKey {
  switch (field) {
    case 'last_reply_at':
      return (r) => r.ticket.last_reply_at;
    case 'priority':
      return (r) => PRIORITY_RANK[r.ticket.priority];
    default:
      return (r) => r.ticket.created_at;
  }
}

/** Filters, sorts, counts and pages tickets the same way for the queue and for one client. */
function ticketPage(ctx: RouteContext, source: readonly TicketRecord[], clientFilter?: string) {
  const { query } = ctx;
  const page = pageRequest(query);
  const sort = enumParam(query, 'sort', TICKET_SORTS) ?? '-created_at';
  const search = stringParam(query, 'search')?.toLowerCase();
  const statuses = enumListParam(query, 'status', TICKET_STATUSES);
  const departmentId = idParam(query, 'department_id');
  const priority = enumParam(query, 'priority', TICKET_PRIORITIES);
  const waitingOn = enumParam(query, 'waiting_on', TICKET_WAITING_ON);

  const filters: ((record: TicketRecord) => boolean)[] = [];
  if (clientFilter) filters.push((r) => r.ticket.client.id === clientFilter);
  if (departmentId) filters.push((r) => r.ticket.department.id === departmentId);
  if (priority) filters.push((r) => r.ticket.priority === priority);
  if (search) filters.push((r) => r.search.includes(search));
  // status_counts cover every filter except status and waiting_on.
  const counts = zeroCounts(TICKET_STATUSES);
  const matching = filterAndCount(source, {
    filters,
    status: (r) => r.ticket.status,
    counts,
    statuses: [statuses, waitingOn ? WAITING_ON_STATUSES[waitingOn] : []],
  });
  const { field, descending } = parseSort(sort);
  const sorted = sortBy(matching, ticketKey(field), descending, (r) =>
    String(r.number).padStart(12, '0'),
  );
  return { ...paginate(sorted, page, (r) => r.ticket), status_counts: counts };
}

interface TicketInput {
  client_id: string;
  department_id: string;
  priority: TicketPriority;
  title: string;
  message: string;
}

export function ticketHandlers(http: OpenApiHttp, store: MockStore) {
  return [
    http.get(
      '/tickets',
      route(store, 'listTickets', ({ response }, ctx) => {
        const clientId = idParam(ctx.query, 'client_id');
        return response(200).json(ticketPage(ctx, store.tickets, clientId));
      }),
    ),

    http.get(
      '/clients/{client_id}/tickets',
      route(store, 'listClientTickets', ({ params, response }, ctx) => {
        const record = ctx.client(params.client_id);
        return response(200).json(ticketPage(ctx, store.ticketsOf(record.client.id)));
      }),
    ),

    http.post(
      '/tickets',
      route(store, 'createTicket', async ({ response }, ctx) => {
        const body = await ctx.json();
        return ctx.idempotent(body, () => {
          const input = validate<TicketInput>(body, {
            client_id: { type: 'string', minLength: 1, maxLength: 64, required: true },
            department_id: { type: 'string', minLength: 1, maxLength: 64, required: true },
            priority: { type: 'string', enum: TICKET_PRIORITIES, required: true },
            title: { type: 'string', minLength: 3, maxLength: 200, required: true },
            message: { type: 'string', minLength: 1, maxLength: 10000, required: true },
          });
          const errors: FieldError[] = [];
          const client = store.client(input.client_id);
          if (!client)
            errors.push(
              fieldError('client_id', 'not_found', `No client with id \`${input.client_id}\`.`),
            );
          const department = store.catalog.departments.find((d) => d.id === input.department_id);
          if (!department) {
            errors.push(
              fieldError(
                'department_id',
                'not_found',
                `No department with id \`${input.department_id}\`.`,
              ),
            );
          }
          if (!client || !department) throw problems.validation(errors);
          if (client.client.status === 'closed' || client.client.status === 'deleting') {
            throw problems.conflict(
              `Tickets cannot be opened for a client in status \`${client.client.status}\`.`,
            );
          }
          store.detailsOf(client);
          const ticket: Ticket = {
            id: `T-${FIRST_TICKET_NUMBER + store.tickets.length}`,
            title: input.title,
            client: { id: client.client.id, name: clientDisplayName(client) },
            department: { id: department.id, name: department.name },
            priority: input.priority,
            status: 'open',
            created_at: store.nowIso(),
            last_reply_at: null,
            service_id: null,
          };
          store.addTicket(ticketRecord(ticket));
          ctx.recordActivity(client, {
            action: 'ticket.opened',
            category: 'support',
            parameters: { ticket_id: ticket.id, title: ticket.title },
          });
          return response(201).json(ticket);
        });
      }),
    ),
  ];
}
