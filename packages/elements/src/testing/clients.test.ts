import { describe, expect, it } from 'vitest';
import { compareDecimal, createArrayDataProvider } from './clients.ts';
import { makeClients } from './sample-clients.ts';

describe('in-memory data provider', () => {
  const clients = makeClients(500);
  const provider = createArrayDataProvider(clients);
  const signal = new AbortController().signal;
  const base = {
    query: '',
    filters: {},
    sort: 'company' as const,
    cursor: null,
    limit: 50,
    signal,
  };

  it('pages with cursors and counts statuses', async () => {
    const first = await provider(base);
    expect(first.items).toHaveLength(50);
    expect(first.total).toBe(500);
    const second = await provider({ ...base, cursor: first.nextCursor });
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    const counts = Object.values((await first.statusCounts) ?? {}).reduce((a, b) => a + b, 0);
    expect(counts).toBe(500);
  });

  it('returns the exact reverse for the reversed sort', async () => {
    const all = await provider({ ...base, limit: 500 });
    const reversed = await provider({ ...base, sort: '-company', limit: 500 });
    expect(reversed.items.map((c) => c.id)).toEqual(all.items.map((c) => c.id).reverse());
  });

  it('searches and filters, with status counts ignoring the status filter', async () => {
    const target = clients[17]!;
    const byEmail = await provider({ ...base, query: target.email.toUpperCase() });
    expect(byEmail.items.map((c) => c.id)).toEqual([target.id]);
    const suspended = await provider({ ...base, filters: { status: ['suspended'] } });
    expect(suspended.items.every((c) => c.status === 'suspended')).toBe(true);
    expect((await suspended.statusCounts)?.active).toBeGreaterThan(0);
    const credit = await provider({ ...base, sort: '-uptodate_credit', limit: 500 });
    const amounts = credit.items.map((c) => c.uptodate_credit.amount);
    for (let i = 1; i < amounts.length; i++) {
      expect(compareDecimal(amounts[i - 1]!, amounts[i]!)).toBeGreaterThanOrEqual(0);
    }
  });

  it('applies every kind of filter, and no filter leaves every client', async () => {
    const all = await provider({ ...base, limit: 500 });
    expect(all.total).toBe(500);
    const day = clients[200]!.created_at.slice(0, 10);
    const filters = { created_after: day, created_before: day, tax_exempt: false };
    const dated = await provider({ ...base, filters, limit: 500 });
    const expected = clients.filter(
      (c) => c.created_at.slice(0, 10) === day && c.tax_exempt === false,
    );
    expect(dated.items.map((c) => c.id).sort()).toEqual(expected.map((c) => c.id).sort());
    const region = createArrayDataProvider(clients, {
      relation: (client, key, id) => key === 'has_instances_in_region' && client.country === id,
    });
    const german = await region({
      ...base,
      filters: { has_instances_in_region: 'DE' },
      limit: 500,
    });
    expect(german.total).toBe(clients.filter((c) => c.country === 'DE').length);
    expect(german.total).toBeGreaterThan(0);
  });

  it('sorts by creation whether or not the clients come in that order, and leaves them as they are', async () => {
    const byCreation = (list: readonly { created_at: string; id: string }[]) =>
      [...list]
        .sort((a, b) =>
          a.created_at < b.created_at
            ? -1
            : a.created_at > b.created_at
              ? 1
              : a.id < b.id
                ? -1
                : a.id > b.id
                  ? 1
                  : 0,
        )
        .map((c) => c.id);
    // In creation order (as makeClients makes them), shuffled, and with a tie on created_at.
    const shuffled = [...clients].sort((a, b) => (a.email < b.email ? -1 : 1));
    const tied = [...clients];
    tied[3] = { ...tied[3]!, created_at: tied[4]!.created_at, id: 'zzz' };
    for (const input of [clients, shuffled, tied]) {
      const before = input.map((c) => c.id);
      const ids = async (sort: 'created_at' | '-created_at', status?: ['active']) => {
        const p = createArrayDataProvider(input);
        const page = await p({ ...base, sort, limit: 500, filters: status ? { status } : {} });
        return page.items.map((c) => c.id);
      };
      expect(await ids('created_at')).toEqual(byCreation(input));
      expect(await ids('-created_at')).toEqual(byCreation(input).reverse());
      const active = input.filter((c) => c.status === 'active');
      expect(await ids('created_at', ['active'])).toEqual(byCreation(active));
      expect(input.map((c) => c.id)).toEqual(before);
    }
  });

  it('without search or filters, serves the first rows before counting: the counts come later, counted while idle', async () => {
    const active = clients.filter((c) => c.status === 'active').length;
    for (const options of [{}, { inCreationOrder: true }]) {
      const p = createArrayDataProvider(clients, options);
      const page = await p({ ...base, sort: options.inCreationOrder ? '-created_at' : 'company' });
      expect(page.statusCounts).toBeInstanceOf(Promise);
      expect((await page.statusCounts)?.active).toBe(active);
    }
    // Searching or filtering reads every client anyway: the counts come with the rows.
    const found = await provider({ ...base, query: 'example' });
    expect(found.statusCounts).not.toBeInstanceOf(Promise);
    expect((await found.statusCounts)?.active).toBe(active);
  });

  it('with inCreationOrder, reads the default sort from the end of the array as given', async () => {
    const p = createArrayDataProvider(clients, { inCreationOrder: true });
    const newest = await p({ ...base, sort: '-created_at', limit: 3 });
    expect(newest.items.map((c) => c.id)).toEqual(
      clients
        .slice(-3)
        .reverse()
        .map((c) => c.id),
    );
    const oldest = await p({ ...base, sort: 'created_at', limit: 3 });
    expect(oldest.items.map((c) => c.id)).toEqual(clients.slice(0, 3).map((c) => c.id));
  });

  it('compares decimals exactly', () => {
    expect(compareDecimal('9007199254740993.01', '9007199254740993.1')).toBe(-1);
    expect(compareDecimal('-0.5', '0.1')).toBe(-1);
    expect(compareDecimal('-2', '-10')).toBe(1);
    expect(compareDecimal('1.50', '1.5')).toBe(0);
  });
});
