/**
 * The `referenceTime` option: where the generated history ends. The default keeps the
 * data of REFERENCE_TIME (see dataset.test.ts); another reference time moves every date of
 * the sampled records by exactly the difference and leaves ids, names and amounts alone.
 */
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../src/data/dataset.ts';
import {
  DAY,
  hostReferenceTime,
  isoSeconds,
  REFERENCE_TIME,
  referenceTimeFromText,
  resolveReferenceTime,
} from '../src/data/model.ts';
import { createMockBackend, OPERATIONS } from '../src/index.ts';
import { MockStore } from '../src/store.ts';
import type { OperationId } from '../src/types.ts';
import { conformance } from './contract/spec.ts';
import { api, type Loose, useMockServer } from './helpers.ts';

const ANCHOR = '2026-11-15T12:00:00Z';
const ANCHOR_MS = Date.UTC(2026, 10, 15, 12, 0, 0);
/** 259 days: a whole number of days, like every `today` anchor. */
const DELTA = ANCHOR_MS - REFERENCE_TIME;

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** A deep copy with every RFC 3339 date-time moved by `delta` ms. */
function shifted<T>(value: T, delta = DELTA): T {
  if (typeof value === 'string' && DATE_TIME.test(value)) {
    return isoSeconds(Date.parse(value) + delta) as T;
  }
  if (Array.isArray(value)) return value.map((item) => shifted(item, delta)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, shifted(item, delta)]),
    ) as T;
  }
  return value;
}

describe('resolveReferenceTime', () => {
  it('defaults to REFERENCE_TIME and takes epoch ms, a Date or an RFC 3339 date-time', () => {
    expect(resolveReferenceTime()).toBe(REFERENCE_TIME);
    expect(resolveReferenceTime(undefined)).toBe(REFERENCE_TIME);
    expect(resolveReferenceTime(ANCHOR_MS)).toBe(ANCHOR_MS);
    expect(resolveReferenceTime(new Date(ANCHOR_MS))).toBe(ANCHOR_MS);
    expect(resolveReferenceTime(ANCHOR)).toBe(ANCHOR_MS);
    expect(resolveReferenceTime('2026-11-15T13:30:00+01:30')).toBe(ANCHOR_MS);
    expect(resolveReferenceTime('2026-11-15t12:00:00.000z')).toBe(ANCHOR_MS);
    expect(resolveReferenceTime('2026-11-15T12:00:00.250Z')).toBe(ANCHOR_MS + 250);
  });

  it('throws a RangeError for anything else', () => {
    for (const bad of [
      'yesterday',
      '2026-11-15',
      '2026-11-15T12:00:00',
      '2026-11-15 12:00:00Z',
      '2026-02-30T12:00:00Z',
      '2026-11-15T24:00:00Z',
      '2026-11-15T12:00:00+25:00',
      Number.NaN,
      Number.POSITIVE_INFINITY,
      ANCHOR_MS + 0.5,
      new Date('not a date'),
      Date.UTC(1970, 0, 1),
      Date.UTC(9500, 0, 1),
    ]) {
      expect(() => resolveReferenceTime(bad), String(bad)).toThrow(RangeError);
    }
    expect(() => generateDataset({ size: 1, referenceTime: 'soon' })).toThrow(RangeError);
    expect(() => new MockStore({ size: 1, referenceTime: 'soon' })).toThrow(RangeError);
    expect(() => createMockBackend({ size: 1, referenceTime: 'soon' })).toThrow(RangeError);
  });

  it('reads the serve command’s now, today (12:00 UTC, stable all day) and RFC 3339', () => {
    const now = Date.UTC(2026, 10, 23, 7, 8, 9, 10);
    expect(referenceTimeFromText('now', now)).toBe(now);
    const noon = Date.UTC(2026, 10, 23, 12, 0, 0);
    expect(referenceTimeFromText('today', now)).toBe(noon);
    expect(referenceTimeFromText('today', Date.UTC(2026, 10, 23, 0, 0, 0))).toBe(noon);
    expect(referenceTimeFromText('today', Date.UTC(2026, 10, 23, 23, 59, 59, 999))).toBe(noon);
    expect(referenceTimeFromText(ANCHOR, now)).toBe(ANCHOR_MS);
    expect(() => referenceTimeFromText('tomorrow', now)).toThrow(RangeError);
  });

  it('gives the demo portal and mocks:serve one rule: today at 12:00 UTC unless pinned', () => {
    const now = Date.UTC(2026, 10, 23, 7, 8, 9, 10);
    const noon = Date.UTC(2026, 10, 23, 12, 0, 0);
    expect(hostReferenceTime(undefined, now)).toBe(noon);
    expect(hostReferenceTime('', now)).toBe(noon);
    expect(hostReferenceTime(' ', now)).toBe(noon);
    expect(hostReferenceTime(ANCHOR, now)).toBe(ANCHOR_MS);
    expect(hostReferenceTime('now', now)).toBe(now);
    expect(() => hostReferenceTime('soon', now)).toThrow(RangeError);
  });
});

describe('generateDataset with a referenceTime', () => {
  const base = generateDataset({ seed: 5, size: 120 });
  const moved = generateDataset({ seed: 5, size: 120, referenceTime: ANCHOR });

  it('is deterministic, whichever form the reference time is given in', () => {
    expect(moved.referenceTime).toBe(ANCHOR_MS);
    expect(base.referenceTime).toBe(REFERENCE_TIME);
    const json = (d: typeof moved) =>
      JSON.stringify([d.clients, d.tickets, d.directory, d.detailsFor(d.clients[7]!)]);
    const expected = json(moved);
    expect(json(generateDataset({ seed: 5, size: 120, referenceTime: ANCHOR }))).toBe(expected);
    expect(json(generateDataset({ seed: 5, size: 120, referenceTime: ANCHOR_MS }))).toBe(expected);
    expect(json(generateDataset({ seed: 5, size: 120, referenceTime: new Date(ANCHOR_MS) }))).toBe(
      expected,
    );
    expect(json(base)).not.toBe(expected);
  });

  it('moves clients by exactly the difference: same ids, names, statuses and amounts', () => {
    expect(moved.clients).toHaveLength(base.clients.length);
    expect(moved.clients.map((r) => r.client)).toEqual(base.clients.map((r) => shifted(r.client)));
    const [a, b] = [base.clients[0]!.client, moved.clients[0]!.client];
    expect(Date.parse(b.created_at) - Date.parse(a.created_at)).toBe(DELTA);
    expect(b.id).toBe(a.id);
    expect(b.credit).toEqual(a.credit);
    // The compact service facts behind the list filters move too.
    for (const [n, record] of moved.clients.entries()) {
      const original = base.clients[n]!;
      expect(record.services.map((s) => [s.id, s.status, s.createdMs - DELTA])).toEqual(
        original.services.map((s) => [s.id, s.status, s.createdMs]),
      );
      expect(record.instances).toEqual(original.instances);
    }
    for (const { client } of moved.clients) {
      expect(Date.parse(client.created_at)).toBeLessThanOrEqual(ANCHOR_MS);
      expect(Date.parse(client.updated_at)).toBeLessThanOrEqual(ANCHOR_MS);
    }
  });

  it('moves the ticket queue by exactly the difference, numbered the same', () => {
    expect(moved.tickets.length).toBeGreaterThan(20);
    expect(moved.tickets.map((t) => t.ticket)).toEqual(base.tickets.map((t) => shifted(t.ticket)));
    for (const { ticket } of moved.tickets) {
      expect(Date.parse(ticket.created_at)).toBeLessThanOrEqual(ANCHOR_MS);
      if (ticket.last_reply_at)
        expect(Date.parse(ticket.last_reply_at)).toBeLessThanOrEqual(ANCHOR_MS);
    }
  });

  it('generates lazy details from the same anchor: units, users, resources, domains, quotas', () => {
    let entries = 0;
    let recent = 0;
    for (const [n, record] of moved.clients.entries()) {
      const details = moved.detailsFor(record);
      const original = base.detailsFor(base.clients[n]!);
      // Units: same ids, amounts and balances; every time moved by the difference.
      expect(details.units.entries).toEqual(shifted(original.units.entries));
      expect(details.units.balance).toEqual(shifted(original.units.balance));
      expect(details.users).toEqual(shifted(original.users));
      expect(details.resources).toEqual(shifted(original.resources));
      expect(details.domains).toEqual(shifted(original.domains));
      expect(details.quotas).toEqual(shifted(original.quotas));
      entries += details.units.entries.length;
      for (const entry of details.units.entries) {
        expect(Date.parse(entry.created_at)).toBeLessThanOrEqual(ANCHOR_MS);
      }
      for (const entry of details.activity) {
        expect(Date.parse(entry.at)).toBeLessThanOrEqual(ANCHOR_MS);
        if (Date.parse(entry.at) > REFERENCE_TIME) recent++;
      }
    }
    expect(entries).toBeGreaterThan(500);
    // The history reaches the new anchor, well past the default one.
    expect(recent).toBeGreaterThan(50);
  });

  it('keeps invoices on the 1st of the calendar months before the anchor', () => {
    let invoices = 0;
    for (const record of moved.clients) {
      for (const invoice of moved.detailsFor(record).invoices) {
        if (invoice.credit_note_of !== null) continue;
        invoices++;
        expect(invoice.issued_at).toMatch(/^\d{4}-\d{2}-01$/);
        expect(Date.parse(`${invoice.issued_at}T06:00:00Z`)).toBeLessThanOrEqual(ANCHOR_MS);
        expect(Date.parse(`${invoice.issued_at}T06:00:00Z`)).toBeGreaterThan(ANCHOR_MS - 430 * DAY);
      }
    }
    expect(invoices).toBeGreaterThan(100);
  });
});

describe('the store with a referenceTime', () => {
  it('starts its clock at the reference time, again on reset()', () => {
    const before = Date.now();
    const store = new MockStore({ size: 3, referenceTime: ANCHOR });
    expect(store.referenceTime).toBe(ANCHOR_MS);
    expect(store.dataset.referenceTime).toBe(ANCHOR_MS);
    const elapsed = () => Date.now() - before;
    expect(store.now().getTime()).toBeGreaterThanOrEqual(ANCHOR_MS);
    expect(store.now().getTime()).toBeLessThanOrEqual(ANCHOR_MS + elapsed());
    store.reset();
    expect(store.now().getTime()).toBeGreaterThanOrEqual(ANCHOR_MS);
    expect(store.now().getTime()).toBeLessThanOrEqual(ANCHOR_MS + elapsed());
    expect(new MockStore({ size: 1 }).referenceTime).toBe(REFERENCE_TIME);
  });
});

describe('the API with a referenceTime', () => {
  const { backend } = useMockServer({ size: 30, seed: 4, referenceTime: ANCHOR });
  const { store } = backend;
  const base = generateDataset({ seed: 4, size: 30 });

  it('serves the moved data', async () => {
    for (const [n, record] of store.clients.slice(0, 5).entries()) {
      const read = await api(`/clients/${record.client.id}`);
      expect(read.status).toBe(200);
      expect(read.body).toEqual(shifted(base.clients[n]!.client));
      const entries = await api(`/clients/${record.client.id}/units/entries?limit=200`);
      const expected = shifted(base.detailsFor(base.clients[n]!).units.entries);
      expect([...entries.body.items].sort((a: Loose, b: Loose) => (a.id < b.id ? -1 : 1))).toEqual(
        [...expected].sort((a, b) => (a.id < b.id ? -1 : 1)),
      );
    }
    const tickets = await api('/tickets?limit=200&sort=created_at');
    expect(tickets.body.items).toEqual(
      [...base.tickets]
        .map((t) => shifted(t.ticket))
        .sort((a, b) =>
          a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : 1,
        ),
    );
  });

  it('dates new records from the reference time', async () => {
    const record = store.clients.find((r) => r.client.status === 'active')!;
    const created = await api('/tickets', {
      method: 'POST',
      body: {
        client_id: record.client.id,
        department_id: 'dep_technical',
        priority: 'low',
        title: 'Recent ticket',
        message: 'Opened now.',
      },
    });
    expect(created.status).toBe(201);
    const at = Date.parse(created.body.created_at);
    expect(at).toBeGreaterThanOrEqual(ANCHOR_MS);
    expect(at).toBeLessThan(ANCHOR_MS + 60_000);
  });

  it('still answers as the spec declares (read sweep over a few clients)', async () => {
    const call = async (operationId: OperationId, params: Record<string, string> = {}) => {
      const path = OPERATIONS[operationId].path.replace(/\{(\w+)\}/g, (_, name: string) =>
        encodeURIComponent(params[name]!),
      );
      const result = await api(path);
      // Resources answer 404 for a client without a cloud project.
      expect(result.status === 200 || operationId === 'listClientResources', path).toBe(true);
      expect(conformance(operationId, result), path).toEqual([]);
    };
    await call('getMe');
    await call('listClients');
    await call('listTickets');
    const sample = ['active', 'suspended', 'closed', 'pending_approval'].map(
      (status) => store.clients.find((r) => r.client.status === status) ?? store.clients[0]!,
    );
    for (const { client } of sample) {
      const params = { client_id: client.id, kind: 'instance' };
      for (const operationId of [
        'getClient',
        'listClientInvoices',
        'listClientJournal',
        'listClientServices',
        'listClientUsers',
        'listClientResources',
        'listClientDomains',
        'listClientActivity',
        'listClientTickets',
        'getClientQuotas',
        'getClientUnitBalance',
        'listClientUnitEntries',
      ] as const) {
        await call(operationId, params);
      }
    }
  });
});
