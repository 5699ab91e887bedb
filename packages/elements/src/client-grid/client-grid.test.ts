import type { Client } from '@clientele/sdk';
import { html, render } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/client-grid.ts';
import '../define/clientele-provider.ts';
import { deferred, fakeApi, json, problem } from '../testing/fake-api.ts';
import { createArrayDataProvider, makeClients } from '../testing/index.ts';
import { deepActive, useListContainer } from '../testing/list-fixture.ts';
import type { ClientDataProvider, ClientDataRequest } from './client-data.ts';
import type { ClientGrid } from './client-grid.ts';

const CLIENTS = makeClients(1000);
const container = useListContainer();

function grid(): ClientGrid {
  return container().querySelector('client-grid')!;
}

/** Records every request the grid makes, on top of an in-memory provider. */
function recording(provider: ClientDataProvider) {
  const requests: Omit<ClientDataRequest, 'signal'>[] = [];
  const wrapped: ClientDataProvider = Object.assign(
    (request: ClientDataRequest) => {
      const { signal: _signal, ...rest } = request;
      requests.push(rest);
      return provider(request);
    },
    { maxLimit: provider.maxLimit },
  );
  return { requests, provider: wrapped };
}

function mountWithData(clients: Client[] = CLIENTS, attributes = '') {
  const provider = createArrayDataProvider(clients);
  render(html`<client-grid .dataProvider=${provider}></client-grid>`, container());
  for (const pair of attributes.split(' ').filter(Boolean)) {
    const at = pair.indexOf('=');
    grid().setAttribute(pair.slice(0, at), pair.slice(at + 1));
  }
  return grid();
}

const byName = (a: Client, b: Client) =>
  new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare(
    a.company ?? `${a.last_name} ${a.first_name}`,
    b.company ?? `${b.last_name} ${b.first_name}`,
  ) || (a.id < b.id ? -1 : 1);

describe('<client-grid> list view', () => {
  it('shows the clients in an ARIA grid with the true row count', async () => {
    mountWithData();
    const table = page.getByRole('grid', { name: 'Clients' });
    await expect.element(table).toHaveAttribute('aria-rowcount', '1001');
    await expect
      .element(page.getByRole('status').filter({ hasText: 'clients' }))
      .toHaveTextContent('1,000 clients');
    await expect.element(page.getByRole('columnheader', { name: 'Email' })).toBeVisible();
    const newest = CLIENTS.at(-1)!; // default sort: newest first
    await expect.element(page.getByRole('gridcell', { name: newest.email })).toBeVisible();
    const rows = grid().shadowRoot!.querySelectorAll('[role="row"]');
    expect(rows.length).toBeLessThan(40);
  });

  it('shows a status badge with text and the status counts', async () => {
    mountWithData();
    const counts = page.getByRole('group', { name: 'Filter by status' });
    await expect.element(counts.getByRole('button', { name: /Pending approval/ })).toBeVisible();
    const active = CLIENTS.filter((c) => c.status === 'active').length;
    await expect
      .element(counts.getByRole('button', { name: `Active ${active.toLocaleString('en')}` }))
      .toBeVisible();
    await userEvent.click(counts.getByRole('button', { name: /^Suspended/ }));
    await expect
      .element(counts.getByRole('button', { name: /^Suspended/ }))
      .toHaveAttribute('aria-pressed', 'true');
    const suspended = CLIENTS.filter((c) => c.status === 'suspended').length;
    await expect
      .element(page.getByRole('grid'))
      .toHaveAttribute('aria-rowcount', String(suspended + 1));
    await expect
      .element(page.getByRole('button', { name: 'Remove filter Status: Suspended' }))
      .toBeVisible();
  });

  it('moves with the keyboard; Ctrl+End reaches the real last client; Enter selects', async () => {
    // Pages of at most 200, like the API's.
    const { requests, provider } = recording(createArrayDataProvider(CLIENTS, { maxLimit: 200 }));
    render(
      html`<button>Before</button><client-grid .dataProvider=${provider}></client-grid>`,
      container(),
    );
    const selected: string[] = [];
    container().addEventListener('client-select', (e) => selected.push(e.detail.clientId));
    await expect.element(page.getByRole('grid')).toHaveAttribute('aria-rowcount', '1001');
    await userEvent.click(page.getByRole('button', { name: 'Before' }));
    // Tab through the toolbar: the grid is one tab stop, its first data cell's checkbox.
    const inGrid = () => Boolean(deepActive()?.closest('[role="grid"]'));
    for (let i = 0; i < 30 && !inGrid(); i++) await userEvent.keyboard('{Tab}');
    expect(deepActive()?.getAttribute('aria-label')).toMatch(/^Select /);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(inGrid()).toBe(false);
    await userEvent.keyboard('{Tab}');
    expect(deepActive()?.getAttribute('aria-label')).toMatch(/^Select /);
    await userEvent.keyboard('{ArrowRight}');
    const newest = CLIENTS.at(-1)!;
    await expect
      .poll(() => deepActive()?.textContent?.trim())
      .toContain(newest.company ?? newest.first_name);
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await expect
      .poll(() => deepActive()?.closest('[role="row"]')?.getAttribute('aria-rowindex'))
      .toBe('1001');
    // The oldest client, loaded by one request in the reverse order, not a walk of pages.
    await userEvent.keyboard('{Home}{ArrowRight}{ArrowRight}');
    await expect.poll(() => deepActive()?.textContent?.trim()).toBe(CLIENTS[0]!.email);
    expect(requests.some((r) => r.sort === 'created_at')).toBe(true);
    expect(requests.length).toBeLessThanOrEqual(3);
    await userEvent.keyboard('{Enter}');
    expect(selected).toEqual([CLIENTS[0]!.id]);
    // Ctrl+Home: the header row's first cell, whose widget is the select-all box.
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    await expect.poll(() => deepActive()?.closest('[role="columnheader"]')).not.toBeNull();
    expect(deepActive()?.getAttribute('aria-label')).toBe('Select all clients');
  });

  it('sorts from the column headers with aria-sort', async () => {
    mountWithData();
    const header = page.getByRole('columnheader', { name: /Client/ });
    await expect.element(header).toHaveAttribute('aria-sort', 'none');
    await userEvent.click(header.getByRole('button'));
    await expect.element(header).toHaveAttribute('aria-sort', 'ascending');
    expect(grid().sort).toBe('company');
    const first = [...CLIENTS].sort(byName)[0]!;
    await expect.element(page.getByRole('gridcell', { name: first.email })).toBeVisible();
    const firstRow = grid().shadowRoot!.querySelector('[role="row"][aria-rowindex="2"]');
    expect(firstRow?.textContent).toContain(first.email);
    await userEvent.click(header.getByRole('button'));
    await expect.element(header).toHaveAttribute('aria-sort', 'descending');
    const last = [...CLIENTS].sort(byName).at(-1)!;
    await expect.element(page.getByRole('gridcell', { name: last.email })).toBeVisible();
  });

  it('loads the rows scrolled to, with placeholders meanwhile', async () => {
    const slow = createArrayDataProvider(CLIENTS, { latency: 30 });
    render(html`<client-grid .dataProvider=${slow}></client-grid>`, container());
    await expect.element(page.getByRole('grid')).toHaveAttribute('aria-rowcount', '1001');
    const scroller = grid().shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!;
    scroller.scrollTop = 52 * 500;
    scroller.dispatchEvent(new Event('scroll'));
    await expect
      .poll(() => grid().shadowRoot!.querySelector('[role="row"][aria-busy="true"]'))
      .not.toBeNull();
    const target = CLIENTS[1000 - 1 - 505]!;
    await expect.element(page.getByRole('gridcell', { name: target.email })).toBeInTheDocument();
    expect(grid().shadowRoot!.querySelectorAll('[role="row"]').length).toBeLessThan(40);
  });
});

describe('<client-grid> search and filters', () => {
  it('searches after a pause, and never shows a stale answer', async () => {
    const gates: Array<ReturnType<typeof deferred<void>>> = [];
    const base = createArrayDataProvider(CLIENTS);
    const provider: ClientDataProvider = async (request) => {
      if (request.query === 'ana') {
        const gate = deferred<void>();
        gates.push(gate);
        await gate.promise; // the first search answers late
      }
      return base(request);
    };
    render(html`<client-grid .dataProvider=${provider}></client-grid>`, container());
    const search = page.getByRole('searchbox', { name: 'Search clients' });
    await userEvent.fill(search, 'ana');
    await expect.poll(() => gates.length).toBe(1);
    const target = CLIENTS[42]!;
    await userEvent.fill(search, target.email);
    await expect.element(page.getByRole('grid')).toHaveAttribute('aria-rowcount', '2');
    gates[0]!.resolve();
    await new Promise((r) => setTimeout(r, 50));
    await expect.element(page.getByRole('grid')).toHaveAttribute('aria-rowcount', '2');
    expect(grid().query).toBe(target.email);
  });

  it('offers every filter, shows active ones as chips, and clears them', async () => {
    mountWithData();
    await userEvent.click(page.getByRole('button', { name: 'Filters' }));
    const panel = page.getByRole('group', { name: 'Filters' });
    for (const label of [
      'Created on or after',
      'Created on or before',
      'Configuration',
      'Group',
      'Tax exempt',
      'Has instances in region',
      'Has instances with flavor',
      'Has instances on hypervisor',
      'Has billing agreement',
      'Has services',
      'Has instances',
      'Has services of type',
      'Has service for product',
    ]) {
      await expect.element(panel.getByLabelText(label, { exact: true })).toBeInTheDocument();
    }
    await userEvent.click(panel.getByRole('checkbox', { name: 'Suspended' }));
    await userEvent.selectOptions(panel.getByLabelText('Tax exempt', { exact: true }), 'Yes');
    await expect.element(page.getByRole('list', { name: 'Active filters' })).toBeVisible();
    expect(grid().filters).toEqual({ status: ['suspended'], tax_exempt: true });
    const expected = CLIENTS.filter((c) => c.status === 'suspended' && c.tax_exempt).length;
    await expect
      .element(page.getByRole('grid'))
      .toHaveAttribute('aria-rowcount', String(expected + 1));
    await userEvent.click(page.getByRole('button', { name: 'Remove filter Tax exempt: Yes' }));
    expect(grid().filters).toEqual({ status: ['suspended'] });
    await userEvent.click(page.getByRole('button', { name: 'Clear all' }));
    expect(grid().filters).toEqual({});
    await expect.element(page.getByRole('grid')).toHaveAttribute('aria-rowcount', '1001');
  });

  it('takes filters as an attribute in JSON or URL form, warning about bad parts', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    mountWithData(CLIENTS, 'filters=status=active&status=bogus');
    await expect
      .element(page.getByRole('button', { name: 'Remove filter Status: Active' }))
      .toBeVisible();
    expect(warn).toHaveBeenCalledWith('<client-grid> filters: unknown status "bogus"');
    grid().setAttribute('filters', '{"has_services":false}');
    await expect
      .element(page.getByRole('button', { name: 'Remove filter Has services: No' }))
      .toBeVisible();
    warn.mockRestore();
  });

  it('shows the empty state with a way out when nothing matches', async () => {
    mountWithData();
    grid().query = 'no such client anywhere';
    await expect.element(page.getByText('No clients match')).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Clear all' }));
    await expect.element(page.getByRole('grid')).toHaveAttribute('aria-rowcount', '1001');
  });
});

describe('<client-grid> URL state and views', () => {
  it('mirrors its state into the URL and restores it on load', async () => {
    history.replaceState(null, '', '?page=clients&c.q=nimbus&c.sort=country&c.view=cards');
    render(
      html`<client-grid url-state="c." .dataProvider=${createArrayDataProvider(CLIENTS)}></client-grid>`,
      container(),
    );
    await expect.element(page.getByRole('list', { name: 'Clients' })).toBeVisible();
    expect(grid().query).toBe('nimbus');
    expect(grid().sort).toBe('country');
    expect(grid().view).toBe('cards');
    await userEvent.click(page.getByRole('button', { name: 'List', exact: true }));
    grid().filters = { status: ['active'] };
    await expect.element(page.getByRole('grid')).toBeVisible();
    await expect
      .poll(() => window.location.search)
      .toBe('?page=clients&c.q=nimbus&c.status=active&c.sort=country');
  });

  it('shows cards with the same essentials, windowed', async () => {
    mountWithData(CLIENTS, 'view=cards');
    const list = page.getByRole('list', { name: 'Clients' });
    await expect.element(list).toBeVisible();
    const newest = CLIENTS.at(-1)!;
    await expect.element(list.getByText(newest.email)).toBeVisible();
    const first = list.getByRole('listitem').first();
    await expect.element(first).toHaveAttribute('aria-setsize', '1000');
    expect(grid().shadowRoot!.querySelectorAll('[role="listitem"]').length).toBeLessThan(60);
    const selected: string[] = [];
    container().addEventListener('client-select', (e) => selected.push(e.detail.clientId));
    await userEvent.click(
      list.getByRole('button', {
        name: newest.company ?? `${newest.first_name} ${newest.last_name}`,
        exact: true,
      }),
    );
    expect(selected).toEqual([newest.id]);
    await userEvent.selectOptions(page.getByLabelText('Sort by'), 'Company (ascending)');
    expect(grid().sort).toBe('company');
  });

  it('keeps server text in its own direction on a right-to-left page', async () => {
    const [first, second] = makeClients(2);
    const clients: Client[] = [
      { ...first!, uptodate_credit: { amount: '-268.33', currency: 'USD' } },
      { ...second!, company: 'شركة النخيل' },
    ];
    render(
      html`<div dir="rtl"><client-grid .dataProvider=${createArrayDataProvider(clients)}></client-grid></div>`,
      container(),
    );
    const debtor = page.getByRole('row').filter({ hasText: first!.email });
    const amount = debtor.getByText('-$268.33');
    await expect.element(amount).toBeVisible();
    // On screen: the minus sign left of the digits, the email's first letter left of its last.
    expect(readsLeftToRight(amount.element())).toBe(true);
    expect(readsLeftToRight(debtor.getByText(first!.email).element())).toBe(true);
    const arabic = page.getByText('شركة النخيل');
    await expect.element(arabic).toBeVisible();
    expect(readsLeftToRight(arabic.element())).toBe(false);
    // The grid itself follows the page: its first column is on the right.
    const [checkbox, email] = [
      debtor.getByRole('checkbox').element().getBoundingClientRect(),
      debtor.getByText(first!.email).element().getBoundingClientRect(),
    ];
    expect(checkbox.left).toBeGreaterThan(email.left);
  });

  it('speaks German', async () => {
    render(
      html`<client-grid lang="de" .dataProvider=${createArrayDataProvider(CLIENTS)}></client-grid>`,
      container(),
    );
    await expect.element(page.getByRole('grid', { name: 'Kunden' })).toBeVisible();
    await expect.element(page.getByRole('searchbox', { name: 'Kunden suchen' })).toBeVisible();
    await expect.element(page.getByText('1.000 Kunden')).toBeVisible();
  });
});

/** Whether an element's text runs left to right on screen: its first character left of its last. */
function readsLeftToRight(element: Element): boolean {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  while (node && !node.textContent?.trim()) node = walker.nextNode();
  const text = node?.textContent ?? '';
  const range = document.createRange();
  const left = (offset: number) => {
    range.setStart(node!, offset);
    range.setEnd(node!, offset + 1);
    return range.getBoundingClientRect().left;
  };
  return left(text.search(/\S/)) < left(text.trimEnd().length - 1);
}

/** A fake API over an array: /me by token, /clients, and the client actions. */
function backend(clients: Client[], permissions: string[]) {
  const store = new Map(clients.map((c) => [c.id, { ...c }]));
  const list = () => createArrayDataProvider([...store.values()]);
  const actions: Array<{ path: string; body: unknown }> = [];
  let failNext: Response | undefined;
  // While holding, each action waits for its own release (in arrival order).
  let holding = false;
  const held: Array<() => void> = [];
  const api = fakeApi(async (request, url) => {
    const path = url.pathname.replace(/^\/api/, '');
    if (path === '/me') {
      return json({ id: 'u', name: 'U', email: 'u@x.test', role: 'x', permissions, locale: 'en' });
    }
    if (path === '/clients' && request.method === 'GET') {
      const p = url.searchParams;
      const page = await list()({
        query: p.get('search') ?? '',
        filters: p.getAll('status').length ? { status: p.getAll('status') as never } : {},
        sort: (p.get('sort') ?? '-created_at') as never,
        cursor: p.get('cursor'),
        limit: Number(p.get('limit') ?? 50),
        signal: request.signal,
      });
      return json({
        items: page.items,
        next_cursor: page.nextCursor,
        total: page.total,
        status_counts: page.statusCounts,
      });
    }
    const match = /^\/clients\/([^/]+)(?:\/(\w+))?$/.exec(path);
    if (match) {
      const body = request.method === 'POST' ? await request.json().catch(() => null) : null;
      actions.push({ path: `${request.method} ${path}`, body });
      if (holding) await new Promise<void>((resolve) => held.push(resolve));
      if (failNext) {
        const response = failNext;
        failNext = undefined;
        return response;
      }
      const client = store.get(match[1]!)!;
      const status =
        match[2] === 'suspend'
          ? 'suspended'
          : match[2] === 'resume' || match[2] === 'approve'
            ? 'active'
            : request.method === 'DELETE'
              ? 'deleting'
              : client.status;
      if (match[2] === 'impersonate') {
        return json(
          {
            token: 't',
            url: 'https://panel.test/imp',
            expires_at: '',
            client_id: client.id,
            impersonator: { id: 'u', name: 'U' },
            reason: '',
          },
          201,
        );
      }
      const updated = { ...client, status } as Client;
      store.set(client.id, updated);
      return json(updated, request.method === 'DELETE' ? 202 : 200);
    }
    return problem(404);
  });
  return {
    api,
    actions,
    fail(response: Response) {
      failNext = response;
    },
    /** From now on, actions wait until released. */
    hold() {
      holding = true;
    },
    held,
    /** Lets the `count` oldest waiting actions answer. */
    release(count: number) {
      for (const resolve of held.splice(0, count)) resolve();
    },
  };
}

const ALL = [
  'clients.read',
  'clients.approve',
  'clients.suspend',
  'clients.impersonate',
  'clients.delete',
];

function mountWithApi(clients: Client[], permissions = ALL) {
  const server = backend(clients, permissions);
  render(
    html`<clientele-provider .client=${server.api.client({ token: 'tok' })}>
      <client-grid></client-grid>
    </clientele-provider>`,
    container(),
  );
  return server;
}

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
    await userEvent.click(dialog.getByRole('button', { name: 'Log in as client' }));
    expect(server.actions).toEqual([]); // the reason is required
    await userEvent.fill(dialog.getByLabelText(/Reason/), 'Reproduce ticket T-1');
    await userEvent.click(dialog.getByRole('button', { name: 'Log in as client' }));
    await expect.element(dialog).not.toBeInTheDocument();
    expect(server.actions[0]).toEqual({
      path: `POST /clients/${newest.id}/impersonate`,
      body: { reason: 'Reproduce ticket T-1', duration_minutes: 30 },
    });
    expect(open).toHaveBeenCalledWith('https://panel.test/imp', '_blank', 'noopener,noreferrer');
    open.mockRestore();
  });

  it('disables what the user may not do (auditor)', async () => {
    mountWithApi(few, ['clients.read']);
    await userEvent.click(page.getByRole('button', { name: `Actions for ${name}` }));
    await expect
      .element(page.getByRole('menuitem', { name: 'View' }))
      .not.toHaveAttribute('aria-disabled');
    for (const label of ['Suspend', 'Log in as client', 'Delete']) {
      await expect
        .element(page.getByRole('menuitem', { name: label }))
        .toHaveAttribute('aria-disabled', 'true');
    }
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('menu')).not.toBeInTheDocument();
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
    await expect.element(left.getByRole('button', { name: 'Resume selected' })).toBeDisabled();
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
