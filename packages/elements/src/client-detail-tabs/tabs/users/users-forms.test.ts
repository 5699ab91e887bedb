import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../define/clientele-provider.ts';
import './users-tab.define.ts';
import { usersBackend } from '../../../testing/client-users.ts';
import { json, problem } from '../../../testing/fake-api.ts';
import { deepActive } from '../../../testing/list-fixture.ts';
import { useUsersTabFixture } from '../../../testing/users-tab-fixture.ts';
import { usersTabParts } from './users-parts.ts';

const { container, mount, row, dialog } = useUsersTabFixture();

afterEach(() => {
  vi.restoreAllMocks();
});

const validation = (field: string, message: string) =>
  problem(422, {
    type: 'https://clientele.dev/problems/validation',
    title: 'Validation failed',
    errors: [{ field, code: 'invalid', message }],
  });

describe('<client-users-tab> associate', () => {
  it('associates a user chosen with the keyboard, under a custom role', async () => {
    const server = usersBackend();
    mount(server);
    const changes: unknown[] = [];
    container().addEventListener('client-user-change', (e) => changes.push(e.detail));
    await page.getByRole('button', { name: 'Associate user' }).click();
    const picker = dialog().getByRole('combobox', { name: 'User' });
    await expect.element(picker).toBeVisible();
    await picker.click();
    await userEvent.keyboard('Elena');
    // The answer for the whole text (an earlier, shorter search lists everyone).
    await expect
      .poll(
        () => dialog().getByRole('listbox', { name: 'User' }).getByRole('option').elements().length,
      )
      .toBe(1);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect.element(picker).toHaveValue('Elena Stan');
    await userEvent.selectOptions(
      dialog().getByRole('combobox', { name: 'Role' }).element(),
      'role_billing',
    );
    await dialog().getByRole('button', { name: 'Associate', exact: true }).click();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(row('Elena Stan')).toMatchTextContent(/Billing contact/);
    await expect
      .element(page.getByRole('status').filter({ hasText: 'associated' }))
      .toHaveTextContent('Elena Stan was associated as Billing contact.');
    expect(server.received.find((r) => r.method === 'POST')?.body).toEqual({
      user_id: 'usr_elena',
      role_id: 'role_billing',
    });
    expect(changes).toEqual([
      expect.objectContaining({ action: 'associate', userId: 'usr_elena' }),
    ]);
  });

  it('asks for a user before sending, by Enter as by click', async () => {
    const server = usersBackend();
    mount(server);
    await page.getByRole('button', { name: 'Associate user' }).click();
    const picker = dialog().getByRole('combobox', { name: 'User' });
    await expect.element(picker).toBeVisible();
    await picker.click();
    await userEvent.keyboard('Some text{Enter}');
    await expect.element(picker).toHaveAttribute('aria-invalid', 'true');
    await expect.element(picker).toHaveAccessibleDescription(/^Choose a user from the list\./);
    await expect.poll(() => deepActive()?.id).toBe('users-form-user');
    expect(server.received.some((r) => r.method === 'POST')).toBe(false);
  });

  it('keeps the choice when the server refuses, the field error on its field', async () => {
    const server = usersBackend();
    mount(server);
    server.fail('POST', /\/users$/, validation('role_id', 'This role cannot be given here.'));
    await page.getByRole('button', { name: 'Associate user' }).click();
    const picker = dialog().getByRole('combobox', { name: 'User' });
    await picker.click();
    await userEvent.keyboard('Mihai');
    // The answer for the whole text (an earlier, shorter search lists everyone).
    await expect
      .poll(
        () => dialog().getByRole('listbox', { name: 'User' }).getByRole('option').elements().length,
      )
      .toBe(1);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await dialog().getByRole('button', { name: 'Associate', exact: true }).click();
    const role = dialog().getByRole('combobox', { name: 'Role' });
    await expect.element(role).toHaveAttribute('aria-invalid', 'true');
    await expect.element(role).toHaveAccessibleDescription(/^This role cannot be given here\./);
    await expect.element(picker).toHaveValue('Mihai Dumitru');
    await dialog().getByRole('button', { name: 'Associate', exact: true }).click();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(row('Mihai Dumitru')).toBeVisible();
  });

  it('says when the forms cannot be loaded, and Retry opens them', async () => {
    const load = usersTabParts.forms;
    let fail = true;
    vi.spyOn(usersTabParts, 'forms').mockImplementation((locale) =>
      fail ? Promise.reject(new TypeError('Failed to fetch')) : load(locale),
    );
    mount(usersBackend());
    await page.getByRole('button', { name: 'Associate user' }).click();
    await expect.element(page.getByRole('alert')).toMatchTextContent(/Something went wrong/);
    fail = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.element(dialog().getByRole('combobox', { name: 'User' })).toBeVisible();
  });
});

describe('<client-users-tab> change role and remove', () => {
  it('changes a role', async () => {
    const server = usersBackend();
    mount(server);
    await page.getByRole('button', { name: 'Change role of Radu Ionescu' }).click();
    const role = dialog().getByRole('combobox', { name: 'Role' });
    await expect.element(role).toHaveValue('role_member');
    await expect
      .element(role)
      .toHaveAccessibleDescription(/Billing contact: Grants: billing\.view/);
    await userEvent.selectOptions(role.element(), 'role_owner');
    await dialog().getByRole('button', { name: 'Change role' }).click();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(row('Radu Ionescu')).toMatchTextContent(/Owner/);
    // Two owners now: Ana may be removed.
    await expect
      .element(page.getByRole('button', { name: 'Remove Ana Popescu from this client' }))
      .not.toHaveAttribute('aria-disabled');
  });

  it("says why when the server refuses the last owner's demotion, and reloads on close", async () => {
    const server = usersBackend();
    mount(server);
    // Another staff member made Radu an owner and removed him again meanwhile: stale view.
    server.fail('PATCH', /usr_radu$/, problem(409, { title: 'Conflict', detail: 'Last owner.' }));
    await page.getByRole('button', { name: 'Change role of Radu Ionescu' }).click();
    // The form loads on first use: wait for it (with the roles) before choosing.
    const role = dialog().getByRole('combobox', { name: 'Role' });
    await expect.element(role).toHaveValue('role_member');
    await userEvent.selectOptions(role.element(), 'role_billing');
    await dialog().getByRole('button', { name: 'Change role' }).click();
    await expect
      .element(dialog().getByRole('alert'))
      .toMatchTextContent(
        /The role could not be changed\.\s*This user is the client's only owner now/,
      );
    await expect
      .element(dialog().getByRole('combobox', { name: 'Role' }))
      .toHaveValue('role_billing');
    const reads = () =>
      server.received.filter((r) => r.method === 'GET' && r.path.endsWith('/users')).length;
    expect(reads()).toBe(1);
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(reads).toBe(2);
  });

  it('removes a user after confirming', async () => {
    const server = usersBackend();
    mount(server);
    await page.getByRole('button', { name: 'Remove Radu Ionescu from this client' }).click();
    await expect.element(dialog()).toHaveAccessibleName('Remove Radu Ionescu?');
    await dialog().getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(row('Radu Ionescu')).not.toBeInTheDocument();
    await expect.element(page.getByText('2 users')).toBeVisible();
  });

  it('keeps the dialog open with the problem when removing fails', async () => {
    const server = usersBackend();
    mount(server);
    server.fail('DELETE', /usr_radu$/, problem(500, { title: 'Server error', detail: 'Later.' }));
    await page.getByRole('button', { name: 'Remove Radu Ionescu from this client' }).click();
    await dialog().getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.element(dialog().getByRole('alert')).toMatchTextContent(/Server error/);
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await expect.element(row('Radu Ionescu')).toBeVisible();
  });
});

describe('<client-users-tab> log in as', () => {
  it('asks a reason, then opens the session unless the host takes it', async () => {
    const server = usersBackend();
    mount(server);
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const events: CustomEvent[] = [];
    container().addEventListener('client-impersonate', (e) => events.push(e));
    await page.getByRole('button', { name: 'Log in as Radu Ionescu' }).click();
    const reason = dialog().getByRole('textbox', { name: 'Reason' });
    await reason.click();
    await userEvent.keyboard('{Enter}');
    await dialog().getByRole('button', { name: 'Open session' }).click();
    await expect.element(reason).toHaveAccessibleDescription(/^Fill in this field\./);
    await reason.fill('Check the billing page as he sees it');
    await userEvent.selectOptions(
      dialog().getByRole('combobox', { name: 'Duration' }).element(),
      '60',
    );
    await dialog().getByRole('button', { name: 'Open session' }).click();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    expect(events[0]?.detail).toMatchObject({ userId: 'usr_radu', clientId: expect.any(String) });
    expect(events[0]?.cancelable).toBe(true);
    expect(open).toHaveBeenCalledWith(
      'https://panel.example/impersonate?token=imp_1',
      '_blank',
      'noopener,noreferrer',
    );
    expect(server.received.at(-1)?.body).toEqual({
      reason: 'Check the billing page as he sees it',
      duration_minutes: 60,
    });
  });

  it('lets the host own the session (preventDefault)', async () => {
    mount(usersBackend());
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    container().addEventListener('client-impersonate', (e) => e.preventDefault());
    await page.getByRole('button', { name: 'Log in as Ioana Marin' }).click();
    await dialog().getByRole('textbox', { name: 'Reason' }).fill('Reproduce ticket T-100240');
    await dialog().getByRole('button', { name: 'Open session' }).click();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    expect(open).not.toHaveBeenCalled();
    await expect
      .element(page.getByRole('status').filter({ hasText: 'session' }))
      .toHaveTextContent('A session as Ioana Marin was started.');
  });

  it('keeps the reason when the server refuses', async () => {
    const server = usersBackend();
    mount(server);
    server.fail('POST', /impersonate$/, validation('reason', 'Name the ticket.'));
    await page.getByRole('button', { name: 'Log in as Radu Ionescu' }).click();
    const reason = dialog().getByRole('textbox', { name: 'Reason' });
    await reason.fill('Looking around');
    await dialog().getByRole('button', { name: 'Open session' }).click();
    await expect.element(reason).toHaveAccessibleDescription(/^Name the ticket\./);
    await expect.element(reason).toHaveValue('Looking around');
    server.fail('POST', /impersonate$/, json({}, 201));
  });
});
