import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/clientele-provider.ts';
import '../define/client-detail-tabs.ts';
import { detailBackend, useClientDetailFixture } from '../testing/client-detail-fixture.ts';
import { problem } from '../testing/fake-api.ts';
import { deepActive } from '../testing/list-fixture.ts';
import { clientDetailParts } from './detail-parts.ts';

const { container, mount } = useClientDetailFixture();
const loadActions = clientDetailParts.actions;
afterEach(() => {
  clientDetailParts.actions = loadActions;
  vi.restoreAllMocks();
});

const button = (name: string) => page.getByRole('button', { name, exact: true });

async function open(action: string, dialogName: RegExp) {
  await userEvent.click(button(action));
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect.element(dialog).toBeVisible();
  return dialog;
}

describe('<client-detail-tabs> edit details', () => {
  it('saves the changed fields with If-Match; the Overview shows them', async () => {
    const server = detailBackend();
    mount(server);
    const changes: string[] = [];
    container().addEventListener('client-change', (e) => changes.push(e.detail.action));
    await expect.element(page.getByRole('heading', { name: 'Personal details' })).toBeVisible();
    const dialog = await open('Edit details', /^Edit /);
    await userEvent.fill(dialog.getByLabelText('Phone'), '+49 30 1234567');
    await userEvent.click(dialog.getByRole('button', { name: 'Save' }));
    await expect.element(dialog).not.toBeInTheDocument();
    const patch = server.bodies.find((b) => b.method === 'PATCH');
    expect(patch?.body).toEqual({ phone: '+49 30 1234567' });
    expect(patch?.ifMatch).toBe('"v1"');
    await expect.element(page.getByText('+49 30 1234567')).toBeVisible();
    expect(changes).toEqual(['edit']);
  });

  it('offers the countries by name, and currencies, time zones and languages to pick from', async () => {
    const server = detailBackend();
    mount(server);
    const dialog = await open('Edit details', /^Edit /);
    const country = dialog.getByRole('combobox', { name: 'Country' });
    const client = server.record;
    await expect.element(country).toHaveValue(client.country);
    // Countries only (no EU or UN), named, one option each.
    const options = [...(country.element() as HTMLSelectElement).options];
    expect(options.find((o) => o.value === 'DE')?.text).toBe('Germany');
    expect(options.some((o) => o.value === 'EU' || o.value === 'UN' || o.value === 'ZR')).toBe(
      false,
    );
    expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
    expect(options.length).toBeGreaterThan(240);
    // Suggestions, not a closed list: the field takes what is typed.
    const currency = dialog.getByRole('combobox', { name: 'Currency' });
    const list = (currency.element() as HTMLInputElement).list;
    expect([...(list?.options ?? [])].find((o) => o.value === 'EUR')?.text).toBe('Euro');
    const timeZone = (
      dialog.getByRole('combobox', { name: 'Time zone' }).element() as HTMLInputElement
    ).list;
    expect([...(timeZone?.options ?? [])].some((o) => o.value === 'Europe/Berlin')).toBe(true);
    const language = (
      dialog.getByRole('combobox', { name: 'Language' }).element() as HTMLInputElement
    ).list;
    expect([...(language?.options ?? [])].find((o) => o.value === 'de')?.text).toBe('German');
    await userEvent.selectOptions(country, 'Germany');
    await userEvent.fill(currency, 'eur');
    await userEvent.click(dialog.getByRole('button', { name: 'Save' }));
    await expect.element(dialog).not.toBeInTheDocument();
    const patch = server.bodies.find((b) => b.method === 'PATCH');
    expect(patch?.body).toEqual(
      client.country === 'DE' ? { currency: 'EUR' } : { country: 'DE', currency: 'EUR' },
    );
  });

  it('checks its fields itself: a click shows the message and focuses the field', async () => {
    const server = detailBackend();
    mount(server);
    const dialog = await open('Edit details', /^Edit /);
    await userEvent.clear(dialog.getByLabelText('First name'));
    await userEvent.click(dialog.getByRole('button', { name: 'Save' }));
    await expect.element(dialog.getByText('Fill in this field.')).toBeVisible();
    await expect
      .element(dialog.getByLabelText('First name'))
      .toHaveAttribute('aria-invalid', 'true');
    expect(deepActive()?.id).toBe('action-first-name');
    expect(server.bodies.some((b) => b.method === 'PATCH')).toBe(false);
  });

  it("typing in a field with an error takes the field's error away", async () => {
    mount(detailBackend());
    const dialog = await open('Edit details', /^Edit /);
    const first = dialog.getByLabelText('First name');
    await userEvent.clear(first);
    await userEvent.click(dialog.getByRole('button', { name: 'Save' }));
    await expect.element(dialog.getByText('Fill in this field.')).toBeVisible();
    await userEvent.fill(first, 'Ada');
    await expect.element(first).not.toHaveAttribute('aria-invalid');
    await expect.element(dialog.getByText('Fill in this field.')).not.toBeInTheDocument();
    await expect.element(dialog.getByRole('button', { name: 'Save' })).toBeVisible();
  });

  it("a refused save puts the API's field errors on their fields and keeps the form", async () => {
    const server = detailBackend();
    server.fail(
      `PATCH /clients/${server.record.id}`,
      problem(422, {
        title: 'Validation failed',
        errors: [{ field: 'phone', code: 'invalid', message: 'Not a phone number.' }],
      }),
    );
    mount(server);
    const dialog = await open('Edit details', /^Edit /);
    await userEvent.fill(dialog.getByLabelText('Phone'), 'call me');
    await userEvent.fill(dialog.getByLabelText('City'), 'Typed City');
    await userEvent.click(dialog.getByRole('button', { name: 'Save' }));
    await expect.element(dialog.getByText('Not a phone number.')).toBeVisible();
    await expect.element(dialog.getByRole('alert')).toHaveTextContent('Validation failed');
    expect(deepActive()?.id).toBe('action-phone');
    await expect.element(dialog.getByLabelText('Phone')).toHaveValue('call me');
    await expect.element(dialog.getByLabelText('City')).toHaveValue('Typed City');
  });

  it('412: shows the server values beside the edits; save reapplies, discard takes theirs', async () => {
    const server = detailBackend();
    mount(server);
    const dialog = await open('Edit details', /^Edit /);
    server.changeBehind({ phone: '+1 555 0100', city: 'Server City' });
    await userEvent.fill(dialog.getByLabelText('Phone'), '+1 555 0199');
    await userEvent.click(dialog.getByRole('button', { name: 'Save' }));
    await expect.element(dialog.getByText('Someone else changed this client')).toBeVisible();
    await expect.element(dialog.getByText('On the server now: +1 555 0100')).toBeVisible();
    // What the user typed stays; what they left alone takes the server's value.
    await expect.element(dialog.getByLabelText('Phone')).toHaveValue('+1 555 0199');
    await expect.element(dialog.getByLabelText('City')).toHaveValue('Server City');
    // The header already shows the version on the server.
    await userEvent.click(dialog.getByRole('button', { name: 'Save' }));
    await expect.element(dialog).not.toBeInTheDocument();
    const patches = server.bodies.filter((b) => b.method === 'PATCH');
    expect(patches.at(-1)?.body).toEqual({ phone: '+1 555 0199' });
    expect(patches.at(-1)?.ifMatch).toBe('"v2"');
    expect(server.record.city).toBe('Server City');
  });

  it('412 on a select: the server value is named, the choice kept and saved', async () => {
    const server = detailBackend({ ...detailBackend().record, country: 'RO' });
    mount(server);
    const dialog = await open('Edit details', /^Edit /);
    server.changeBehind({ country: 'FR' });
    await userEvent.selectOptions(dialog.getByRole('combobox', { name: 'Country' }), 'Germany');
    await userEvent.click(dialog.getByRole('button', { name: 'Save' }));
    await expect.element(dialog.getByText('On the server now: France')).toBeVisible();
    await expect.element(dialog.getByRole('combobox', { name: 'Country' })).toHaveValue('DE');
    await userEvent.click(dialog.getByRole('button', { name: 'Save' }));
    await expect.element(dialog).not.toBeInTheDocument();
    const patch = server.bodies.filter((b) => b.method === 'PATCH').at(-1);
    expect(patch?.body).toEqual({ country: 'DE' });
    expect(patch?.ifMatch).toBe('"v2"');
  });

  it('412: "Discard my edits" takes the server values', async () => {
    const server = detailBackend();
    mount(server);
    const dialog = await open('Edit details', /^Edit /);
    server.changeBehind({ phone: '+1 555 0100' });
    await userEvent.fill(dialog.getByLabelText('Phone'), '+1 555 0199');
    await userEvent.click(dialog.getByRole('button', { name: 'Save' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Discard my edits' }));
    await expect.element(dialog.getByLabelText('Phone')).toHaveValue('+1 555 0100');
    await expect.element(dialog.getByText(/On the server now/)).not.toBeInTheDocument();
  });
});

describe('<client-detail-tabs> status, delete, impersonation, create similar, email', () => {
  it('suspends with a reason (the shared transitions), then resumes', async () => {
    const server = detailBackend();
    mount(server);
    const dialog = await open('Suspend', /^Suspend /);
    await userEvent.selectOptions(dialog.getByLabelText('Reason'), 'Fraud');
    await userEvent.click(dialog.getByRole('button', { name: 'Suspend' }));
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(page.getByText('Suspended', { exact: true }).first()).toBeVisible();
    await expect.element(page.getByText('Fraud', { exact: true }).first()).toBeVisible();
    await expect.element(button('Resume')).toBeVisible();
    await expect.element(button('Suspend')).not.toBeInTheDocument();
  });

  it('a refused status change keeps the dialog with the problem', async () => {
    const server = detailBackend();
    server.fail(
      `POST /clients/${server.record.id}/suspend`,
      problem(409, { title: 'Invalid transition', detail: 'The client is deleting.' }),
    );
    mount(server);
    const dialog = await open('Suspend', /^Suspend /);
    await userEvent.fill(dialog.getByLabelText('Note (optional)'), 'kept note');
    await userEvent.click(dialog.getByRole('button', { name: 'Suspend' }));
    await expect.element(dialog.getByText('Invalid transition')).toBeVisible();
    await expect.element(dialog.getByLabelText('Note (optional)')).toHaveValue('kept note');
  });

  it('delete asks for the name typed out and sends If-Match', async () => {
    const server = detailBackend();
    mount(server);
    const name = server.record.company ?? '';
    const dialog = await open('Delete', /^Delete /);
    const input = dialog.getByLabelText(`Type "${name}" to confirm`);
    // Enter says the same as a click: the form's own message, on the field, focused.
    await userEvent.fill(input, 'something else');
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog.getByText(`Type "${name}" exactly as shown.`)).toBeVisible();
    expect(deepActive()?.id).toBe('action-confirm');
    await userEvent.click(dialog.getByRole('button', { name: 'Delete' }));
    await expect.element(input).toHaveAttribute('aria-invalid', 'true');
    expect(server.bodies.some((b) => b.method === 'DELETE')).toBe(false);
    await userEvent.fill(input, name);
    await userEvent.click(dialog.getByRole('button', { name: 'Delete' }));
    await expect.element(dialog).not.toBeInTheDocument();
    expect(server.bodies.find((b) => b.method === 'DELETE')?.ifMatch).toBe('"v1"');
    await expect.element(page.getByText('Deleting', { exact: true }).first()).toBeVisible();
  });

  it('approve and resume follow the transitions table', async () => {
    const server = detailBackend({ ...detailBackend().record, status: 'pending_approval' });
    mount(server);
    const approve = await open('Approve', /^Approve /);
    await userEvent.click(approve.getByRole('button', { name: 'Approve' }));
    await expect.element(approve).not.toBeInTheDocument();
    await expect.element(page.getByText('Active', { exact: true }).first()).toBeVisible();
    await expect.element(button('Suspend')).toBeVisible();

    const suspended = detailBackend({ ...detailBackend().record, status: 'suspended' });
    mount(suspended);
    const resume = await open('Resume', /^Resume /);
    await userEvent.click(resume.getByRole('button', { name: 'Resume' }));
    await expect.element(resume).not.toBeInTheDocument();
    await expect.element(button('Suspend')).toBeVisible();
  });

  it('delete on a stale version (412) says so and shows the client as it is now', async () => {
    const server = detailBackend();
    mount(server);
    const name = server.record.company ?? '';
    const dialog = await open('Delete', /^Delete /);
    server.changeBehind({ status_reason: 'credit' });
    await userEvent.fill(dialog.getByLabelText(`Type "${name}" to confirm`), name);
    await userEvent.click(dialog.getByRole('button', { name: 'Delete' }));
    await expect.element(dialog.getByText('Someone else changed this client')).toBeVisible();
    await expect.element(page.getByText('Out of credit', { exact: true }).first()).toBeVisible();
    // The next try sends the new version.
    await userEvent.click(dialog.getByRole('button', { name: 'Delete' }));
    await expect.element(dialog).not.toBeInTheDocument();
    expect(server.bodies.filter((b) => b.method === 'DELETE').at(-1)?.ifMatch).toBe('"v2"');
  });

  it("log in as: the API's field error lands on its field", async () => {
    const server = detailBackend();
    server.fail(
      `POST /clients/${server.record.id}/impersonate`,
      problem(422, {
        title: 'Validation failed',
        errors: [{ field: 'reason', code: 'too_vague', message: 'Name the ticket.' }],
      }),
    );
    mount(server);
    const dialog = await open('Log in as client', /^Log in as /);
    await userEvent.fill(dialog.getByLabelText(/^Reason/), 'help');
    await userEvent.click(dialog.getByRole('button', { name: 'Log in as client' }));
    await expect.element(dialog.getByText('Name the ticket.')).toBeVisible();
    expect(deepActive()?.id).toBe('action-reason');
    await expect.element(dialog.getByLabelText(/^Reason/)).toHaveValue('help');
  });

  it('create similar: a refused email stays on its field with what was typed', async () => {
    const server = detailBackend();
    server.fail(
      `POST /clients/${server.record.id}/create-similar`,
      problem(422, {
        title: 'Validation failed',
        errors: [{ field: 'email', code: 'taken', message: 'This email is in use.' }],
      }),
    );
    mount(server);
    const dialog = await open('Create similar', /^Create a client like /);
    await userEvent.fill(dialog.getByLabelText('First name'), 'Mihai');
    await userEvent.fill(dialog.getByLabelText('Last name'), 'Ionescu');
    await userEvent.fill(dialog.getByLabelText('Email'), 'taken@example.test');
    await userEvent.click(dialog.getByRole('button', { name: 'Create client' }));
    await expect.element(dialog.getByText('This email is in use.')).toBeVisible();
    await expect.element(dialog.getByLabelText('First name')).toHaveValue('Mihai');
  });

  it('log in as: reason required; client-impersonate is cancelable', async () => {
    const server = detailBackend();
    mount(server);
    const opened = vi.spyOn(window, 'open').mockReturnValue(null);
    const sessions: string[] = [];
    container().addEventListener('client-impersonate', (e) => {
      sessions.push(`${e.detail.session.id} ${e.detail.session.token}`);
      e.preventDefault();
    });
    const dialog = await open('Log in as client', /^Log in as /);
    await userEvent.click(dialog.getByRole('button', { name: 'Log in as client' }));
    await expect.element(dialog.getByText('Fill in this field.')).toBeVisible();
    await userEvent.fill(dialog.getByLabelText(/^Reason/), 'Check the failing attach');
    await userEvent.selectOptions(dialog.getByLabelText('Session length in minutes'), '60');
    await userEvent.click(dialog.getByRole('button', { name: 'Log in as client' }));
    await expect.element(dialog).not.toBeInTheDocument();
    // The session's id ends it early; its token opens the client area.
    expect(sessions).toEqual(['ims_1 imp_1']);
    expect(opened).not.toHaveBeenCalled();
    const sent = server.bodies.find((b) => b.path.endsWith('/impersonate'));
    expect(sent?.body).toEqual({ reason: 'Check the failing attach', duration_minutes: 60 });
  });

  it('create similar: Retry after a failure sends the same client under the same key', async () => {
    const server = detailBackend();
    mount(server);
    const id = server.record.id;
    server.fail(`POST /clients/${id}/create-similar`, problem(503, { title: 'Unavailable' }));
    const dialog = await open('Create similar', /^Create a client like /);
    await userEvent.fill(dialog.getByLabelText('First name'), 'Mihai');
    await userEvent.fill(dialog.getByLabelText('Last name'), 'Ionescu');
    await userEvent.fill(dialog.getByLabelText('Email'), 'mihai@example.test');
    await userEvent.click(dialog.getByRole('button', { name: 'Create client' }));
    await expect.element(dialog.getByRole('alert')).toMatchTextContent(/Unavailable/);
    await userEvent.click(dialog.getByRole('button', { name: 'Retry' }));
    await expect.element(dialog).not.toBeInTheDocument();
    const sent = server.keys.filter((k) => k.path.endsWith('/create-similar'));
    expect(sent).toHaveLength(2);
    expect(sent[0]?.key).toBeTruthy();
    expect(sent[1]?.key).toBe(sent[0]?.key);
  });

  it('create similar opens the new client through client-select', async () => {
    const server = detailBackend();
    mount(server);
    const selected: string[] = [];
    container().addEventListener('client-select', (e) => selected.push(e.detail.clientId));
    const dialog = await open('Create similar', /^Create a client like /);
    await userEvent.fill(dialog.getByLabelText('First name'), 'Mihai');
    await userEvent.fill(dialog.getByLabelText('Last name'), 'Ionescu');
    await userEvent.fill(dialog.getByLabelText('Email'), 'not-an-address');
    await userEvent.click(dialog.getByRole('button', { name: 'Create client' }));
    await expect.element(dialog.getByText('Check the format of this field.')).toBeVisible();
    await userEvent.fill(dialog.getByLabelText('Email'), 'mihai@example.test');
    await userEvent.click(dialog.getByRole('button', { name: 'Create client' }));
    await expect.element(dialog).not.toBeInTheDocument();
    expect(selected).toEqual(['cl_new0000000000001']);
  });

  it('send email: a failure keeps the message and offers Retry; then it is sent and says so', async () => {
    const server = detailBackend();
    server.fail(`POST /clients/${server.record.id}/email`, problem(500, { title: 'Mail is down' }));
    mount(server);
    const dialog = await open('Send email', /^Email /);
    await userEvent.fill(dialog.getByLabelText('Subject'), 'Maintenance');
    await userEvent.fill(dialog.getByLabelText('Message'), 'Hello, we migrate on Monday.');
    await userEvent.click(dialog.getByRole('button', { name: 'Send' }));
    await expect.element(dialog.getByRole('alert')).toHaveTextContent('Mail is down');
    await expect
      .element(dialog.getByLabelText('Message'))
      .toHaveValue('Hello, we migrate on Monday.');
    // The same button tries again, and says so.
    await userEvent.click(dialog.getByRole('button', { name: 'Retry' }));
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(page.getByRole('status').getByText(/^Email sent to /)).toBeInTheDocument();
  });

  it('an auditor sees the actions disabled, with the reason', async () => {
    mount(detailBackend(), { token: 'auditor-token' });
    await expect.element(button('Edit details')).toHaveAttribute('aria-disabled', 'true');
    await expect.element(button('Delete')).toHaveAttribute('aria-disabled', 'true');
    await expect.element(page.getByText('Your account is not allowed to do this.')).toBeVisible();
    // A disabled action stays focusable and does nothing.
    (button('Edit details').element() as HTMLElement).click();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
  });

  it('the dialogs failing to load is an alert with Retry, which then opens the dialog', async () => {
    clientDetailParts.actions = () => Promise.reject(new Error('chunk failed'));
    mount(detailBackend());
    await userEvent.click(button('Edit details'));
    await expect.element(page.getByText('Something went wrong')).toBeVisible();
    clientDetailParts.actions = loadActions;
    await userEvent.click(button('Retry'));
    await expect.element(page.getByRole('dialog', { name: /^Edit / })).toBeVisible();
  });
});
