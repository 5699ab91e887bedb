import { describe, expect, it } from 'vitest';
import { compareDecimal, createArrayDataProvider } from './client-data.ts';
import {
  filterChips,
  parseFilters,
  reverseSort,
  sameFilters,
  serializeFilters,
  stateFromParams,
  stateToParams,
  withFilter,
  withoutFilter,
} from './client-query.ts';
import { makeClients } from './sample-clients.ts';

describe('filters', () => {
  it('parses JSON and the URL query form alike', () => {
    const json = parseFilters('{"status":["suspended","active"],"tax_exempt":false}');
    const url = parseFilters('status=active&status=suspended&tax_exempt=false');
    expect(json.value).toEqual({ status: ['active', 'suspended'], tax_exempt: false });
    expect(url.value).toEqual(json.value);
    expect(json.problems).toEqual([]);
  });

  it('drops what it does not understand and says why, without throwing', () => {
    const result = parseFilters(
      'status=active&status=frozen&colour=red&created_after=yesterday&group_id=grp_1',
    );
    expect(result.value).toEqual({ status: ['active'], group_id: 'grp_1' });
    expect(result.problems).toEqual([
      'unknown status "frozen"',
      'created_after must be a date (YYYY-MM-DD)',
    ]);
    expect(parseFilters('{nope').problems).toEqual(['filters is not valid JSON']);
  });

  it('serializes, compares, adds and removes filters and chips', () => {
    const filters = withFilter({ status: ['active', 'suspended'] }, 'has_services', true);
    expect(serializeFilters(filters)).toBe('status=active&status=suspended&has_services=true');
    expect(filterChips(filters)).toEqual([
      { key: 'status', value: 'active' },
      { key: 'status', value: 'suspended' },
      { key: 'has_services', value: 'true' },
    ]);
    expect(withoutFilter(filters, 'status', 'active')).toEqual({
      status: ['suspended'],
      has_services: true,
    });
    expect(
      withoutFilter(withoutFilter(filters, 'status', 'active'), 'status', 'suspended'),
    ).toEqual({ has_services: true });
    expect(sameFilters({ has_services: true }, withFilter({}, 'has_services', true))).toBe(true);
    expect(withFilter(filters, 'status', [])).toEqual({ has_services: true });
  });

  it('reverses sorts', () => {
    expect(reverseSort('company')).toBe('-company');
    expect(reverseSort('-created_at')).toBe('created_at');
  });
});

describe('URL state', () => {
  it('round-trips through a URL, keeping the host page parameters', () => {
    const params = stateToParams(new URLSearchParams('page=clients&q=old'), {
      query: 'nimbus',
      filters: { status: ['active'], tax_exempt: true },
      sort: 'company',
      view: 'cards',
    });
    expect(params.toString()).toBe(
      'page=clients&q=nimbus&status=active&tax_exempt=true&sort=company&view=cards',
    );
    expect(stateFromParams(params).state).toEqual({
      query: 'nimbus',
      filters: { status: ['active'], tax_exempt: true },
      sort: 'company',
      view: 'cards',
    });
  });

  it('leaves defaults out and supports a prefix', () => {
    const params = stateToParams(
      new URLSearchParams(),
      { query: '', filters: {}, sort: '-created_at', view: 'list' },
      'c.',
    );
    expect(params.toString()).toBe('');
    const read = stateFromParams(
      new URLSearchParams('c.sort=-group&sort=nonsense&c.view=tiles'),
      'c.',
    );
    expect(read.state).toEqual({ sort: '-group' });
    expect(read.problems).toEqual(['unknown view "tiles"']);
  });
});

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
    const counts = Object.values(first.statusCounts ?? {}).reduce((a, b) => a + b, 0);
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
    expect(suspended.statusCounts?.active).toBeGreaterThan(0);
    const credit = await provider({ ...base, sort: '-uptodate_credit', limit: 500 });
    const amounts = credit.items.map((c) => c.uptodate_credit.amount);
    for (let i = 1; i < amounts.length; i++) {
      expect(compareDecimal(amounts[i - 1]!, amounts[i]!)).toBeGreaterThanOrEqual(0);
    }
  });

  it('compares decimals exactly', () => {
    expect(compareDecimal('9007199254740993.01', '9007199254740993.1')).toBe(-1);
    expect(compareDecimal('-0.5', '0.1')).toBe(-1);
    expect(compareDecimal('-2', '-10')).toBe(1);
    expect(compareDecimal('1.50', '1.5')).toBe(0);
  });
});
