import { describe, expect, it } from 'vitest';
import {
  filterChips,
  parseFilters,
  reverseSort,
  sameFilters,
  serializeFilters,
  withFilter,
  withoutFilter,
} from './client-query.ts';
import { stateFromParams, stateToParams } from './client-url.ts';

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
