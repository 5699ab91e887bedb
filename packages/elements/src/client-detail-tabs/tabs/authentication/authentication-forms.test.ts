import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../define/clientele-provider.ts';
import './authentication-tab.define.ts';
import { authBackend } from '../../../testing/authentication.ts';
import { useAuthTabFixture } from '../../../testing/authentication-tab-fixture.ts';
import { problem } from '../../../testing/fake-api.ts';
import { deepActive } from '../../../testing/list-fixture.ts';
import { authTabParts } from './authentication-parts.ts';

const { container, mount, dialog, button, announced } = useAuthTabFixture();

afterEach(() => {
  vi.restoreAllMocks();
});

const serverError = () => problem(500, { title: 'Server down', detail: 'Try again later.' });
const changes = () => {
  const seen: { action: string; sessionId?: string; authentication?: unknown }[] = [];
  container().addEventListener('client-authentication-change', (e) => seen.push(e.detail));
  return seen;
};
const confirm = (name: string) => dialog().getByRole('button', { name, exact: true });

describe('<client-authentication-tab> password reset', () => {
  it('sends a reset after confirming and says to whom; a second one too soon is refused', async () => {
    const server = authBackend();
    mount(server);
    const seen = changes();
    await button('Send password reset').click();
    await expect.element(dialog()).toHaveAccessibleName('Send a password reset?');
    await confirm('Send reset').click();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect
      .element(announced())
      .toHaveTextContent('A password reset was sent to Ana Popescu (ana@nimbus.example).');
    await expect.element(page.getByText(/Last reset sent Mar 1, 2026/)).toBeVisible();
    expect(seen).toEqual([expect.objectContaining({ action: 'password-reset' })]);

    await button('Send password reset').click();
    await confirm('Send reset').click();
    await expect
      .element(dialog().getByRole('alert'))
      .toMatchTextContent(/could not be sent.*less than a minute ago/);
    await expect.element(confirm('Retry')).toBeVisible();
  });

  it('shows a failure in the dialog, and Retry sends again', async () => {
    const server = authBackend();
    mount(server);
    server.fail('POST', /password-reset$/, serverError());
    await button('Send password reset').click();
    await confirm('Send reset').click();
    await expect
      .element(dialog().getByRole('alert'))
      .toMatchTextContent(/The password reset could not be sent\.\s*Try again later\./);
    await confirm('Retry').click();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect
      .element(announced())
      .toHaveTextContent('A password reset was sent to Ana Popescu (ana@nimbus.example).');
  });

  it('says when the forms cannot be loaded, and Retry opens them', async () => {
    const load = authTabParts.forms;
    let fail = true;
    vi.spyOn(authTabParts, 'forms').mockImplementation((locale) =>
      fail ? Promise.reject(new TypeError('Failed to fetch')) : load(locale),
    );
    mount(authBackend());
    await button('Send password reset').click();
    await expect.element(page.getByRole('alert')).toMatchTextContent(/Something went wrong/);
    fail = false;
    await button('Retry').click();
    await expect.element(dialog()).toHaveAccessibleName('Send a password reset?');
  });
});

describe('<client-authentication-tab> block and unblock', () => {
  it('asks for a reason by click and by Enter, on the field, before sending', async () => {
    const server = authBackend();
    mount(server);
    await button('Block sign-in').click();
    const reason = dialog().getByRole('textbox', { name: 'Reason' });
    await confirm('Block sign-in').click();
    await expect.element(reason).toHaveAttribute('aria-invalid', 'true');
    await expect.element(reason).toHaveAccessibleDescription(/^Fill in this field\./);
    await expect.poll(() => deepActive()?.id).toBe('auth-form-reason');
    await userEvent.keyboard('ab{Enter}');
    await expect.element(reason).toHaveAccessibleDescription(/^Use at least 3 characters\./);
    expect(server.received.some((r) => r.method === 'POST')).toBe(false);
  });

  it('blocks with the version read, says so, and allows again', async () => {
    const server = authBackend();
    mount(server);
    const seen = changes();
    await button('Block sign-in').click();
    await dialog().getByRole('textbox', { name: 'Reason' }).fill('Password leak');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(announced()).toHaveTextContent('Signing in as this client is blocked.');
    await expect
      .element(page.getByText('Blocked: no user of this client can sign in'))
      .toBeVisible();
    await expect.element(page.getByText('Reason: Password leak')).toBeVisible();
    expect(server.received.find((r) => r.path.endsWith('/block'))).toMatchObject({
      body: { reason: 'Password leak' },
      ifMatch: '"a1"',
    });
    expect(seen[0]).toMatchObject({
      action: 'block',
      authentication: { sign_in: { blocked: true } },
    });

    await button('Allow sign-in').click();
    await confirm('Allow sign-in').click();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(page.getByText("Allowed: the client's users can sign in")).toBeVisible();
    expect(server.received.find((r) => r.path.endsWith('/unblock'))).toMatchObject({
      body: {},
      ifMatch: '"a2"',
    });
  });

  it('keeps the reason when the server fails, and Retry sends it', async () => {
    const server = authBackend();
    mount(server);
    server.fail('POST', /block$/, serverError());
    await button('Block sign-in').click();
    const reason = dialog().getByRole('textbox', { name: 'Reason' });
    await reason.fill('Stolen laptop');
    await confirm('Block sign-in').click();
    await expect
      .element(dialog().getByRole('alert'))
      .toMatchTextContent(/Sign-in could not be blocked\.\s*Try again later\./);
    await expect.element(reason).toHaveValue('Stolen laptop');
    await confirm('Retry').click();
    await expect.element(page.getByText('Reason: Stolen laptop')).toBeVisible();
  });

  it('says when someone else changed the status, and reads it again on close', async () => {
    const server = authBackend();
    mount(server);
    await expect.element(button('Block sign-in')).toBeVisible();
    server.touch();
    await button('Block sign-in').click();
    await dialog().getByRole('textbox', { name: 'Reason' }).fill('Password leak');
    await confirm('Block sign-in').click();
    await expect
      .element(dialog().getByRole('alert'))
      .toMatchTextContent(/changed by someone else meanwhile/);
    const reads = () => server.received.filter((r) => r.path.endsWith('/authentication')).length;
    const before = reads();
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(reads).toBe(before + 1);
  });
});

describe('<client-authentication-tab> sessions', () => {
  it('ends one session after confirming; it is gone', async () => {
    const server = authBackend();
    mount(server);
    const seen = changes();
    await page
      .getByRole('button', { name: 'End the session of Jordan Lee as Ana Popescu' })
      .click();
    await expect
      .element(dialog())
      .toHaveAccessibleName('End the session of Jordan Lee as Ana Popescu?');
    await confirm('End session').click();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(announced()).toHaveTextContent('The session of Jordan Lee was ended.');
    const table = page.getByRole('table', { name: 'Active impersonation sessions' });
    await expect
      .element(table.getByRole('row').filter({ hasText: 'Jordan Lee' }))
      .not.toBeInTheDocument();
    expect(seen).toEqual([expect.objectContaining({ action: 'end-session', sessionId: 'ims_1' })]);
  });

  it('says when the session has ended already', async () => {
    const server = authBackend();
    mount(server);
    server.fail('DELETE', /ims_2$/, problem(404, { title: 'Not found' }));
    await page
      .getByRole('button', { name: 'End the session of Maria Ionescu as The client' })
      .click();
    await confirm('End session').click();
    await expect
      .element(dialog().getByRole('alert'))
      .toMatchTextContent(/This session has ended already or run out\./);
  });

  it('ends all sessions; a failure keeps the dialog with Retry', async () => {
    const server = authBackend();
    mount(server);
    server.fail('DELETE', /impersonation-sessions$/, serverError());
    await button('End all sessions').click();
    await expect.element(dialog()).toHaveAccessibleName('End all 2 active sessions?');
    await confirm('End all sessions').click();
    await expect
      .element(dialog().getByRole('alert'))
      .toMatchTextContent(/The sessions could not be ended\./);
    await confirm('Retry').click();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(announced()).toHaveTextContent('2 sessions were ended.');
    await expect
      .element(page.getByText('No one is signed in as this client or its users now.'))
      .toBeVisible();
  });
});
