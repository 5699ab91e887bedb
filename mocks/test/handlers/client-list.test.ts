import { describe, expect, it } from 'vitest';
import { CLIENT_STATUSES } from '../../src/data/clients.ts';
import { compare } from '../../src/decimal.ts';
import { CLIENT_SORTS } from '../../src/handlers/clients.ts';
import { decodeCursor, encodeCursor } from '../../src/query.ts';
import type { Client } from '../../src/types.ts';
import { type ApiResult, api, useMockServer } from '../helpers.ts';

const { backend } = useMockServer({ size: 250, seed: 11 });
const { store } = backend;

async function all(query = ''): Promise<Client[]> {
  const items: Client[] = [];
  let cursor: string | null = null;
  do {
    const page: ApiResult = await api(
      `/clients?limit=37${query ? `&${query}` : ''}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(page.status).toBe(200);
    items.push(...page.body.items);
    cursor = page.body.next_cursor;
  } while (cursor);
  return items;
}

const record = (id: string) => store.clients.find((r) => r.client.id === id)!;

describe('GET /clients', () => {
  it('pages through every client exactly once with opaque cursors', async () => {
    const first = await api('/clients?limit=100');
    expect(first.body.total).toBe(250);
    expect(first.body.items).toHaveLength(100);
    expect(decodeCursor(first.body.next_cursor)).toBe(100);
    const items = await all();
    expect(items).toHaveLength(250);
    expect(new Set(items.map((c) => c.id)).size).toBe(250);
    const last = await api(`/clients?limit=50&cursor=${encodeCursor(200)}`);
    expect(last.body.next_cursor).toBeNull();
    expect((await api(`/clients?cursor=${encodeCursor(9999)}`)).body.items).toEqual([]);
  });

  it('defaults to 50 newest first', async () => {
    const page = await api('/clients');
    expect(page.body.items).toHaveLength(50);
    const dates = page.body.items.map((c: Client) => c.created_at);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('refuses a bad limit or cursor with a 400 problem naming the parameter', async () => {
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=201', 'limit'],
      ['limit=ten', 'limit'],
      ['cursor=not-a-cursor', 'cursor'],
      [`cursor=${btoa('{"offset":-1}')}`, 'cursor'],
    ] as const) {
      const result = await api(`/clients?${query}`);
      expect(result.status, query).toBe(400);
      expect(result.contentType).toBe('application/problem+json');
      expect(result.body.errors[0].field).toBe(field);
    }
    expect((await api('/clients?limit=200')).body.items).toHaveLength(200);
    expect((await api('/clients?limit=1')).body.items).toHaveLength(1);
  });

  it('sorts by each of the six fields both ways, stably, with the id as tiebreak', async () => {
    const keyOf: Record<string, (c: Client) => string | null> = {
      company: (c) => c.company?.toLowerCase() ?? null,
      country: (c) => c.country,
      created_at: (c) => c.created_at,
      configuration: (c) => c.configuration.name.toLowerCase(),
      group: (c) => c.group?.name.toLowerCase() ?? null,
    };
    for (const sort of CLIENT_SORTS) {
      const items = await all(`sort=${sort}`);
      expect(items).toHaveLength(250);
      const descending = sort.startsWith('-');
      const field = sort.replace('-', '');
      for (let i = 1; i < items.length; i++) {
        const [a, b] = [items[i - 1]!, items[i]!];
        let order: number;
        if (field === 'uptodate_credit') {
          order = compare(a.uptodate_credit.amount, b.uptodate_credit.amount);
        } else {
          const [x, y] = [keyOf[field]!(a), keyOf[field]!(b)];
          order = x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
        }
        if (descending) order = -order;
        expect(order, `${sort} at ${i}`).toBeLessThanOrEqual(0);
        if (order === 0) expect(a.id < b.id, `${sort} tiebreak at ${i}`).toBe(true);
      }
    }
  });

  it('filters by status (repeatable) and counts statuses over the other filters', async () => {
    const everything = await api('/clients?limit=1');
    const counts = everything.body.status_counts;
    expect(Object.keys(counts).sort()).toEqual([...CLIENT_STATUSES].sort());
    expect(Object.values(counts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(250);

    const suspended = await all('status=suspended&status=pending_approval');
    expect(suspended.length).toBe(counts.suspended + counts.pending_approval);
    expect(
      suspended.every((c) => c.status === 'suspended' || c.status === 'pending_approval'),
    ).toBe(true);

    // The counts ignore the status filter but honour the others.
    const filtered = await api('/clients?status=active&group_id=grp_resellers&limit=1');
    const resellers = store.clients.filter((r) => r.client.group?.id === 'grp_resellers');
    expect(filtered.body.status_counts.active).toBe(
      resellers.filter((r) => r.client.status === 'active').length,
    );
    expect(filtered.body.status_counts.closed).toBe(
      resellers.filter((r) => r.client.status === 'closed').length,
    );
    expect(filtered.body.total).toBe(filtered.body.status_counts.active);
  });

  it('searches names, email, company and external id, case-insensitively', async () => {
    const withCompany = store.clients.find(
      (r) => r.client.company && r.client.external_billing_id,
    )!.client;
    for (const needle of [
      withCompany.company!.slice(2, 9).toUpperCase(),
      withCompany.email.split('@')[0]!,
      withCompany.external_billing_id!.toLowerCase(),
      `${withCompany.first_name} ${withCompany.last_name}`.toLowerCase(),
    ]) {
      const items = await all(`search=${encodeURIComponent(needle)}`);
      expect(items.map((c) => c.id)).toContain(withCompany.id);
      for (const c of items) {
        const haystack = [
          `${c.first_name} ${c.last_name}`,
          c.email,
          c.company ?? '',
          c.external_billing_id ?? '',
        ]
          .join('\n')
          .toLowerCase();
        expect(haystack).toContain(needle.toLowerCase());
      }
    }
    expect((await api('/clients?search=zzzz-nothing')).body.total).toBe(0);
  });

  it('applies every filter, and each returned client satisfies it', async () => {
    const checks: [string, (c: Client) => boolean][] = [
      ['created_after=2025-01-01', (c) => c.created_at >= '2025-01-01'],
      ['created_before=2023-12-31', (c) => c.created_at.slice(0, 10) <= '2023-12-31'],
      ['configuration_id=cfg_postpaid', (c) => c.configuration.id === 'cfg_postpaid'],
      ['group_id=grp_startups', (c) => c.group?.id === 'grp_startups'],
      ['tax_exempt=true', (c) => c.tax_exempt],
      ['tax_exempt=false', (c) => !c.tax_exempt],
      ['has_billing_agreement=true', (c) => c.has_billing_agreement],
      ['has_billing_agreement=false', (c) => !c.has_billing_agreement],
      ['has_services=true', (c) => c.services_count > 0],
      ['has_services=false', (c) => c.services_count === 0],
      ['has_instances=true', (c) => c.instances_count > 0],
      ['has_instances=false', (c) => c.instances_count === 0],
      [
        'has_instances_in_region=reg_ams1',
        (c) => record(c.id).instances.some((i) => i.regionId === 'reg_ams1'),
      ],
      [
        'has_instances_with_flavor=flv_m1_large',
        (c) => record(c.id).instances.some((i) => i.flavorId === 'flv_m1_large'),
      ],
      [
        'has_instances_on_hypervisor=hv_fra1_02',
        (c) => record(c.id).instances.some((i) => i.hypervisorId === 'hv_fra1_02'),
      ],
      [
        'has_services_of_type=st_domain',
        (c) =>
          record(c.id).services.some(
            (s) =>
              s.productId === 'prd_domain_reg' &&
              s.status !== 'terminated' &&
              s.status !== 'cancelled',
          ),
      ],
      [
        'has_service_for_product=prd_email_pro',
        (c) =>
          record(c.id).services.some(
            (s) =>
              s.productId === 'prd_email_pro' &&
              s.status !== 'terminated' &&
              s.status !== 'cancelled',
          ),
      ],
    ];
    for (const [query, holds] of checks) {
      const items = await all(query);
      const expected = store.clients.filter((r) => holds(r.client)).length;
      expect(items.length, query).toBe(expected);
      expect(expected, `${query} should match some but not all clients`).toBeGreaterThan(0);
      expect(expected, query).toBeLessThan(250);
      expect(items.every(holds), query).toBe(true);
    }
    // Filters combine with AND.
    const both = await all('has_instances=true&configuration_id=cfg_default');
    expect(both.every((c) => c.instances_count > 0 && c.configuration.id === 'cfg_default')).toBe(
      true,
    );
  });

  it('refuses malformed filters with 400', async () => {
    for (const query of [
      'status=asleep',
      'sort=name',
      'created_after=2025-02-30',
      'has_instances=1',
      'search=',
      'group_id=bad id',
    ]) {
      expect((await api(`/clients?${query}`)).status, query).toBe(400);
    }
  });
});
