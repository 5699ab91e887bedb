import type { Client } from '@clientele/sdk';
import { html, render } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/client-grid.ts';
import '../define/clientele-provider.ts';
import {
  CLIENTS,
  gridIn,
  mountGrid,
  mountWithApi as mountInProvider,
  recording,
  useDesktopViewport,
} from '../testing/client-grid-fixture.ts';
import { fakeApi, json, problem } from '../testing/fake-api.ts';
import { createArrayDataProvider, makeClients } from '../testing/index.ts';
import { deepActive, useListContainer } from '../testing/list-fixture.ts';

useDesktopViewport();
const container = useListContainer();
const grid = () => gridIn(container());
const mountWithData = (clients?: Client[], attributes?: string) =>
  mountGrid(container(), clients, attributes);

const mountWithApi = (clients: Client[], permissions?: string[]) =>
  mountInProvider(container(), clients, permissions);

describe('<client-grid> actions', () => {
  const few = makeClients(30).map((c, i) => ({
    ...c,
    status: (i % 3 === 0 ? 'suspended' : 'active') as Client['status'],
  }));
  const newest = few.at(-1)!; // index 29: active
  const name = newest.company ?? `${newest.first_name} ${newest.last_name}`;

  it('suspends through the menu and a confirmation dialog, keeping input on errors', async () => {
    const server = mountWithApi(few);
    const menuButton = page.getByRole('button', { name: `Actions for ${name}` });
    await userEvent.click(menuButton);
    const menu = page.getByRole('menu', { name: `Actions for ${name}` });
    await expect.element(menu).toBeVisible();
    await expect.poll(() => deepActive()?.textContent?.trim()).toBe('View');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    const dialog = page.getByRole('dialog', { name: `Suspend ${name}?` });
    await expect.element(dialog).toBeVisible();
    await userEvent.selectOptions(dialog.getByLabelText('Reason'), 'Fraud');
    await userEvent.fill(dialog.getByLabelText('Note (optional)'), 'Chargebacks');
    server.fail(
      problem(409, {
        type: 'https://clientele.dev/problems/invalid-transition',
        title: 'Invalid transition',
        detail: 'The client is already suspending.',
      }),
    );
    await userEvent.click(dialog.getByRole('button', { name: 'Suspend' }));
    await expect.element(dialog.getByRole('alert')).toMatchTextContent(/Invalid transition/);
    await expect.element(dialog.getByRole('alert')).toMatchTextContent(/already suspending/);
    await expect.element(dialog.getByLabelText('Note (optional)')).toHaveValue('Chargebacks');
    await userEvent.click(dialog.getByRole('button', { name: 'Suspend' }));
    await expect.element(dialog).not.toBeInTheDocument();
    expect(server.actions.at(-1)).toEqual({
      path: `POST /clients/${newest.id}/suspend`,
      body: { reason: 'fraud', note: 'Chargebacks' },
    });
    const row = page.getByRole('row').filter({ hasText: newest.email });
    await expect.element(row.getByText('Suspended', { exact: true })).toBeVisible();
  });

  it("puts a 422's field errors on the dialog's fields, and other problems in its alert", async () => {
    const server = mountWithApi(few);
    await userEvent.click(page.getByRole('button', { name: `Actions for ${name}` }));
    await userEvent.click(page.getByRole('menuitem', { name: 'Log in as client' }));
    const dialog = page.getByRole('dialog', { name: `Log in as ${name}` });
    const reason = dialog.getByLabelText(/Reason/);
    await userEvent.fill(reason, 'Just looking');
    server.fail(
      problem(422, {
        type: 'https://clientele.dev/problems/validation',
        title: 'Invalid request',
        detail: 'The request has invalid fields.',
        errors: [
          { field: 'reason', code: 'policy', message: 'Name the ticket you work on.' },
          { field: 'ticket', code: 'unknown', message: 'Not a field of this form.' },
        ],
      }),
    );
    await userEvent.click(dialog.getByRole('button', { name: 'Log in as client' }));
    // On the field: invalid, described by a visible message; focus moves to it.
    await expect.element(reason).toHaveAttribute('aria-invalid', 'true');
    await expect.element(reason).toHaveAccessibleDescription('Name the ticket you work on.');
    await expect.element(dialog.getByText('Name the ticket you work on.')).toBeVisible();
    await expect.poll(() => deepActive()?.getAttribute('name')).toBe('reason');
    // The rest is the dialog's alert; what was typed stays.
    const alert = dialog.getByRole('alert');
    await expect.element(alert).toMatchTextContent(/Invalid request/);
    await expect.element(alert).toMatchTextContent(/ticket: Not a field of this form\./);
    await expect.element(alert).not.toMatchTextContent(/Name the ticket/);
    await expect.element(reason).toHaveValue('Just looking');
    const duration = dialog.getByLabelText('Session length in minutes');
    await expect.element(duration).not.toHaveAttribute('aria-invalid');

    // A network failure: the dialog's message, the field no longer marked.
    server.fail(new TypeError('Failed to fetch'));
    await userEvent.click(dialog.getByRole('button', { name: 'Log in as client' }));
    await expect.element(alert).toMatchTextContent(/The server could not be reached/);
    await expect.element(reason).not.toHaveAttribute('aria-invalid');
    await expect.element(reason).toHaveValue('Just looking');
    expect(server.actions).toHaveLength(2);
  });

  it('fires a cancelable client-action first, so a host can own the action', async () => {
    const server = mountWithApi(few);
    const seen: unknown[] = [];
    container().addEventListener('client-action', (event) => {
      seen.push(event.detail);
      event.preventDefault();
    });
    await userEvent.click(page.getByRole('button', { name: `Actions for ${name}` }));
    await userEvent.click(page.getByRole('menuitem', { name: 'Delete' }));
    expect(seen).toEqual([{ action: 'delete', clientId: newest.id }]);
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    expect(server.actions).toEqual([]);
  });

  it('asks a reason before logging in as the client', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const server = mountWithApi(few);
    await userEvent.click(page.getByRole('button', { name: `Actions for ${name}` }));
    await userEvent.click(page.getByRole('menuitem', { name: 'Log in as client' }));
    const dialog = page.getByRole('dialog', { name: `Log in as ${name}` });
    const reason = dialog.getByLabelText(/Reason/);
    const duration = dialog.getByLabelText('Session length in minutes');
    // A click on the empty form: the dialog's own message on the field, which gets focus
    // (never the browser's bubble), and nothing sent.
    await userEvent.click(dialog.getByRole('button', { name: 'Log in as client' }));
    await expect.element(reason).toHaveAttribute('aria-invalid', 'true');
    await expect.element(reason).toHaveAccessibleDescription('Fill in this field.');
    await expect.element(dialog.getByText('Fill in this field.')).toBeVisible();
    await expect.poll(() => deepActive()).toBe(reason.element());
    expect(server.actions).toEqual([]);
    // Too short, and a duration off its steps: both said, with Enter as with the click.
    await userEvent.fill(reason, 'ok');
    await userEvent.fill(duration, '7');
    await userEvent.keyboard('{Enter}');
    await expect.element(reason).toHaveAccessibleDescription(/at least 3/);
    await expect.element(duration).toHaveAttribute('aria-invalid', 'true');
    await expect
      .element(duration)
      .toHaveAccessibleDescription('Enter whole minutes from 5 to 240, in steps of 5.');
    expect(server.actions).toEqual([]);
    await userEvent.fill(reason, 'Reproduce ticket T-1');
    await userEvent.fill(duration, '30');
    await userEvent.click(dialog.getByRole('button', { name: 'Log in as client' }));
    await expect.element(dialog).not.toBeInTheDocument();
    expect(server.actions[0]).toEqual({
      path: `POST /clients/${newest.id}/impersonate`,
      body: { reason: 'Reproduce ticket T-1', duration_minutes: 30 },
    });
    expect(open).toHaveBeenCalledWith('https://panel.test/imp', '_blank', 'noopener,noreferrer');
    open.mockRestore();
  });

  it('disables what the user may not do (auditor), saying why, to the keyboard too', async () => {
    const server = mountWithApi(few, ['clients.read']);
    await userEvent.click(page.getByRole('button', { name: `Actions for ${name}` }));
    const view = page.getByRole('menuitem', { name: 'View' });
    await expect.element(view).not.toHaveAttribute('aria-disabled');
    const reason = 'Your account is not allowed to do this.';
    for (const label of ['Suspend', 'Log in as client', 'Delete']) {
      // Reached with the arrow keys, named by its action, described (and shown) by why not.
      await userEvent.keyboard('{ArrowDown}');
      const item = page.getByRole('menuitem', { name: label, exact: true });
      expect(deepActive()).toBe(item.element());
      await expect.element(item).toHaveAttribute('aria-disabled', 'true');
      await expect.element(item).toHaveAccessibleDescription(reason);
      const line = item.element().nextElementSibling!;
      expect(line.textContent).toBe(reason);
      await expect.element(page.elementLocator(line)).toBeVisible();
    }
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('menu')).toBeVisible();
    expect(page.getByRole('dialog').query()).toBeNull();
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('menu')).not.toBeInTheDocument();

    // The bulk bar: each action focusable, described by the reason the bar shows.
    await userEvent.click(page.getByRole('checkbox', { name: `Select ${name}` }));
    const bar = page.getByRole('group', { name: '1 selected' });
    await expect.element(bar.getByText(reason)).toBeVisible();
    const suspend = bar.getByRole('button', { name: 'Suspend selected' });
    await expect.element(suspend).toHaveAttribute('aria-disabled', 'true');
    await expect.element(suspend).toHaveAccessibleDescription(reason);
    (suspend.element() as HTMLElement).focus();
    expect(deepActive()).toBe(suspend.element());
    await userEvent.keyboard('{Enter}');
    expect(page.getByRole('dialog').query()).toBeNull();
    expect(server.actions).toEqual([]);
  });

  it('suspends and resumes several clients at once', async () => {
    const server = mountWithApi(few);
    const active = few.filter((c) => c.status === 'active').slice(-2);
    for (const client of active) {
      const label = client.company ?? `${client.first_name} ${client.last_name}`;
      await userEvent.click(page.getByRole('checkbox', { name: `Select ${label}` }));
    }
    const bar = page.getByRole('group', { name: '2 selected' });
    await expect.element(bar).toBeVisible();
    await userEvent.click(bar.getByRole('button', { name: 'Suspend selected' }));
    const dialog = page.getByRole('dialog', { name: 'Suspend 2 clients?' });
    await userEvent.click(dialog.getByRole('button', { name: 'Suspend' }));
    await expect.element(dialog).not.toBeInTheDocument();
    expect(server.actions.map((a) => a.path).sort()).toEqual(
      active.map((c) => `POST /clients/${c.id}/suspend`).sort(),
    );
    await expect.element(bar).not.toBeInTheDocument();
    // The status counts follow (10 suspended and 20 active before).
    const counts = page.getByRole('group', { name: 'Filter by status' });
    await expect.element(counts.getByRole('button', { name: 'Suspended 12' })).toBeVisible();
    await expect.element(counts.getByRole('button', { name: 'Active 18' })).toBeVisible();
  });

  it('approves a pending client from its menu, and several from the sign-up queue', async () => {
    const queue = makeClients(12).map((c, i) => ({
      ...c,
      status: (i % 3 === 0 ? 'active' : 'pending_approval') as Client['status'],
    }));
    const server = mountWithApi(queue);
    const [first, second, third] = queue.filter((c) => c.status === 'pending_approval').reverse();
    const label = (c: Client) => c.company ?? `${c.first_name} ${c.last_name}`;
    await userEvent.click(page.getByRole('button', { name: `Actions for ${label(first!)}` }));
    await userEvent.click(page.getByRole('menuitem', { name: 'Approve' }));
    const dialog = page.getByRole('dialog', { name: `Approve ${label(first!)}?` });
    await userEvent.click(dialog.getByRole('button', { name: 'Approve' }));
    await expect.element(dialog).not.toBeInTheDocument();
    const row = page.getByRole('row').filter({ hasText: first!.email });
    await expect.element(row.getByText('Active', { exact: true })).toBeVisible();

    const active = queue.find((c) => c.status === 'active')!;
    for (const client of [second!, third!, active]) {
      await userEvent.click(page.getByRole('checkbox', { name: `Select ${label(client)}` }));
    }
    const bar = page.getByRole('group', { name: '3 selected' });
    await userEvent.click(bar.getByRole('button', { name: 'Approve selected' }));
    const bulk = page.getByRole('dialog', { name: 'Approve 2 clients?' });
    await userEvent.click(bulk.getByRole('button', { name: 'Approve' }));
    await expect.element(bulk).not.toBeInTheDocument();
    expect(server.actions.map((a) => a.path).sort()).toEqual(
      [first!, second!, third!].map((c) => `POST /clients/${c.id}/approve`).sort(),
    );
    // Only the active client is left selected, and nothing in it can be approved or resumed.
    const left = page.getByRole('group', { name: '1 selected' });
    await expect
      .element(left.getByRole('button', { name: 'Approve selected' }))
      .not.toBeInTheDocument();
    await expect
      .element(left.getByRole('button', { name: 'Resume selected' }))
      .toHaveAccessibleDescription('None of the selected clients can take this action.');
    await expect.element(left.getByRole('button', { name: 'Suspend selected' })).toBeEnabled();
  });

  it('shows a status this version does not know as its text, not as an empty badge', async () => {
    const [client] = makeClients(1);
    mountWithData([{ ...client!, status: 'archived' as Client['status'] }]);
    const row = page.getByRole('row').filter({ hasText: client!.email });
    await expect.element(row.getByText('archived', { exact: true })).toBeVisible();
  });

  it('shows why a client is in its status', async () => {
    const [client] = makeClients(1);
    mountWithData([{ ...client!, status: 'suspended', status_reason: 'fraud' }]);
    const row = page.getByRole('row').filter({ hasText: client!.email });
    await expect.element(row.getByText('Suspended', { exact: true })).toBeVisible();
    await expect.element(row.getByText('Fraud', { exact: true })).toBeVisible();
  });

  it('runs a bulk action a few at a time with progress, and stops when asked', async () => {
    const server = mountWithApi(few);
    const active = few.filter((c) => c.status === 'active').slice(-8);
    for (const client of active) {
      const label = client.company ?? `${client.first_name} ${client.last_name}`;
      await userEvent.click(page.getByRole('checkbox', { name: `Select ${label}` }));
    }
    const bar = page.getByRole('group', { name: '8 selected' });
    await userEvent.click(bar.getByRole('button', { name: 'Suspend selected' }));
    const dialog = page.getByRole('dialog', { name: 'Suspend 8 clients?' });
    server.hold();
    await userEvent.click(dialog.getByRole('button', { name: 'Suspend' }));
    // Four requests at a time; the rest wait for a free slot.
    await expect.poll(() => server.held.length).toBe(4);
    await expect.element(dialog.getByRole('status')).toHaveTextContent('0 of 8 done');
    server.release(2);
    await expect.element(dialog.getByRole('status')).toHaveTextContent('2 of 8 done');
    await expect.poll(() => server.actions.length).toBe(6);
    // The confirm button keeps focus while busy (aria-disabled, not disabled).
    const confirm = dialog.getByRole('button', { name: 'Suspend' });
    await expect.element(confirm).toHaveAttribute('aria-disabled', 'true');
    await expect.poll(() => deepActive()?.textContent?.trim()).toBe('Suspend');
    await userEvent.click(dialog.getByRole('button', { name: 'Stop' }));
    await expect.element(dialog).not.toBeInTheDocument();
    server.release(4);
    // What was done stays done; what was not stays selected, and nothing more is sent.
    await expect.element(page.getByRole('group', { name: '6 selected' })).toBeVisible();
    expect(server.actions).toHaveLength(6);
    const suspended = page.getByRole('row').filter({ hasText: 'Suspended' });
    await expect.poll(() => suspended.elements().length).toBeGreaterThanOrEqual(2);
  });

  it('selects every matching client from the tri-state header box, by keyboard too', async () => {
    const provider = createArrayDataProvider(CLIENTS);
    render(html`<client-grid .dataProvider=${provider}></client-grid>`, container());
    const table = page.getByRole('grid');
    await expect.element(table).toHaveAttribute('aria-rowcount', '1001');
    const all = page.getByRole('checkbox', { name: 'Select all clients' });
    await expect.element(all).not.toBeChecked();
    const newest = CLIENTS.at(-1)!;
    const newestName = newest.company ?? `${newest.first_name} ${newest.last_name}`;
    await userEvent.click(page.getByRole('checkbox', { name: `Select ${newestName}` }));
    await expect.element(all).toBePartiallyChecked();
    // Keyboard: Ctrl+Home to the header row, Home to its first cell, Space toggles.
    await userEvent.keyboard('{Control>}{Home}{/Control}{Home}');
    await expect.poll(() => deepActive()?.getAttribute('aria-label')).toBe('Select all clients');
    await userEvent.keyboard(' ');
    await expect.element(all).toBeChecked();
    // Every matching client, not only the rows loaded so far.
    await expect.poll(() => grid().selectedIds.length).toBe(1000);
    await expect.element(page.getByRole('group', { name: '1000 selected' })).toBeVisible();
    await userEvent.keyboard(' ');
    await expect.element(all).not.toBeChecked();
    expect(grid().selectedIds).toEqual([]);
    await expect.element(page.getByRole('group', { name: /selected$/ })).not.toBeInTheDocument();
  });

  it('has a select-all box in card view as well', async () => {
    const few = makeClients(12);
    mountWithData(few, 'view=cards');
    const all = page.getByRole('checkbox', { name: 'Select all clients' });
    await userEvent.click(all);
    await expect.element(all).toBeChecked();
    expect(grid().selectedIds.sort()).toEqual(few.map((c) => c.id).sort());
  });

  it('exports the current filter as CSV, not just the loaded rows', async () => {
    const filters = { status: ['active' as const] };
    const expected = CLIENTS.filter((c) => c.status === 'active');
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { requests, provider } = recording(createArrayDataProvider(CLIENTS, { maxLimit: 100 }));
    render(
      html`<client-grid .dataProvider=${provider} .filters=${filters}></client-grid>`,
      container(),
    );
    await expect
      .element(page.getByRole('grid'))
      .toHaveAttribute('aria-rowcount', String(expected.length + 1));
    await userEvent.click(page.getByRole('button', { name: 'Export CSV' }));
    await expect.poll(() => blobs.length).toBe(1);
    const lines = (await blobs[0]!.text()).trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,company,/);
    expect(lines).toHaveLength(expected.length + 1);
    expect(requests.every((r) => r.filters.status?.[0] === 'active')).toBe(true);
    // Pages of the provider's declared maximum.
    expect(requests.some((r) => r.limit === 100)).toBe(true);
    create.mockRestore();
    click.mockRestore();
  });

  it('shows the problem with a retry when loading fails, and forbidden on 403', async () => {
    let fail: Response | undefined = problem(500, {
      title: 'Internal server error',
      detail: 'The database is resting.',
    });
    const api = fakeApi((_request, url) => {
      if (url.pathname.endsWith('/me'))
        return json({ id: 'u', name: 'U', email: 'e', role: 'r', permissions: [], locale: 'en' });
      if (fail) {
        const response = fail;
        fail = undefined;
        return response;
      }
      return json({ items: few, next_cursor: null, total: few.length, status_counts: undefined });
    });
    render(html`<client-grid .client=${api.client()}></client-grid>`, container());
    await expect.element(page.getByRole('alert')).toMatchTextContent(/The database is resting/);
    await userEvent.click(page.getByRole('button', { name: 'Retry' }));
    await expect.element(page.getByRole('grid')).toHaveAttribute('aria-rowcount', '31');

    fail = problem(403, { title: 'Forbidden' });
    grid().query = 'x';
    await expect.element(page.getByText('Access denied')).toBeVisible();
  });
});
