import { describe, expect, it } from 'vitest';
import { sampleQuotas } from '../testing/quota-backend.ts';
import { checkLimit, limitsOf, QuotaDrafts } from './quota-model.ts';

const drafts = () =>
  new QuotaDrafts({ client_id: 'c', items: sampleQuotas(), updated_at: '2026-01-01T00:00:00Z' });

describe('checkLimit', () => {
  it('takes whole numbers from 0 to the contract maximum, as text', () => {
    expect(checkLimit('0')).toEqual({ ok: true, value: 0 });
    expect(checkLimit(' 042 ')).toEqual({ ok: true, value: 42 });
    expect(checkLimit('+7')).toEqual({ ok: true, value: 7 });
    expect(checkLimit('2147483647')).toEqual({ ok: true, value: 2147483647 });
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['abc', 'notNumber'],
    ['12a', 'notNumber'],
    ['1e3', 'notNumber'],
    ['-1', 'negative'],
    ['- 5', 'negative'],
    ['2.5', 'decimal'],
    ['0,5', 'decimal'],
    ['3.', 'decimal'],
    ['1,000', 'grouping'],
    ['1.000.000', 'grouping'],
    ['2147483648', 'tooLarge'],
    ['9007199254740993', 'tooLarge'],
    ['000000000002147483648', 'tooLarge'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(checkLimit(text)).toEqual({ ok: false, problem });
  });
});

describe('QuotaDrafts', () => {
  it('counts a change only when the limit differs; typing the old value back undoes it', () => {
    const d = drafts();
    d.setText('vcpus', '48');
    expect(d.changes).toEqual([
      { resource: 'vcpus', from: 32, to: 48, usage: 16, belowUsage: false },
    ]);
    d.setText('vcpus', '32');
    expect(d.edited).toEqual([]);
    d.setText('vcpus', '032');
    expect(d.edited).toEqual(['vcpus']);
    expect(d.changes).toEqual([]);
  });

  it('flags a limit below in use + reserved', () => {
    const d = drafts();
    d.setText('instances', '7');
    expect(d.changes[0]).toMatchObject({ to: 7, usage: 8, belowUsage: true });
  });

  it('switches unlimited on and off, starting from the limit or the default', () => {
    const d = drafts();
    d.setUnlimited('vcpus', true);
    expect(d.changes[0]).toMatchObject({ from: 32, to: null });
    d.setUnlimited('vcpus', false);
    expect(d.edited).toEqual([]);
    d.setUnlimited('floating_ips', false);
    expect(d.draft('floating_ips')).toEqual({ text: '5', unlimited: false });
  });

  it('steps by a GiB for RAM and by one otherwise, never below 0 nor from a bad value', () => {
    const d = drafts();
    d.step('ram_mib', 1);
    expect(d.limit('ram_mib')).toEqual({ ok: true, value: 65536 + 1024 });
    d.setText('ports', '0');
    d.step('ports', -1);
    expect(d.limit('ports')).toEqual({ ok: true, value: 0 });
    d.setText('ports', 'x');
    d.step('ports', 1);
    expect(d.draft('ports')?.text).toBe('x');
    expect(d.problems.get('ports')).toBe('notNumber');
  });

  it('keeps drafts on a new version, or drops them', () => {
    const d = drafts();
    d.setText('vcpus', '48');
    d.setText('ports', '60');
    const items = sampleQuotas().map((q) => (q.resource === 'ports' ? { ...q, limit: 60 } : q));
    d.rebase({ client_id: 'c', items, updated_at: '2026-01-02T00:00:00Z' }, true);
    // The colleague set ports to 60 as well: no change left there.
    expect(d.edited).toEqual(['vcpus']);
    d.rebase({ client_id: 'c', items, updated_at: '2026-01-02T00:00:00Z' }, false);
    expect(d.edited).toEqual([]);
  });

  it('builds the request body from the changes', () => {
    const d = drafts();
    d.setText('vcpus', '48');
    d.setUnlimited('ports', true);
    expect(limitsOf(d.changes)).toEqual({ vcpus: 48, ports: null });
  });
});
