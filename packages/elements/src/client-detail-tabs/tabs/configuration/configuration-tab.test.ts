import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../../define/clientele-provider.ts';
import './configuration-tab.define.ts';
import { servicesBackend } from '../../../testing/client-services.ts';
import { deferred, problem } from '../../../testing/fake-api.ts';
import { useServicesTabFixture } from '../../../testing/services-tab-fixture.ts';
import type { ClientConfigurationChangeDetail } from './configuration-tab.ts';

const { container, dialog, mount, row, tab } = useServicesTabFixture('client-configuration-tab');

const changeButton = () => page.getByRole('button', { name: 'Change configuration' });
const choice = () => dialog().getByRole('combobox', { name: 'Configuration' });

describe('<client-configuration-tab>', () => {
  it("shows the client's settings beside the default's, overrides said in words", async () => {
    mount(servicesBackend());
    const table = page.getByRole('table', { name: 'Billing configuration' });
    await expect.element(table).toBeVisible();
    await expect
      .element(page.getByRole('columnheader', { name: 'This client: Enterprise' }))
      .toBeVisible();
    await expect
      .element(page.getByRole('columnheader', { name: 'Default: Default' }))
      .toBeVisible();
    await expect
      .element(row('Credit limit'))
      .toMatchTextContent(/€5,000\.00\s*Override\s*Default: Default\s*€0\.00/);
    // 10.0 and 10.00 are the same amount: not an override.
    await expect
      .element(row('Required credit for new services'))
      .toMatchTextContent(/€10\.00\s*Default: Default\s*€10\.00/);
    await expect
      .element(row('Required credit for new services'))
      .not.toMatchTextContent(/Override/);
    await expect
      .element(row('Automatic invoicing'))
      .toMatchTextContent(/On\s*Default: Default\s*On/);
    await expect
      .element(row('Invoices due after'))
      .toMatchTextContent(/30 days\s*Override\s*Default: Default\s*14 days/);
    await expect
      .element(row('Suspend when overdue for'))
      .toMatchTextContent(/21 days\s*Override\s*Default: Default\s*7 days/);
    await expect
      .element(page.getByText(/This client uses Enterprise: 3 settings differ from the default/))
      .toBeVisible();
  });

  it('says when the client uses the default configuration', async () => {
    mount(servicesBackend(undefined, { configurationId: 'cfg_default' }));
    await expect
      .element(page.getByText('This client uses the default configuration, Default.'))
      .toBeVisible();
    await expect.element(page.getByText('Override')).not.toBeInTheDocument();
  });

  it('changes the configuration: a preview per setting, then a save with If-Match', async () => {
    const server = servicesBackend();
    mount(server);
    const changes: ClientConfigurationChangeDetail[] = [];
    container().addEventListener('client-configuration-change', (e) => changes.push(e.detail));
    await changeButton().click();
    await expect.element(choice()).toHaveValue('cfg_enterprise');
    await dialog().getByRole('button', { name: 'Save' }).click();
    await expect
      .element(choice())
      .toHaveAccessibleDescription('Choose a configuration other than the current one.');
    await choice().selectOptions('cfg_prepaid');
    const preview = dialog().getByRole('table');
    await expect
      .element(preview.getByRole('columnheader', { name: 'Now: Enterprise' }))
      .toBeVisible();
    await expect
      .element(preview.getByRole('columnheader', { name: 'After saving: Prepaid' }))
      .toBeVisible();
    await expect
      .element(preview.getByRole('row').filter({ hasText: 'Automatic invoicing' }))
      .toMatchTextContent(/On\s*Off\s*Changes/);
    await dialog().getByRole('button', { name: 'Save' }).click();
    await expect.element(dialog()).not.toBeInTheDocument();
    await expect
      .element(page.getByRole('columnheader', { name: 'This client: Prepaid' }))
      .toBeVisible();
    const put = server.received.find((r) => r.method === 'PUT');
    expect(put?.ifMatch).toBe('"cfg-1"');
    expect(put?.body).toEqual({ configuration_id: 'cfg_prepaid' });
    expect(changes.map((c) => c.configuration.id)).toEqual(['cfg_prepaid']);
    expect(tab().configuration?.id).toBe('cfg_prepaid');
  });

  it("shows the server's configuration beside the choice after a 412, and reapplies it", async () => {
    const server = servicesBackend();
    mount(server);
    await changeButton().click();
    await choice().selectOptions('cfg_prepaid');
    server.changeBehindTheBack('cfg_default');
    await dialog().getByRole('button', { name: 'Save' }).click();
    const conflict = dialog().getByRole('region', { name: 'Changed by someone else meanwhile' });
    await expect.element(conflict).toBeVisible();
    await expect
      .element(conflict.getByRole('columnheader', { name: 'On the server now: Default' }))
      .toBeVisible();
    await expect
      .element(conflict.getByRole('columnheader', { name: 'Your choice: Prepaid' }))
      .toBeVisible();
    // The tab behind already shows the server's version.
    await expect
      .element(page.getByRole('columnheader', { name: 'This client: Default' }))
      .toBeInTheDocument();
    await dialog().getByRole('button', { name: 'Apply my choice' }).click();
    await expect.element(dialog()).not.toBeInTheDocument();
    await expect
      .element(page.getByRole('columnheader', { name: 'This client: Prepaid' }))
      .toBeVisible();
    const puts = server.received.filter((r) => r.method === 'PUT').map((r) => r.ifMatch);
    expect(puts).toEqual(['"cfg-1"', '"cfg-2"']);
    expect(server.configurationId).toBe('cfg_prepaid');
  });

  it("discards the choice after a 412 and shows the server's configuration", async () => {
    const server = servicesBackend();
    mount(server);
    await changeButton().click();
    await choice().selectOptions('cfg_prepaid');
    server.changeBehindTheBack('cfg_default');
    await dialog().getByRole('button', { name: 'Save' }).click();
    await dialog().getByRole('button', { name: 'Discard my choice' }).click();
    await expect.element(dialog()).not.toBeInTheDocument();
    await expect
      .element(page.getByRole('columnheader', { name: 'This client: Default' }))
      .toBeVisible();
    await expect
      .element(page.getByRole('status').filter({ hasText: 'discarded' }))
      .toHaveTextContent("Your choice was discarded; the server's configuration is shown.");
    expect(server.received.filter((r) => r.method === 'PUT')).toHaveLength(1);
    expect(server.configurationId).toBe('cfg_default');
  });

  it('keeps the choice when the save fails, and Retry saves it', async () => {
    const server = servicesBackend();
    server.fail('PUT', /configuration$/, problem(500, { title: 'Server down' }));
    mount(server);
    await changeButton().click();
    await choice().selectOptions('cfg_prepaid');
    await dialog().getByRole('button', { name: 'Save' }).click();
    await expect.element(dialog().getByRole('alert')).toMatchTextContent(/Server down/);
    await expect.element(choice()).toHaveValue('cfg_prepaid');
    await dialog().getByRole('button', { name: 'Retry' }).click();
    await expect.element(dialog()).not.toBeInTheDocument();
    expect(server.configurationId).toBe('cfg_prepaid');
  });

  it('lets an auditor see the configuration and not change it, saying why', async () => {
    mount(servicesBackend(), { token: 'auditor-token' });
    await expect.element(changeButton()).toHaveAttribute('aria-disabled', 'true');
    await expect
      .element(changeButton())
      .toHaveAccessibleDescription(
        "Your account may see this client's configuration but not change it.",
      );
    await changeButton().click({ force: true });
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows loading, error with Retry, forbidden and not found', async () => {
    const server = servicesBackend();
    const gate = deferred<void>();
    server.hold(gate);
    server.fail('GET', /configuration$/, problem(500, { title: 'Server down' }));
    mount(server);
    await expect.element(page.getByText('Loading…')).toBeInTheDocument();
    server.hold(undefined);
    gate.resolve();
    await expect.element(page.getByRole('alert')).toMatchTextContent(/Server down/);
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.element(page.getByRole('table', { name: 'Billing configuration' })).toBeVisible();
    const forbidden = servicesBackend();
    forbidden.fail('GET', /configuration$/, problem(403, { title: 'Forbidden' }));
    mount(forbidden);
    await expect.element(page.getByText('Access denied')).toBeVisible();
    mount(servicesBackend(), { clientId: 'cl_missing' });
    await expect.element(page.getByText('Not found', { exact: true })).toBeVisible();
  });

  it('speaks German', async () => {
    mount(servicesBackend(), { lang: 'de' });
    await expect
      .element(page.getByRole('table', { name: 'Abrechnungskonfiguration' }))
      .toBeVisible();
    await expect.element(row('Kreditlimit')).toMatchTextContent(/Abweichung/);
    await expect.element(page.getByRole('button', { name: 'Konfiguration ändern' })).toBeVisible();
  });
});
