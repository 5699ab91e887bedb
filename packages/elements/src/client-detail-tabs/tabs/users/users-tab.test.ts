import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../../define/clientele-provider.ts';
import './users-tab.define.ts';
import { usersBackend } from '../../../testing/client-users.ts';
import { deferred, problem } from '../../../testing/fake-api.ts';
import { useUsersTabFixture } from '../../../testing/users-tab-fixture.ts';

const { mount, row, tab } = useUsersTabFixture();

describe('<client-users-tab>', () => {
  it('lists the users with their roles, a custom role said so', async () => {
    mount(usersBackend());
    const table = page.getByRole('table', { name: 'Users' });
    await expect.element(table).toBeVisible();
    for (const name of ['User', 'Role', 'Associated']) {
      await expect.element(page.getByRole('columnheader', { name, exact: true })).toBeVisible();
    }
    await expect.element(row('Ana Popescu')).toMatchTextContent(/Owner/);
    await expect.element(row('Ioana Marin')).toMatchTextContent(/Billing contact\s*Custom role/);
    await expect.element(page.getByText('3 users')).toBeVisible();
    await expect
      .element(page.getByRole('rowheader', { name: /Radu Ionescu/ }))
      .toMatchTextContent(/radu@nimbus\.example/);
  });

  it('says before anyone tries that the only owner cannot be removed or demoted', async () => {
    mount(usersBackend());
    const remove = page.getByRole('button', { name: 'Remove Ana Popescu from this client' });
    await expect.element(remove).toHaveAttribute('aria-disabled', 'true');
    await expect.element(remove).toHaveAccessibleDescription(/The only owner/);
    const change = page.getByRole('button', { name: 'Change role of Ana Popescu' });
    await expect.element(change).toHaveAttribute('aria-disabled', 'true');
    await remove.click({ force: true });
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect
      .element(page.getByRole('button', { name: 'Remove Radu Ionescu from this client' }))
      .not.toHaveAttribute('aria-disabled');
  });

  it('lets an auditor see everything and change nothing, saying why', async () => {
    mount(usersBackend(), { token: 'auditor-token' });
    const associate = page.getByRole('button', { name: 'Associate user' });
    await expect.element(associate).toHaveAttribute('aria-disabled', 'true');
    await expect
      .element(associate)
      .toHaveAccessibleDescription("Your account may see this client's users but not change them.");
    const impersonate = page.getByRole('button', { name: 'Log in as Radu Ionescu' });
    await expect.element(impersonate).toHaveAttribute('aria-disabled', 'true');
    await expect
      .element(impersonate)
      .toHaveAccessibleDescription('Your account may not log in as users.');
    await impersonate.click({ force: true });
    await associate.click({ force: true });
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows loading, then an error with Retry that loads again', async () => {
    const server = usersBackend();
    const gate = deferred<void>();
    server.hold(gate);
    server.fail('GET', /\/users$/, problem(500, { title: 'Server down', detail: 'Try later.' }));
    mount(server);
    await expect.element(page.getByText('Loading…')).toBeInTheDocument();
    server.hold(undefined);
    gate.resolve();
    await expect.element(page.getByRole('alert')).toMatchTextContent(/Server down/);
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.element(page.getByRole('table', { name: 'Users' })).toBeVisible();
  });

  it('shows empty, forbidden and not found', async () => {
    mount(usersBackend([]));
    await expect.element(page.getByText('No users yet')).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Associate user' })).toBeVisible();
    const forbidden = usersBackend();
    forbidden.fail('GET', /\/users$/, problem(403, { title: 'Forbidden' }));
    mount(forbidden);
    await expect.element(page.getByText('Access denied')).toBeVisible();
    await expect
      .element(page.getByRole('button', { name: 'Associate user' }))
      .not.toBeInTheDocument();
    mount(usersBackend(), { clientId: 'cl_missing' });
    await expect.element(page.getByText('Not found', { exact: true })).toBeVisible();
  });

  it('speaks German', async () => {
    mount(usersBackend(), { lang: 'de' });
    await expect.element(page.getByRole('table', { name: 'Benutzer' })).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Benutzer zuordnen' })).toBeVisible();
    await expect
      .element(page.getByRole('button', { name: 'Anmelden als Radu Ionescu' }))
      .toBeVisible();
    expect(tab().users).toHaveLength(3);
  });
});
