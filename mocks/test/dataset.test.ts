import { describe, expect, it } from 'vitest';
import { CLIENT_STATUSES } from '../src/data/clients.ts';
import { generateDataset } from '../src/data/dataset.ts';
import { REFERENCE_TIME } from '../src/data/model.ts';
import { currencyScale } from '../src/data/reference.ts';
import { add, compare, multiply, round, sum } from '../src/decimal.ts';
import { MockStore } from '../src/store.ts';

describe('generateDataset', () => {
  it('is deterministic: same seed, same data (clients, tickets and lazily generated details)', () => {
    const a = generateDataset({ seed: 42, size: 150 });
    const b = generateDataset({ seed: 42, size: 150 });
    expect(JSON.stringify(a.clients.map((r) => r.client))).toBe(
      JSON.stringify(b.clients.map((r) => r.client)),
    );
    expect(JSON.stringify(a.tickets)).toBe(JSON.stringify(b.tickets));
    // Details do not depend on the order clients are opened in.
    const late = a.clients[120]!;
    const first = a.detailsFor(late);
    for (const record of b.clients.slice(0, 30)) b.detailsFor(record);
    expect(JSON.stringify(b.detailsFor(b.clients[120]!))).toBe(JSON.stringify(first));
  });

  it('differs between seeds', () => {
    const a = generateDataset({ seed: 1, size: 20 });
    const b = generateDataset({ seed: 2, size: 20 });
    expect(a.clients[0]!.client.id).not.toBe(b.clients[0]!.client.id);
  });

  it('has every client status, a few pending approval, and realistic fields', () => {
    const { clients, catalog } = generateDataset();
    expect(clients).toHaveLength(300);
    const counts = new Map<string, number>();
    for (const { client } of clients)
      counts.set(client.status, (counts.get(client.status) ?? 0) + 1);
    for (const status of CLIENT_STATUSES) expect(counts.get(status), status).toBeGreaterThan(0);
    expect(counts.get('pending_approval')).toBeGreaterThanOrEqual(3);
    expect(counts.get('active')).toBeGreaterThan(150);

    const ids = new Set(clients.map((r) => r.client.id));
    expect(ids.size).toBe(clients.length);
    for (const { client, services, instances } of clients) {
      expect(client.id).toMatch(/^cl_[0-9a-f]{16}$/);
      expect(client.email).toMatch(/^[a-z0-9.]+@[a-z0-9.-]+\.[a-z]+$/);
      expect(client.country).toMatch(/^[A-Z]{2}$/);
      expect(client.currency).toMatch(/^[A-Z]{3}$/);
      expect(client.credit.amount.split('.')[1]?.length ?? 0).toBe(currencyScale(client.currency));
      expect(Date.parse(client.created_at)).toBeLessThanOrEqual(REFERENCE_TIME);
      expect(catalog.configurations.some((c) => c.id === client.configuration.id)).toBe(true);
      expect(client.services_count).toBe(
        services.filter((s) => s.status !== 'terminated' && s.status !== 'cancelled').length,
      );
      expect(client.instances_count).toBe(instances.length);
      if (client.status === 'active')
        expect(services.some((s) => s.status === 'active')).toBe(true);
      if (client.status === 'inactive')
        expect(services.some((s) => s.status === 'active')).toBe(false);
      if (client.status === 'pending_approval') expect(services).toHaveLength(0);
      if (client.type === 'individual') expect(client.company).toBeNull();
    }
    expect(new Set(clients.map((r) => r.client.country)).size).toBeGreaterThan(8);
    expect(new Set(clients.map((r) => r.client.currency)).size).toBeGreaterThan(5);
  });

  it('generates 100,000 clients with lazy details', () => {
    const store = new MockStore({ size: 100_000 });
    expect(store.clients).toHaveLength(100_000);
    expect(store.tickets.length).toBeGreaterThan(30_000);
    const last = store.clients[99_999]!;
    expect(store.hasDetails(last.client.id)).toBe(false);
    expect(store.detailsOf(last).quotas.client_id).toBe(last.client.id);
    expect(store.hasDetails(last.client.id)).toBe(true);
    expect(store.hasDetails(store.clients[0]!.client.id)).toBe(false);
  });

  it('keeps ledgers consistent: journal credit_after, units balance_after, invoice totals', () => {
    const dataset = generateDataset({ seed: 3, size: 80 });
    for (const record of dataset.clients) {
      const details = dataset.detailsFor(record);
      const { client } = record;
      // Journal: the running credit ends at the client's credit.
      if (details.journal.length > 0) {
        expect(details.journal.at(-1)!.credit_after.amount).toBe(client.credit.amount);
        for (const entry of details.journal)
          expect(entry.credit_after.currency).toBe(client.currency);
      }
      // Units: every balance_after is the previous one plus the amount; the balance is the last.
      let balance = '0';
      for (const entry of details.units.entries) {
        balance = add(balance, entry.amount);
        expect(compare(entry.balance_after, balance)).toBe(0);
        expect(
          compare(entry.balance_after, `-${details.units.balance.credit_limit}`),
        ).toBeGreaterThanOrEqual(0);
        if (entry.reverses_entry_id) {
          const reversed = details.units.entries.find((e) => e.id === entry.reverses_entry_id)!;
          expect(reversed.reversed_by_entry_id).toBe(entry.id);
          expect(compare(add(reversed.amount, entry.amount), '0')).toBe(0);
        }
      }
      expect(compare(details.units.balance.balance, balance)).toBe(0);
      // Invoices: line amounts, subtotal and total add up exactly.
      for (const invoice of details.invoices) {
        const scale = currencyScale(invoice.total.currency);
        for (const line of invoice.lines) {
          expect(line.amount.amount).toBe(
            round(multiply(line.quantity, line.unit_price.amount), scale),
          );
        }
        expect(invoice.subtotal.amount).toBe(
          round(sum(invoice.lines.map((l) => l.amount.amount)), scale),
        );
        expect(invoice.total.amount).toBe(add(invoice.subtotal.amount, invoice.tax.amount));
        if (invoice.credit_note_of)
          expect(details.invoices.some((i) => i.id === invoice.credit_note_of)).toBe(true);
      }
      // Quotas: in use matches the resources.
      const used = (resource: string) =>
        details.quotas.items.find((q) => q.resource === resource)!.in_use;
      expect(used('instances')).toBe(details.resources.instance.length);
      expect(used('volumes')).toBe(details.resources.volume.length);
      expect(used('users')).toBe(details.users.length);
      expect(details.users.filter((u) => u.role.id === 'role_owner').length).toBeGreaterThanOrEqual(
        1,
      );
      // Cloud resources: every kind present in the map, instances match the client's count.
      expect(details.resources.instance).toHaveLength(client.instances_count);
    }
    const kinds = new Set(
      dataset.clients.flatMap((r) =>
        Object.entries(dataset.detailsFor(r).resources)
          .filter(([, list]) => list.length > 0)
          .map(([kind]) => kind),
      ),
    );
    expect([...kinds].sort()).toEqual([
      'image',
      'instance',
      'network',
      'port',
      'router',
      'ssh_key',
      'volume',
    ]);
  });
});
