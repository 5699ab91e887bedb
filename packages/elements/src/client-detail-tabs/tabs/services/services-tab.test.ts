import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../../define/clientele-provider.ts';
import './services-tab.define.ts';
import type { ResourceOpenDetail } from '../../../client/resource-open.ts';
import { SERVICES_CLIENT, servicesBackend } from '../../../testing/client-services.ts';
import { deferred, problem } from '../../../testing/fake-api.ts';
import { useServicesTabFixture } from '../../../testing/services-tab-fixture.ts';

const { container, mount, row, tab } = useServicesTabFixture('client-services-tab');

describe('<client-services-tab>', () => {
  it('lists the services: type, product, plan and cycle in words, exact price, status, due, task', async () => {
    mount(servicesBackend());
    await expect.element(page.getByRole('table', { name: 'Services' })).toBeVisible();
    for (const name of ['Service', 'Plan', 'Price', 'Status', 'Next due', 'Pending task']) {
      await expect.element(page.getByRole('columnheader', { name, exact: true })).toBeVisible();
    }
    const hosting = row('Pro monthly');
    await expect.element(hosting).toMatchTextContent(/Hosting Pro\s*Web hosting/);
    await expect.element(hosting).toMatchTextContent(/Pro monthly\s*Monthly/);
    await expect.element(hosting).toMatchTextContent(/€9\.90\s*per month/);
    await expect.element(hosting).toMatchTextContent(/Active/);
    await expect.element(hosting).toMatchTextContent(/Apr 1, 2026/);
    const domain = row('Domain .example');
    await expect.element(domain).toMatchTextContent(/Yearly/);
    await expect.element(domain).toMatchTextContent(/Pending/);
    await expect.element(domain).toMatchTextContent(/Not due/);
    await expect.element(domain).toMatchTextContent(/Provisioning/);
    await expect.element(row('Pro yearly')).toMatchTextContent(/Terminated/);
    await expect.element(page.getByText('4 services')).toBeVisible();
  });

  it("shows the cloud service's project ids and region in a disclosure, as text", async () => {
    mount(servicesBackend());
    const summary = page.getByText('Cloud project');
    await expect.element(summary).toBeVisible();
    const id = page.getByText('6b1f3c2a9e8d4f7a8c0b1d2e3f4a5b6c');
    await expect.element(id).not.toBeVisible();
    await summary.click();
    await expect.element(id).toBeVisible();
    await expect
      .element(row('Cloud pay-as-you-go'))
      .toMatchTextContent(/Project domain ID\s*default/);
    await expect
      .element(row('Cloud pay-as-you-go'))
      .toMatchTextContent(/Region\s*Frankfurt 1 reg_fra1/);
    // Selectable as one piece of text, not a link or a control.
    expect(getComputedStyle(id.element()).userSelect).toBe('all');
    await expect.element(row('Hosting Pro').first()).not.toMatchTextContent(/Cloud project/);
  });

  it('fires resource-open with the service when its name is activated', async () => {
    mount(servicesBackend());
    const opened: ResourceOpenDetail[] = [];
    container().addEventListener('resource-open', (event) => {
      expect(event.cancelable).toBe(true);
      opened.push(event.detail);
      event.preventDefault();
    });
    await page.getByRole('button', { name: 'Open service Cloud pay-as-you-go' }).click();
    expect(opened).toEqual([
      {
        kind: 'service',
        id: 'svc_cloud01',
        label: 'Cloud pay-as-you-go',
        clientId: SERVICES_CLIENT,
      },
    ]);
  });

  it('lets an auditor see the services and change none, saying why', async () => {
    mount(servicesBackend(), { token: 'auditor-token' });
    const change = page.getByRole('button', { name: 'Change plan of Hosting Pro' }).first();
    await expect.element(change).toHaveAttribute('aria-disabled', 'true');
    await expect
      .element(change)
      .toHaveAccessibleDescription(
        "Your account may see this client's services but not change them.",
      );
    const terminate = page.getByRole('button', { name: 'Terminate Cloud pay-as-you-go' });
    await expect.element(terminate).toHaveAttribute('aria-disabled', 'true');
    await terminate.click({ force: true });
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
  });

  it('says a terminated service cannot be changed', async () => {
    mount(servicesBackend());
    const buttons = row('Pro yearly').getByRole('button', { name: /Terminate Hosting Pro/ });
    await expect.element(buttons).toHaveAttribute('aria-disabled', 'true');
    await expect
      .element(buttons)
      .toHaveAccessibleDescription('A terminated or cancelled service cannot be changed.');
  });

  it('shows loading, then an error with Retry that loads again', async () => {
    const server = servicesBackend();
    const gate = deferred<void>();
    server.hold(gate);
    server.fail('GET', /\/services$/, problem(500, { title: 'Server down', detail: 'Try later.' }));
    mount(server);
    await expect.element(page.getByText('Loading…')).toBeInTheDocument();
    server.hold(undefined);
    gate.resolve();
    await expect.element(page.getByRole('alert')).toMatchTextContent(/Server down/);
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.element(page.getByRole('table', { name: 'Services' })).toBeVisible();
  });

  it('shows empty, forbidden and not found', async () => {
    mount(servicesBackend([]));
    await expect.element(page.getByText('No services')).toBeVisible();
    const forbidden = servicesBackend();
    forbidden.fail('GET', /\/services$/, problem(403, { title: 'Forbidden' }));
    mount(forbidden);
    await expect.element(page.getByText('Access denied')).toBeVisible();
    mount(servicesBackend(), { clientId: 'cl_missing' });
    await expect.element(page.getByText('Not found', { exact: true })).toBeVisible();
  });

  it('speaks German', async () => {
    mount(servicesBackend(), { lang: 'de' });
    await expect.element(page.getByRole('table', { name: 'Dienste' })).toBeVisible();
    await expect.element(row('Domain .example')).toMatchTextContent(/Jährlich/);
    await expect.element(row('Domain .example')).toMatchTextContent(/Ausstehend/);
    await expect
      .element(page.getByRole('button', { name: 'Cloud pay-as-you-go beenden' }))
      .toBeVisible();
    expect(tab().services).toHaveLength(4);
  });
});
