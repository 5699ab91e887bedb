import { describe, expect, it } from 'vitest';
import { TICKET_STATUSES } from '../../src/data/tickets.ts';
import { TICKET_SORTS, WAITING_ON_STATUSES } from '../../src/handlers/tickets.ts';
import type { Ticket } from '../../src/types.ts';
import { type ApiResult, api, useMockServer } from '../helpers.ts';

const { backend } = useMockServer({ size: 200, seed: 4 });
const { store } = backend;

async function all(path: string): Promise<Ticket[]> {
  const items: Ticket[] = [];
  let cursor: string | null = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const page: ApiResult = await api(
      `${path}${separator}limit=60${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(page.status).toBe(200);
    items.push(...page.body.items);
    cursor = page.body.next_cursor;
  } while (cursor);
  return items;
}

const RANK = { low: 0, medium: 1, high: 2 } as const;

describe('tickets', () => {
  it('the queue spans all clients, newest first, with ids like T-100234', async () => {
    const tickets = await all('/tickets');
    expect(tickets).toHaveLength(store.tickets.length);
    expect(new Set(tickets.map((t) => t.client.id)).size).toBeGreaterThan(20);
    expect(tickets.every((t) => /^T-\d{6}$/.test(t.id))).toBe(true);
    const dates = tickets.map((t) => t.created_at);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('sorts by created_at, last_reply_at and priority both ways', async () => {
    for (const sort of TICKET_SORTS) {
      const tickets = await all(`/tickets?sort=${sort}`);
      const field = sort.replace('-', '') as 'created_at' | 'last_reply_at' | 'priority';
      const key = (t: Ticket) => (field === 'priority' ? RANK[t.priority] : t[field]);
      for (let i = 1; i < tickets.length; i++) {
        const [a, b] = [key(tickets[i - 1]!), key(tickets[i]!)];
        let order = a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
        if (sort.startsWith('-')) order = -order;
        expect(order, `${sort} at ${i}`).toBeLessThanOrEqual(0);
      }
    }
  });

  it('filters by status, department, priority, waiting_on, search and client; counts ignore status and waiting_on', async () => {
    const base = await api('/tickets?department_id=dep_billing&limit=1');
    const billing = store.tickets.filter((r) => r.ticket.department.id === 'dep_billing');
    for (const status of TICKET_STATUSES) {
      expect(base.body.status_counts[status]).toBe(
        billing.filter((r) => r.ticket.status === status).length,
      );
    }
    const open = await all('/tickets?department_id=dep_billing&status=open&status=customer_reply');
    expect(
      open.every(
        (t) =>
          t.department.id === 'dep_billing' &&
          (t.status === 'open' || t.status === 'customer_reply'),
      ),
    ).toBe(true);
    expect(open.length).toBe(base.body.status_counts.open + base.body.status_counts.customer_reply);
    const withStatus = await api('/tickets?department_id=dep_billing&status=open&limit=1');
    expect(withStatus.body.status_counts).toEqual(base.body.status_counts);

    for (const side of ['staff', 'client'] as const) {
      const waiting = await all(`/tickets?waiting_on=${side}`);
      expect(waiting.length).toBe(
        store.tickets.filter((r) => WAITING_ON_STATUSES[side].includes(r.ticket.status)).length,
      );
      expect(waiting.every((t) => WAITING_ON_STATUSES[side].includes(t.status))).toBe(true);
    }
    const both = await all('/tickets?waiting_on=staff&status=open&status=answered');
    expect(both.every((t) => t.status === 'open')).toBe(true);

    const high = await all('/tickets?priority=high');
    expect(high.every((t) => t.priority === 'high')).toBe(true);

    const sample = store.tickets[10]!.ticket;
    expect((await all(`/tickets?search=${sample.id.toLowerCase()}`)).map((t) => t.id)).toEqual([
      sample.id,
    ]);
    const word = sample.title.split(' ')[1]!;
    const byTitle = await all(`/tickets?search=${encodeURIComponent(word.toUpperCase())}`);
    expect(
      byTitle.every(
        (t) =>
          t.title.toLowerCase().includes(word.toLowerCase()) ||
          t.id.toLowerCase().includes(word.toLowerCase()),
      ),
    ).toBe(true);

    const mine = await all(`/tickets?client_id=${sample.client.id}`);
    expect(mine.every((t) => t.client.id === sample.client.id)).toBe(true);
    expect(await all(`/clients/${sample.client.id}/tickets`)).toEqual(mine);
  });

  it('opens a ticket for a client; unknown client or department are 422', async () => {
    const record = store.clients.find((r) => r.client.status === 'active')!;
    const created = await api('/tickets', {
      method: 'POST',
      body: {
        client_id: record.client.id,
        department_id: 'dep_technical',
        priority: 'high',
        title: 'Volume fails to attach',
        message: 'It fails.',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'open',
      priority: 'high',
      last_reply_at: null,
      department: { id: 'dep_technical', name: 'Technical support' },
    });
    expect(Number(created.body.id.slice(2))).toBe(100000 + store.tickets.length - 1);
    expect((await all(`/clients/${record.client.id}/tickets`)).map((t) => t.id)).toContain(
      created.body.id,
    );
    expect((await api('/tickets?limit=1')).body.items[0].id).toBe(created.body.id);
    const activity = await api(`/clients/${record.client.id}/activity?category=support`);
    expect(activity.body.items[0]).toMatchObject({
      action: 'ticket.opened',
      parameters: { ticket_id: created.body.id },
    });

    const invalid = await api('/tickets', {
      method: 'POST',
      body: {
        client_id: 'cl_0000000000000000',
        department_id: 'dep_nope',
        priority: 'high',
        title: 'Something',
        message: 'x',
      },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'client_id',
      'department_id',
    ]);
  });
});
