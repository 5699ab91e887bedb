import { describe, expect, it } from 'vitest';
import { createTicketArrayDataProvider, makeTickets } from './tickets.ts';

describe('createTicketArrayDataProvider', () => {
  const tickets = makeTickets(40);
  const provider = createTicketArrayDataProvider(tickets);
  const signal = new AbortController().signal;
  const base = { clientId: undefined, query: '', filters: {}, cursor: null, limit: 200, signal };

  it('counts statuses over every filter but status and waiting-on', async () => {
    const all = await provider({ ...base, sort: '-created_at' });
    const waiting = await provider({
      ...base,
      filters: { waiting_on: 'client', status: ['answered'] },
      sort: '-created_at',
    });
    expect(waiting.statusCounts).toEqual(all.statusCounts);
    expect(waiting.items.every((t) => t.status === 'answered')).toBe(true);
    expect(waiting.total).toBe(all.statusCounts?.answered);
  });

  it('sorts both ways as exact reverses, and pages by offset', async () => {
    const up = await provider({ ...base, sort: 'priority' });
    const down = await provider({ ...base, sort: '-priority' });
    expect(up.items.map((t) => t.id)).toEqual(down.items.map((t) => t.id).reverse());
    const first = await provider({ ...base, sort: '-created_at', limit: 15 });
    expect(first.nextCursor).toBe('15');
    expect(first.items[0]!.id).toBe(tickets.at(-1)!.id);
    const last = await provider({ ...base, sort: '-created_at', cursor: '30', limit: 15 });
    expect(last.items).toHaveLength(10);
    expect(last.nextCursor).toBeNull();
  });
});
