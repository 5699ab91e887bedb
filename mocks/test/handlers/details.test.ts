import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/data/dataset.ts';
import { compare } from '../../src/decimal.ts';
import type { Invoice } from '../../src/types.ts';
import { api, useMockServer } from '../helpers.ts';

const { backend } = useMockServer({ size: 120, seed: 9 });
const { store } = backend;

const active = () =>
  store.clients.find((r) => r.client.status === 'active' && r.client.type === 'organization')!;

describe('lazy history', () => {
  it('comes from the seeded state, whatever is changed first', async () => {
    const record = store.clients.find(
      (r) => r.client.status === 'active' && !store.hasDetails(r.client.id),
    )!;
    const pristine = generateDataset({ seed: 9, size: 120 }).detailsFor(structuredClone(record));
    await api(`/clients/${record.client.id}`, {
      method: 'PATCH',
      body: { email: 'changed@first.example', first_name: 'Changed' },
      headers: { 'If-Match': '*' },
    });
    await api(`/clients/${record.client.id}/suspend`, {
      method: 'POST',
      body: { reason: 'staff' },
    });
    const users = (await api(`/clients/${record.client.id}/users?limit=200`)).body.items;
    expect(users).toEqual(pristine.users);
    const activity = (await api(`/clients/${record.client.id}/activity?sort=at&limit=200`)).body
      .items;
    expect(activity.slice(0, pristine.activity.length)).toEqual(pristine.activity);
    expect(
      activity.slice(pristine.activity.length).map((e: { action: string }) => e.action),
    ).toEqual(['client.updated', 'client.suspended']);
  });

  it('does not repeat a ticket opened through the API in the generated history', async () => {
    const record = store.clients.find(
      (r) => r.client.status === 'active' && !store.hasDetails(r.client.id),
    )!;
    const ticket = await api('/tickets', {
      method: 'POST',
      body: {
        client_id: record.client.id,
        department_id: 'dep_sales',
        priority: 'low',
        title: 'Quote please',
        message: 'Hi',
      },
    });
    const opened = (
      await api(`/clients/${record.client.id}/activity?category=support&limit=200`)
    ).body.items.filter(
      (e: { parameters: { ticket_id?: string } }) => e.parameters.ticket_id === ticket.body.id,
    );
    expect(opened).toHaveLength(1);
  });
});

describe('invoices and journal', () => {
  it('creates an invoice with exact line amounts, tax and total in the client currency', async () => {
    const record = store.clients.find(
      (r) =>
        r.client.currency === 'EUR' &&
        !r.client.tax_exempt &&
        r.client.country === 'DE' &&
        r.client.status === 'active',
    )!;
    const created = await api(`/clients/${record.client.id}/invoices`, {
      method: 'POST',
      body: {
        due_at: '2027-01-31',
        lines: [
          { description: 'Support hours', quantity: '3', unit_price: '19.99' },
          { description: 'Storage', quantity: '0.5', unit_price: '0.333' },
          { description: 'Discount', quantity: '1', unit_price: '-0.10' },
        ],
      },
    });
    expect(created.status).toBe(201);
    const invoice: Invoice = created.body;
    expect(invoice.lines.map((l) => l.amount.amount)).toEqual(['59.97', '0.17', '-0.10']);
    // 60.04 at 19% VAT = 11.4076, rounded to 11.41.
    expect(invoice).toMatchObject({
      status: 'unpaid',
      due_at: '2027-01-31',
      subtotal: { amount: '60.04', currency: 'EUR' },
      tax: { amount: '11.41', currency: 'EUR' },
      total: { amount: '71.45', currency: 'EUR' },
      credit_note_of: null,
    });
    const listed = await api(`/clients/${record.client.id}/invoices?status=unpaid&sort=-issued_at`);
    expect(listed.body.items.map((i: Invoice) => i.id)).toContain(invoice.id);
  });

  it('uses the currency minor unit (no decimals for JPY) and no tax for tax-exempt clients', async () => {
    const yen = await api('/clients', {
      method: 'POST',
      body: {
        first_name: 'Yuki',
        last_name: 'Sato',
        email: 'yuki@tokyo.example',
        country: 'JP',
        currency: 'JPY',
      },
    });
    const invoice = await api(`/clients/${yen.body.id}/invoices`, {
      method: 'POST',
      body: {
        due_at: '2027-01-31',
        lines: [{ description: 'Hours', quantity: '1.5', unit_price: '1001' }],
      },
    });
    // 1501.5 rounds half away from zero to 1502; 10% consumption tax on 1502 is 150.2 -> 150.
    expect(invoice.body.lines[0].amount).toEqual({ amount: '1502', currency: 'JPY' });
    expect(invoice.body.tax).toEqual({ amount: '150', currency: 'JPY' });
    expect(invoice.body.total).toEqual({ amount: '1652', currency: 'JPY' });
    const exempt = store.clients.find((r) => r.client.tax_exempt && r.client.status === 'active')!;
    const untaxed = await api(`/clients/${exempt.client.id}/invoices`, {
      method: 'POST',
      body: {
        due_at: '2027-01-31',
        lines: [{ description: 'Hours', quantity: '2', unit_price: '10.00' }],
      },
    });
    expect(untaxed.body.tax.amount).toMatch(/^0(\.0+)?$/);
    expect(compare(untaxed.body.total.amount, untaxed.body.subtotal.amount)).toBe(0);
  });

  it('validates invoice lines field by field', async () => {
    const result = await api(`/clients/${active().client.id}/invoices`, {
      method: 'POST',
      body: {
        due_at: '2020-01-01',
        lines: [{ description: '', quantity: '-1', unit_price: 12.5 }, 'x'],
      },
    });
    expect(result.status).toBe(422);
    expect(result.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'due_at',
      'lines.0.description',
      'lines.0.quantity',
      'lines.0.unit_price',
      'lines.1',
    ]);
  });

  it('filters and sorts invoices', async () => {
    const record = store.clients.find((r) => store.detailsOf(r).invoices.length > 5)!;
    const byTotal = (await api(`/clients/${record.client.id}/invoices?sort=total&limit=200`)).body
      .items as Invoice[];
    for (let i = 1; i < byTotal.length; i++)
      expect(compare(byTotal[i - 1]!.total.amount, byTotal[i]!.total.amount)).toBeLessThanOrEqual(
        0,
      );
    const byDue = (await api(`/clients/${record.client.id}/invoices?sort=-due_at&limit=200`)).body
      .items as Invoice[];
    expect(byDue.map((i) => i.due_at)).toEqual(
      byDue
        .map((i) => i.due_at)
        .sort()
        .reverse(),
    );
    const paid = (await api(`/clients/${record.client.id}/invoices?status=paid&limit=200`)).body
      .items as Invoice[];
    expect(paid.length).toBeGreaterThan(0);
    expect(paid.every((i) => i.status === 'paid')).toBe(true);
  });

  it('lists the journal newest first, ending at the current credit', async () => {
    const record = store.clients.find((r) => store.detailsOf(r).journal.length > 3)!;
    const journal = (await api(`/clients/${record.client.id}/journal?limit=200`)).body.items;
    expect(journal[0].credit_after.amount).toBe(record.client.credit.amount);
    const times = journal.map((e: { created_at: string }) => e.created_at);
    expect(times).toEqual([...times].sort().reverse());
  });
});

describe('services', () => {
  const serviceOf = (productId: string) => {
    const record = store.clients.find(
      (r) =>
        r.client.status === 'active' &&
        r.services.some((s) => s.productId === productId && s.status === 'active'),
    )!;
    return {
      record,
      service: record.services.find((s) => s.productId === productId && s.status === 'active')!,
    };
  };

  it('lists services with the cloud project ids', async () => {
    const { record } = serviceOf('prd_cloud_payg');
    const services = (await api(`/clients/${record.client.id}/services`)).body.items;
    const cloud = services.find(
      (s: { product: { id: string } }) => s.product.id === 'prd_cloud_payg',
    );
    expect(cloud.project_id).toMatch(/^[0-9a-f]{32}$/);
    expect(cloud.project_domain_id).toBe('default');
    expect(cloud.type).toEqual({ id: 'st_cloud', name: 'Cloud (OpenStack)' });
  });

  it('changes the plan within the product only', async () => {
    const { record, service } = serviceOf('prd_hosting_pro');
    const path = `/clients/${record.client.id}/services/${service.id}/change-plan`;
    const changed = await api(path, { method: 'POST', body: { plan_id: 'pln_hosting_pro_q' } });
    expect(changed.body).toMatchObject({
      plan: { id: 'pln_hosting_pro_q', name: 'Quarterly' },
      cycle: { unit: 'month', multiplier: 3 },
    });
    const wrong = await api(path, { method: 'POST', body: { plan_id: 'pln_email_pro_m' } });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0].field).toBe('plan_id');
    const same = await api(path, { method: 'POST', body: { plan_id: 'pln_hosting_pro_q' } });
    expect(same.status).toBe(422);
    expect(same.body.errors[0]).toMatchObject({ field: 'plan_id', code: 'unchanged' });
  });

  it('terminates once (409 after), keeping the client row in step', async () => {
    const { record, service } = serviceOf('prd_backup_100');
    const before = record.client.services_count;
    const path = `/clients/${record.client.id}/services/${service.id}/terminate`;
    const terminated = await api(path, { method: 'POST', body: { reason: 'Client asked' } });
    expect(terminated.body.status).toBe('terminated');
    expect(terminated.body.next_due_at).toBeNull();
    expect((await api(path, { method: 'POST' })).status).toBe(409);
    expect((await api(`/clients/${record.client.id}`)).body.services_count).toBe(before - 1);
  });

  it('an active client whose last active service ends becomes inactive', async () => {
    const record = store.clients.find(
      (r) =>
        r.client.status === 'active' &&
        r.services.filter((s) => s.status === 'active').length === 1,
    )!;
    const service = record.services.find((s) => s.status === 'active')!;
    await api(`/clients/${record.client.id}/services/${service.id}/terminate`, { method: 'POST' });
    expect((await api(`/clients/${record.client.id}`)).body.status).toBe('inactive');
  });
});

describe('client users', () => {
  it('associates a directory user, changes the role, dissociates, and keeps the last owner', async () => {
    const record = active();
    const base = `/clients/${record.client.id}/users`;
    const users = (await api(base)).body.items;
    const owners = users.filter((u: { role: { id: string } }) => u.role.id === 'role_owner');
    const user = store.directory[2]!;
    const associated = await api(base, {
      method: 'POST',
      body: { user_id: user.id, role_id: 'role_owner' },
    });
    expect(associated.status).toBe(201);
    expect(associated.body).toMatchObject({
      id: user.id,
      name: user.name,
      role: { id: 'role_owner', name: 'Owner' },
    });
    expect(
      (await api(base, { method: 'POST', body: { user_id: user.id, role_id: 'role_member' } }))
        .status,
    ).toBe(409);
    expect(
      (await api(base, { method: 'POST', body: { user_id: 'usr_nobody', role_id: 'role_member' } }))
        .status,
    ).toBe(422);
    // With two owners, one may step down; then the other is the last and may not.
    for (const owner of owners) {
      expect(
        (await api(`${base}/${owner.id}`, { method: 'PATCH', body: { role_id: 'role_billing' } }))
          .status,
      ).toBe(200);
    }
    const last = await api(`${base}/${user.id}`, { method: 'DELETE' });
    expect(last.status).toBe(409);
    expect(last.body.type).toBe('https://clientele.dev/problems/conflict');
    expect(
      (await api(`${base}/${user.id}`, { method: 'PATCH', body: { role_id: 'role_member' } }))
        .status,
    ).toBe(409);
    const removable = owners[0];
    expect((await api(`${base}/${removable.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api(base)).body.items.map((u: { id: string }) => u.id)).not.toContain(
      removable.id,
    );
  });

  it('associates a user of another client', async () => {
    const [a, b] = store.clients.filter((r) => r.client.status === 'active');
    const someone = (await api(`/clients/${a!.client.id}/users`)).body.items[0];
    const result = await api(`/clients/${b!.client.id}/users`, {
      method: 'POST',
      body: { user_id: someone.id, role_id: 'role_readonly' },
    });
    expect(result.status).toBe(201);
    expect(result.body.email).toBe(someone.email);
  });
});

describe('configuration, resources, domains, activity', () => {
  it('reads and changes the configuration with If-Match', async () => {
    const record = active();
    const path = `/clients/${record.client.id}/configuration`;
    const read = await api(path);
    expect(read.body.configuration.id).toBe(record.client.configuration.id);
    const etag = read.headers.get('etag')!;
    expect(
      (await api(path, { method: 'PUT', body: { configuration_id: 'cfg_enterprise' } })).status,
    ).toBe(428);
    const changed = await api(path, {
      method: 'PUT',
      body: { configuration_id: 'cfg_enterprise' },
      headers: { 'If-Match': etag },
    });
    expect(changed.body.configuration).toMatchObject({
      id: 'cfg_enterprise',
      credit_limit: { amount: '10000.00', currency: 'EUR' },
    });
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect((await api(`/clients/${record.client.id}`)).body.configuration.id).toBe(
      'cfg_enterprise',
    );
    expect(
      (
        await api(path, {
          method: 'PUT',
          body: { configuration_id: 'cfg_default' },
          headers: { 'If-Match': etag },
        })
      ).status,
    ).toBe(412);
  });

  it('lists resources by kind', async () => {
    const record = store.clients.find((r) => r.instances.length >= 3)!;
    const kinds = {
      instances: 'instance',
      volumes: 'volume',
      networks: 'network',
      routers: 'router',
      'ssh-keys': 'ssh_key',
      images: 'image',
      ports: 'port',
    };
    for (const [path, kind] of Object.entries(kinds)) {
      const page = await api(`/clients/${record.client.id}/resources/${path}?limit=200`);
      expect(page.status).toBe(200);
      expect(
        page.body.items.every((r: { kind: string }) => r.kind === kind),
        path,
      ).toBe(true);
    }
    const instances = (await api(`/clients/${record.client.id}/resources/instances`)).body;
    expect(instances.total).toBe(record.instances.length);
    expect(instances.items[0].attributes.flavor).toMatch(/^[a-z0-9]+\.[a-z0-9]+$/);
    expect((await api(`/clients/${record.client.id}/resources/buckets`)).status).toBe(404);
  });

  it('registers a domain (pending), 409 when the name is taken', async () => {
    const record = active();
    const path = `/clients/${record.client.id}/domains`;
    const created = await api(path, {
      method: 'POST',
      body: { name: 'fresh-name.example', years: 2 },
    });
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('pending');
    expect(Date.parse(created.body.expires_at) - Date.parse(created.body.created_at)).toBe(
      2 * 365 * 86_400_000,
    );
    expect((await api(path, { method: 'POST', body: { name: 'fresh-name.example' } })).status).toBe(
      409,
    );
    expect((await api(path, { method: 'POST', body: { name: 'example.com' } })).status).toBe(409);
    const other = store.clients.find((r) => store.detailsOf(r).domains.length > 0)!;
    const takenName = store.detailsOf(other).domains[0]!.name;
    expect((await api(path, { method: 'POST', body: { name: takenName } })).status).toBe(409);
    expect((await api(path, { method: 'POST', body: { name: 'UPPER.example' } })).status).toBe(422);
  });

  it('lists activity newest first by default, oldest first on request, by category', async () => {
    const record = store.clients.find((r) => store.detailsOf(r).activity.length > 5)!;
    const path = `/clients/${record.client.id}/activity?limit=200`;
    const newest = (await api(path)).body.items.map((e: { at: string }) => e.at);
    expect(newest).toEqual([...newest].sort().reverse());
    const oldest = (await api(`${path}&sort=at`)).body.items.map((e: { at: string }) => e.at);
    expect(oldest).toEqual([...oldest].sort());
    const security = (await api(`${path}&category=security`)).body.items;
    expect(security.length).toBeGreaterThan(0);
    expect(security.every((e: { category: string }) => e.category === 'security')).toBe(true);
  });
});
