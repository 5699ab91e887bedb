import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../define/clientele-provider.ts';
import './authentication-tab.define.ts';
import { authBackend, makeRecords, sampleAuthentication } from '../../../testing/authentication.ts';
import { useAuthTabFixture } from '../../../testing/authentication-tab-fixture.ts';
import { deferred, problem } from '../../../testing/fake-api.ts';

const { mount, tab, button, container } = useAuthTabFixture();

describe('<client-authentication-tab>', () => {
  it('says the two-factor and sign-in status in words, with sessions and records', async () => {
    mount(authBackend());
    await expect.element(page.getByText('On: authenticator app and email code')).toBeVisible();
    await expect.element(page.getByText('Turned on Jun 12, 2025')).toBeVisible();
    await expect.element(page.getByText("Allowed: the client's users can sign in")).toBeVisible();
    await expect.element(page.getByText('No reset sent by staff')).toBeVisible();
    const sessions = page.getByRole('table', { name: 'Active impersonation sessions' });
    await expect.element(sessions).toBeVisible();
    await expect
      .element(sessions.getByRole('row').filter({ hasText: 'Jordan Lee' }))
      .toMatchTextContent(/Ana Popescu.*See the billing page/);
    await expect
      .element(sessions.getByRole('row').filter({ hasText: 'Maria Ionescu' }))
      .toMatchTextContent(/The client/);
    const records = page.getByRole('grid', { name: 'Verification records' });
    await expect.element(records).toHaveAttribute('aria-rowcount', '9');
    await expect
      .element(records.getByRole('row').filter({ hasText: '203.0.113.5' }))
      .toMatchTextContent(/Ana Popescu.*authenticator app.*Failed/);
    await expect.element(page.getByText('8 checks')).toBeVisible();
    expect(tab().sessions).toHaveLength(2);
  });

  it('says a block in words: by whom, when and why', async () => {
    const status = sampleAuthentication();
    status.two_factor = { enabled: false, methods: [], enrolled_at: null };
    status.sign_in = {
      blocked: true,
      blocked_at: '2026-02-27T16:05:00Z',
      blocked_by: { id: 'stf_jordan', name: 'Jordan Lee' },
      reason: 'Password leak',
    };
    mount(authBackend({ status, sessions: [], records: [] }));
    await expect
      .element(page.getByText('Blocked: no user of this client can sign in'))
      .toBeVisible();
    await expect.element(page.getByText(/^Blocked by Jordan Lee, Feb 27, 2026/)).toBeVisible();
    await expect.element(page.getByText('Reason: Password leak')).toBeVisible();
    await expect.element(page.getByText('Off: signing in asks for a password only')).toBeVisible();
    await expect.element(button('Allow sign-in')).toBeVisible();
    await expect.element(page.getByText('No second-factor checks yet.')).toBeVisible();
  });

  it('windows thousands of records over cursor pages, and says when they could not be read', async () => {
    const server = authBackend({ records: makeRecords(5000) });
    // The grid's first page (the tab's own count asks for one record).
    server.fail('GET', /verifications$/, problem(500, { title: 'Down' }), /limit=50/);
    mount(server);
    await expect
      .element(page.getByRole('alert'))
      .toMatchTextContent('The verification records could not be loaded.');
    await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
    const grid = page.getByRole('grid', { name: 'Verification records' });
    await expect.element(grid).toHaveAttribute('aria-rowcount', '5001');
    await expect.element(page.getByText('5,000 checks')).toBeVisible();
    expect(grid.getByRole('row').elements().length).toBeLessThan(80);
    await grid.getByRole('gridcell').first().click();
    await userEvent.keyboard('{Control>}{End}{/Control}');
    // The oldest record (the 5000th), read from the end in the reverse order.
    await expect
      .element(grid.getByRole('row').filter({ hasText: '203.0.113.250' }).last())
      .toHaveAttribute('aria-rowindex', '5001');
    expect(grid.getByRole('row').elements().length).toBeLessThan(80);
  });

  it('shows loading, then an error with Retry that loads again', async () => {
    const server = authBackend();
    const gate = deferred<void>();
    server.hold(gate);
    server.fail('GET', /authentication$/, problem(500, { title: 'Server down', detail: 'Later.' }));
    mount(server);
    await expect.element(page.getByText('Loading…')).toBeInTheDocument();
    server.hold(undefined);
    gate.resolve();
    await expect.element(page.getByRole('alert')).toMatchTextContent(/Server down/);
    await button('Retry').click();
    await expect.element(page.getByText("Allowed: the client's users can sign in")).toBeVisible();
  });

  it('shows empty with the actions still there, forbidden and not found', async () => {
    const status = sampleAuthentication();
    status.two_factor = { enabled: false, methods: [], enrolled_at: null };
    mount(authBackend({ status, sessions: [], records: [] }));
    await expect.element(page.getByText('No sign-in activity yet')).toBeVisible();
    await expect.element(button('Block sign-in')).toBeVisible();
    await expect.element(button('Send password reset')).toBeVisible();

    const forbidden = authBackend();
    forbidden.fail('GET', /authentication$/, problem(403, { title: 'Forbidden' }));
    mount(forbidden);
    await expect.element(page.getByText('Access denied')).toBeVisible();
    await expect.element(button('Block sign-in')).not.toBeInTheDocument();

    mount(authBackend(), { clientId: 'cl_missing' });
    await expect.element(page.getByText('Not found', { exact: true })).toBeVisible();
  });

  it('lets an auditor see everything and change nothing, saying why', async () => {
    mount(authBackend(), { token: 'auditor-token' });
    const why = "Your account may see this client's sign-in security but not change it.";
    for (const name of ['Block sign-in', 'Send password reset', 'End all sessions']) {
      const refused = button(name);
      await expect.element(refused).toHaveAttribute('aria-disabled', 'true');
      await expect.element(refused).toHaveAccessibleDescription(why);
      await refused.click({ force: true });
    }
    const end = page.getByRole('button', { name: 'End the session of Jordan Lee as Ana Popescu' });
    await expect.element(end).toHaveAccessibleDescription(why);
    await end.click({ force: true });
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    expect(container().querySelector('client-authentication-tab')).not.toBeNull();
  });

  it('speaks German', async () => {
    mount(authBackend(), { lang: 'de' });
    await expect.element(page.getByText('An: Authenticator-App und Code per E-Mail')).toBeVisible();
    await expect
      .element(page.getByRole('table', { name: 'Aktive Sitzungen als Kunde' }))
      .toBeVisible();
    await expect.element(button('Anmeldung sperren')).toBeVisible();
  });
});
