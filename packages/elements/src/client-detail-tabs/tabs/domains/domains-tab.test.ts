import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../define/clientele-provider.ts';
import './domains-tab.define.ts';
import type { ResourceOpenDetail } from '../../../client/resource-open.ts';
import { CLOUD_CLIENT, cloudBackend } from '../../../testing/cloud-backend.ts';
import { useCloudTabFixture } from '../../../testing/cloud-tabs-fixture.ts';
import { deferred, problem } from '../../../testing/fake-api.ts';

const { container, mount, row, tab } = useCloudTabFixture('client-domains-tab');

describe('<client-domains-tab>', () => {
  it('lists the domains: name, status in words, id, created and expiry dates', async () => {
    mount(cloudBackend());
    await expect.element(page.getByRole('table', { name: 'Domains' })).toBeVisible();
    for (const name of ['Domain', 'Status', 'ID', 'Created', 'Expires']) {
      await expect.element(page.getByRole('columnheader', { name, exact: true })).toBeVisible();
    }
    await expect
      .element(row('nimbuslabs.example'))
      .toMatchTextContent(/Active.*dom_3a81f2c0.*Nov 4, 2025.*Nov 4, 2026/);
    await expect.element(row('nimbus-shop.example')).toMatchTextContent(/Expired/);
    await expect.element(page.getByText('2 domains')).toBeVisible();
    expect(tab().domains).toHaveLength(2);
  });

  it('opens a domain by click or Enter', async () => {
    mount(cloudBackend());
    const opened: ResourceOpenDetail[] = [];
    container().addEventListener('resource-open', (event) => opened.push(event.detail));
    await page.getByRole('button', { name: 'nimbuslabs.example' }).click();
    page.getByRole('button', { name: 'nimbus-shop.example' }).element().focus();
    await userEvent.keyboard('{Enter}');
    expect(opened).toEqual([
      { kind: 'domain', id: 'dom_3a81f2c0', label: 'nimbuslabs.example', clientId: CLOUD_CLIENT },
      { kind: 'domain', id: 'dom_77b0e1d4', label: 'nimbus-shop.example', clientId: CLOUD_CLIENT },
    ]);
  });

  it('lets an auditor see the domains and not register, saying why', async () => {
    mount(cloudBackend(), { token: 'auditor-token' });
    const register = page.getByRole('button', { name: 'Register domain' });
    await expect.element(register).toHaveAttribute('aria-disabled', 'true');
    await expect
      .element(register)
      .toHaveAccessibleDescription('Your account may see domains but not register them.');
    await register.click({ force: true });
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows loading, then an error with Retry that loads again', async () => {
    const server = cloudBackend();
    const gate = deferred<void>();
    server.hold(gate);
    server.fail('GET', /\/domains$/, problem(500, { title: 'Server down', detail: 'Try later.' }));
    mount(server);
    await expect.element(page.getByText('Loading…')).toBeInTheDocument();
    server.hold(undefined);
    gate.resolve();
    await expect.element(page.getByRole('alert')).toMatchTextContent(/Server down/);
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.element(page.getByRole('table', { name: 'Domains' })).toBeVisible();
  });

  it('shows empty (with Register), forbidden and not found', async () => {
    mount(cloudBackend({ domains: [] }));
    await expect.element(page.getByText('No domains')).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Register domain' })).toBeVisible();
    const forbidden = cloudBackend();
    forbidden.fail('GET', /\/domains$/, problem(403, { title: 'Forbidden' }));
    mount(forbidden);
    await expect.element(page.getByText('Access denied')).toBeVisible();
    mount(cloudBackend(), { clientId: 'cl_missing' });
    await expect.element(page.getByText('Not found', { exact: true })).toBeVisible();
  });

  it('stacks its rows in a narrow place', async () => {
    mount(cloudBackend());
    container().style.inlineSize = '360px';
    const table = page.getByRole('table', { name: 'Domains' });
    await expect.element(table).toBeVisible();
    const element = table.element() as HTMLElement;
    expect(element.scrollWidth).toBeLessThanOrEqual(element.parentElement!.clientWidth);
  });

  it('speaks German', async () => {
    mount(cloudBackend(), { lang: 'de' });
    await expect.element(page.getByRole('button', { name: 'Domain registrieren' })).toBeVisible();
    await expect.element(row('nimbus-shop.example')).toMatchTextContent(/Abgelaufen/);
  });
});
