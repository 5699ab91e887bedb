/**
 * Contract test for tickets (the queue and per client, every filter and sort, create): every
 * response must validate against specs/openapi.yaml. The shared setup and the coverage rule
 * are in support.ts.
 */
import { describe, expect, it } from 'vitest';
import { TICKET_STATUSES } from '../../src/data/tickets.ts';
import { TICKET_PRIORITIES, TICKET_SORTS } from '../../src/handlers/tickets.ts';
import { TOKENS } from '../../src/index.ts';
import { UNKNOWN_CLIENT, useContract } from './support.ts';

const { call, clientWith, activeId, store } = useContract('tickets');

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
      'client_id=cl_0000000000000000',
    ]) {
      await call('listTickets', { query });
    }
    for (const query of [
      'sort=title',
      'status=new',
      'priority=urgent',
      'waiting_on=nobody',
      'limit=0',
    ]) {
      expect((await call('listTickets', { query })).status, query).toBe(400);
    }
    expect((await call('listTickets', { token: TOKENS.auditor })).status).toBe(200);
    expect((await call('listTickets', { token: null })).status).toBe(401);
    for (const query of ['', 'sort=priority', 'waiting_on=client', 'status=closed']) {
      await call('listClientTickets', { params: { client_id: client }, query });
    }
    expect(
      (await call('listClientTickets', { params: { client_id: UNKNOWN_CLIENT } })).status,
    ).toBe(404);
    expect(
      (await call('listClientTickets', { params: { client_id: client }, query: 'sort=x' })).status,
    ).toBe(400);

    const ticket = {
      client_id: activeId(),
      department_id: 'dep_billing',
      priority: 'medium',
      title: 'Invoice needs a PO number',
      message: 'Please add PO 4411.',
    };
    expect(
      (await call('createTicket', { body: ticket, headers: { 'Idempotency-Key': 'ticket-1' } }))
        .status,
    ).toBe(201);
    expect(
      (await call('createTicket', { body: ticket, headers: { 'Idempotency-Key': 'ticket-1' } }))
        .status,
    ).toBe(201);
    expect(
      (
        await call('createTicket', {
          body: { ...ticket, title: 'Other' },
          headers: { 'Idempotency-Key': 'ticket-1' },
        })
      ).status,
    ).toBe(422);
    expect(
      (await call('createTicket', { body: { ...ticket, client_id: UNKNOWN_CLIENT } })).status,
    ).toBe(422);
    expect((await call('createTicket', { body: { ...ticket, title: 'x' } })).status).toBe(422);
    expect((await call('createTicket', { body: '[' })).status).toBe(400);
    expect((await call('createTicket', { body: ticket, token: TOKENS.auditor })).status).toBe(403);
    const closed = clientWith((r) => r.client.status === 'closed');
    expect((await call('createTicket', { body: { ...ticket, client_id: closed } })).status).toBe(
      409,
    );
  });
});
