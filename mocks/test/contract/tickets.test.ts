/**
 * Contract test for tickets (the queue and per client, every filter and sort, create): every
 * response must validate against specs/openapi.yaml. The shared setup and the coverage rule
 * are in support.ts.
 */
import { describe, it } from 'vitest';
import { TICKET_STATUSES } from '../../src/data/tickets.ts';
import { TICKET_PRIORITIES, TICKET_SORTS } from '../../src/handlers/tickets.ts';
import {
  AS_AUDITOR,
  eachQuery,
  FOR_UNKNOWN_CLIENT,
  idempotencyKey,
  malformedBody,
  UNKNOWN_CLIENT,
  useContract,
  WITHOUT_TOKEN,
} from './support.ts';

const { call, expectStatuses, activeId, closedId, store } = useContract('tickets');

describe('contract: tickets', () => {
  it('tickets: queue and per client, every filter and sort, create', async () => {
    for (const sort of TICKET_SORTS) await call('listTickets', { query: `sort=${sort}&limit=200` });
    for (const status of TICKET_STATUSES) await call('listTickets', { query: `status=${status}` });
    for (const priority of TICKET_PRIORITIES)
      await call('listTickets', { query: `priority=${priority}` });
    const client = store.tickets[0]!.ticket.client.id;
    for (const query of [
      'waiting_on=staff',
      'waiting_on=client',
      'waiting_on=staff&status=open',
      'search=invoice',
      'search=T-1000',
      'department_id=dep_billing',
      `client_id=${client}`,
      `client_id=${UNKNOWN_CLIENT}`,
    ]) {
      await call('listTickets', { query });
    }
    const bad = ['sort=title', 'status=new', 'priority=urgent', 'waiting_on=nobody', 'limit=0'];
    await expectStatuses('listTickets', {}, [
      ...eachQuery(bad, 400),
      [AS_AUDITOR, 200],
      [WITHOUT_TOKEN, 401],
    ]);
    for (const query of ['', 'sort=priority', 'waiting_on=client', 'status=closed']) {
      await call('listClientTickets', { params: { client_id: client }, query });
    }
    await expectStatuses('listClientTickets', { params: { client_id: client } }, [
      [FOR_UNKNOWN_CLIENT, 404],
      [{ query: 'sort=x' }, 400],
    ]);

    const ticket = {
      client_id: activeId(),
      department_id: 'dep_billing',
      priority: 'medium',
      title: 'Invoice needs a PO number',
      message: 'Please add PO 4411.',
    };
    await expectStatuses('createTicket', { body: ticket }, [
      [idempotencyKey('ticket-1'), 201],
      [idempotencyKey('ticket-1'), 201], // replayed
      [{ body: { ...ticket, title: 'Other' }, ...idempotencyKey('ticket-1') }, 422], // the key reused
      [{ body: { ...ticket, client_id: UNKNOWN_CLIENT } }, 422],
      [{ body: { ...ticket, title: 'x' } }, 422],
      [malformedBody('['), 400],
      [AS_AUDITOR, 403],
      [{ body: { ...ticket, client_id: closedId() } }, 409],
    ]);
  });
});
