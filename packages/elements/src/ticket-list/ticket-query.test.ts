import { describe, expect, it } from 'vitest';
import {
  normalizeTicketFilters,
  parseStatuses,
  reverseTicketSort,
  serializeTicketFilters,
  ticketFilterChips,
  withoutTicketFilter,
} from './ticket-query.ts';
import { ticketStateFromParams, ticketStateToParams } from './ticket-url.ts';

describe('ticket query state', () => {
  it('parses statuses separated by spaces or commas, in the spec order', () => {
    expect(parseStatuses('closed, open customer_reply open')).toEqual({
      value: ['open', 'customer_reply', 'closed'],
      problems: [],
    });
    expect(parseStatuses('open bogus').problems).toEqual(['unknown status "bogus"']);
  });

  it('drops and reports bad filter values', () => {
    const result = normalizeTicketFilters({
      status: ['answered', 'nope'],
      priority: 'urgent',
      waiting_on: 'client',
      department_id: ' dep_billing ',
    });
    expect(result.value).toEqual({
      status: ['answered'],
      waiting_on: 'client',
      department_id: 'dep_billing',
    });
    expect(result.problems).toEqual(['unknown status "nope"', 'unknown priority "urgent"']);
  });

  it('writes filters like the API parameters and removes one chip at a time', () => {
    const filters = { status: ['open' as const, 'on_hold' as const], priority: 'high' as const };
    expect(serializeTicketFilters(filters)).toBe('status=open&status=on_hold&priority=high');
    expect(ticketFilterChips(filters)).toEqual([
      { key: 'status', value: 'open' },
      { key: 'status', value: 'on_hold' },
      { key: 'priority', value: 'high' },
    ]);
    expect(withoutTicketFilter(filters, 'status', 'open')).toEqual({
      status: ['on_hold'],
      priority: 'high',
    });
    expect(withoutTicketFilter(filters, 'priority')).toEqual({ status: ['open', 'on_hold'] });
  });

  it('round-trips through a URL, keeping the host parameters and leaving defaults out', () => {
    const params = ticketStateToParams(
      new URLSearchParams('page=tickets&t.q=old'),
      { query: 'vpn', filters: { waiting_on: 'staff' }, sort: '-created_at' },
      't.',
    );
    expect(params.toString()).toBe('page=tickets&t.q=vpn&t.waiting_on=staff');
    expect(ticketStateFromParams(params, 't.')).toEqual({
      state: { query: 'vpn', filters: { waiting_on: 'staff' } },
      problems: [],
    });
    expect(ticketStateFromParams(new URLSearchParams('sort=oldest'), '').problems).toEqual([
      'unknown sort "oldest"',
    ]);
    expect(reverseTicketSort('-priority')).toBe('priority');
  });
});
