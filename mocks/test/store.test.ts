import { describe, expect, it } from 'vitest';
import { REFERENCE_TIME } from '../src/data/model.ts';
import { formatEtag, MockStore } from '../src/store.ts';

describe('MockStore', () => {
  it('reset() returns to the seeded data and forgets changes and idempotency keys', () => {
    const store = new MockStore({ size: 40 });
    const record = store.clients[0]!;
    const before = JSON.stringify(record.client);
    record.client.notes = 'changed';
    store.touchClient(record);
    store.rememberResponse('key-1', 'POST /x', '{}', { status: 201, headers: [], body: '{}' });
    store.detailsOf(record).invoices.length = 0;
    store.reset();
    expect(JSON.stringify(store.clients[0]!.client)).toBe(before);
    expect(store.idempotentResponse('key-1', 'POST /x', '{}')).toBeUndefined();
    expect(store.detailsOf(store.clients[0]!).invoices.length).toBeGreaterThan(0);
  });

  it('versions each ETag separately and bumps the client on change', () => {
    const store = new MockStore({ size: 10 });
    const record = store.clients[0]!;
    expect(store.etag('client', record)).toBe(formatEtag('client', 1));
    expect(store.etag('quotas', record)).toBe('"q1"');
    store.touchClient(record);
    expect(store.etag('client', record)).toBe('"c2"');
    expect(store.etag('quotas', record)).toBe('"q1"');
    expect(store.etag('units', record)).toBe('"u1"');
    expect(store.etag('configuration', record)).toBe('"g1"');
  });

  it('replays a key for the same request and refuses it for another', () => {
    const store = new MockStore({ size: 5 });
    const stored = {
      status: 201,
      headers: [['content-type', 'application/json']] as const,
      body: '{"id":1}',
    };
    expect(store.idempotentResponse('k', 'POST /a', '{"x":1}')).toBeUndefined();
    store.rememberResponse('k', 'POST /a', '{"x":1}', stored);
    expect(store.idempotentResponse('k', 'POST /a', '{"x":1}')).toEqual(stored);
    expect(store.idempotentResponse('k', 'POST /a', '{"x":2}')).toBe('reused');
    expect(store.idempotentResponse('k', 'POST /b', '{"x":1}')).toBe('reused');
  });

  it('completes a scheduled transition on the next read, or when due by the clock', () => {
    let now = REFERENCE_TIME;
    const store = new MockStore({ size: 30, now: () => new Date(now) });
    const [a, b] = store.clients.filter((r) => r.client.status === 'active');
    a!.client.status = 'suspending';
    store.scheduleTransition(a!, 'suspended', { delayMs: 1000, onRead: true });
    expect(store.client(a!.client.id)!.client.status).toBe('suspended');

    b!.client.status = 'deleting';
    store.scheduleTransition(b!, 'closed', { delayMs: 5000, onRead: false });
    expect(store.client(b!.client.id)!.client.status).toBe('deleting');
    now += 4999;
    store.settleAll(false);
    expect(b!.client.status).toBe('deleting');
    now += 1;
    store.settleAll(false);
    expect(b!.client.status).toBe('closed');
  });

  it('runs a virtual clock from the reference time by default', () => {
    const store = new MockStore({ size: 1 });
    expect(store.now().getTime()).toBeGreaterThanOrEqual(REFERENCE_TIME);
    expect(store.nowIso()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });
});
