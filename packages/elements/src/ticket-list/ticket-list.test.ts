import type { Ticket, TicketPriority, TicketSort, TicketWaitingOn } from '@clientele/sdk';
import { html, render } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/clientele-provider.ts';
import '../define/ticket-list.ts';
import type { TicketStatus } from '@clientele/sdk';
import { formatDateTime, formatRelativeTime } from '../base/format/dates.ts';
import { type Deferred, deferred, fakeApi, json, problem } from '../testing/fake-api.ts';
import { deepActive, useListContainer } from '../testing/list-fixture.ts';
import {
  createTicketArrayDataProvider,
  makeTickets,
  SAMPLE_DEPARTMENTS,
  SAMPLE_TICKET_CLIENTS,
} from '../testing/tickets.ts';
import type { TicketDataProvider, TicketDataRequest } from './ticket-data.ts';
import { TicketList } from './ticket-list.ts';

const container = useListContainer();

function list(): TicketList {
  return container().querySelector('ticket-list')!;
}

/** Text of the data row at a 0-based position. */
function rowText(index: number): string {
  const row = list().shadowRoot!.querySelector(`[role="row"][aria-rowindex="${index + 2}"]`);
  return row?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function recording(provider: TicketDataProvider) {
  const requests: Omit<TicketDataRequest, 'signal'>[] = [];
  const wrapped: TicketDataProvider = (request) => {
    const { signal: _signal, ...rest } = request;
    requests.push(rest);
    return provider(request);
  };
  return { requests, provider: wrapped };
}

const TICKETS = makeTickets(1000, Date.now());

function mountWithData(tickets: Ticket[] = TICKETS, attributes: Record<string, string> = {}) {
  const provider = createTicketArrayDataProvider(tickets);
  render(
    html`<ticket-list .dataProvider=${provider} .departments=${SAMPLE_DEPARTMENTS}></ticket-list>`,
    container(),
  );
  for (const [name, value] of Object.entries(attributes)) list().setAttribute(name, value);
  return list();
}

const PERMISSIONS = {
  'admin-token': ['clients.read', 'tickets.read', 'tickets.create'],
  'auditor-token': ['clients.read', 'tickets.read'],
} as const;

/** A fake API over an array: /me by token, the ticket lists, departments, clients, createTicket. */
function backend(tickets: Ticket[] = makeTickets(60, Date.now())) {
  const store = [...tickets];
  const created: unknown[] = [];
  let failNext: Response | undefined;
  let hold: Deferred<void> | undefined;
  const api = fakeApi(async (request, url) => {
    const path = url.pathname.replace(/^\/api/, '');
    const p = url.searchParams;
    if (path === '/me') {
      const token = request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? '';
      const permissions = PERMISSIONS[token as keyof typeof PERMISSIONS] ?? [];
      return json({ id: 'u', name: 'U', email: 'u@x.test', role: 'x', permissions, locale: 'en' });
    }
    if (path === '/ticket-departments') {
      return json({ items: SAMPLE_DEPARTMENTS, next_cursor: null, total: 4 });
    }
    if (path === '/clients') {
      const needle = (p.get('search') ?? '').toLowerCase();
      const items = SAMPLE_TICKET_CLIENTS.filter((c) => c.name.toLowerCase().includes(needle)).map(
        (c) => ({
          id: c.id,
          company: c.name,
          first_name: 'A',
          last_name: 'B',
          email: `${c.id}@x.test`,
        }),
      );
      return json({ items, next_cursor: null, total: items.length });
    }
    const one = /^\/clients\/([^/]+)\/tickets$/.exec(path);
    if ((path === '/tickets' && request.method === 'GET') || one) {
      if (hold) await hold.promise;
      const clientId = one ? one[1]! : (p.get('client_id') ?? undefined);
      if (one && !SAMPLE_TICKET_CLIENTS.some((c) => c.id === clientId)) {
        return problem(404, { title: 'Not found', detail: 'No such client.' });
      }
      if (failNext) {
        const response = failNext;
        failNext = undefined;
        return response;
      }
      const result = await createTicketArrayDataProvider(store)({
        clientId,
        query: p.get('search') ?? '',
        filters: {
          ...(p.getAll('status').length ? { status: p.getAll('status') as TicketStatus[] } : {}),
          ...(p.get('department_id') ? { department_id: p.get('department_id')! } : {}),
          ...(p.get('priority') ? { priority: p.get('priority') as TicketPriority } : {}),
          ...(p.get('waiting_on') ? { waiting_on: p.get('waiting_on') as TicketWaitingOn } : {}),
        },
        sort: (p.get('sort') ?? '-created_at') as TicketSort,
        cursor: p.get('cursor'),
        limit: Number(p.get('limit') ?? 50),
        signal: request.signal,
      });
      return json({
        items: result.items,
        next_cursor: result.nextCursor,
        total: result.total,
        status_counts: result.statusCounts,
      });
    }
    if (path === '/tickets' && request.method === 'POST') {
      const body = (await request.json()) as Record<string, string>;
      created.push(body);
      if (failNext) {
        const response = failNext;
        failNext = undefined;
        return response;
      }
      const client = SAMPLE_TICKET_CLIENTS.find((c) => c.id === body.client_id)!;
      const department = SAMPLE_DEPARTMENTS.find((d) => d.id === body.department_id)!;
      const ticket: Ticket = {
        id: `T-${200000 + created.length}`,
        title: body.title!,
        client: { ...client },
        department: { ...department },
        priority: body.priority as TicketPriority,
        status: 'open',
        created_at: new Date().toISOString(),
        last_reply_at: null,
        service_id: null,
      };
      store.push(ticket);
      return json(ticket, 201);
    }
    return problem(404);
  });
  return {
    api,
    created,
    fail(response: Response) {
      failNext = response;
    },
    hold(gate: Deferred<void> | undefined) {
      hold = gate;
    },
  };
}

function mountWithApi(
  server: ReturnType<typeof backend>,
  options: { token?: string; clientId?: string } = {},
) {
  render(
    html`<clientele-provider .client=${server.api.client({ token: options.token ?? 'admin-token' })}>
      <ticket-list client-id=${options.clientId ?? ''}></ticket-list>
    </clientele-provider>`,
    container(),
  );
  return list();
}

describe('<ticket-list> rows', () => {
  it('shows the queue in an ARIA grid, newest first, status as a bar and in words', async () => {
    mountWithData();
    const grid = page.getByRole('grid', { name: 'Tickets' });
    await expect.element(grid).toHaveAttribute('aria-rowcount', '1001');
    await expect
      .element(page.getByRole('status').filter({ hasText: 'tickets' }))
      .toHaveTextContent('1,000 tickets');
    for (const name of ['Status', 'ID', 'Title', 'Client', 'Department', 'Priority']) {
      await expect.element(page.getByRole('columnheader', { name, exact: true })).toBeVisible();
    }
    const newest = TICKETS.at(-1)!;
    await expect.poll(() => rowText(0)).toContain(newest.id);
    expect(rowText(0)).toContain(newest.client.name);
    const status = list().shadowRoot!.querySelector(
      '[role="row"][aria-rowindex="2"] [part="status"]',
    );
    expect(status?.getAttribute('data-status')).toBe(newest.status);
    expect(status?.textContent?.trim()).toMatch(
      /^(Open|Customer reply|Answered|In progress|On hold|Closed)$/,
    );
    const bar = status?.previousElementSibling as HTMLElement;
    expect(getComputedStyle(bar).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    expect(list().shadowRoot!.querySelectorAll('[role="row"]').length).toBeLessThan(40);
  });

  it('shows a status or priority this version does not know as its text', async () => {
    const [ticket] = makeTickets(1, Date.now());
    mountWithData([
      {
        ...ticket!,
        status: 'escalated' as Ticket['status'],
        priority: 'urgent' as Ticket['priority'],
      },
    ]);
    const row = page.getByRole('row').filter({ hasText: ticket!.id });
    await expect.element(row.getByText('escalated', { exact: true })).toBeVisible();
    await expect.element(row.getByText('urgent', { exact: true })).toBeVisible();
  });

  it('shows the last reply relative, with the exact time', async () => {
    mountWithData();
    const hoursAgo = Date.now() - 3 * 3_600_000;
    const replied = TICKETS.filter(
      (t) => t.last_reply_at && Date.parse(t.last_reply_at) < hoursAgo,
    ).at(-1)!;
    const index = TICKETS.length - 1 - TICKETS.indexOf(replied);
    await expect.poll(() => rowText(index)).toContain(replied.id);
    const cell = list().shadowRoot!.querySelector(
      `[role="row"][aria-rowindex="${index + 2}"] [data-column="last-reply"]`,
    )!;
    const time = cell.querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe(replied.last_reply_at);
    expect(time.textContent).toBe(formatRelativeTime('en', replied.last_reply_at!));
    expect(time.textContent).toMatch(/ago$/);
    const exact = formatDateTime('en', replied.last_reply_at!, {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    expect(time.title).toBe(exact);
    await expect.element(page.getByText(exact).first()).toBeVisible();
    const open = TICKETS.findLast((t) => t.last_reply_at === null)!;
    const openIndex = TICKETS.length - 1 - TICKETS.indexOf(open);
    await expect.poll(() => rowText(openIndex)).toContain('No reply yet');
  });

  it('moves with the keyboard, reaches the real last ticket, and Enter fires ticket-select', async () => {
    const { requests, provider } = recording(createTicketArrayDataProvider(TICKETS));
    render(
      html`<button>Before</button><ticket-list .dataProvider=${provider}></ticket-list>`,
      container(),
    );
    const selected: string[] = [];
    container().addEventListener('ticket-select', (e) => selected.push(e.detail.ticketId));
    await expect.element(page.getByRole('grid')).toHaveAttribute('aria-rowcount', '1001');
    await userEvent.click(page.getByRole('button', { name: 'Before' }));
    const inGrid = () => Boolean(deepActive()?.closest('[role="grid"]'));
    for (let i = 0; i < 30 && !inGrid(); i++) await userEvent.keyboard('{Tab}');
    expect(deepActive()?.getAttribute('role')).toBe('gridcell');
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => deepActive()?.textContent?.trim()).toBe(TICKETS.at(-1)!.id);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(selected).toEqual([TICKETS.at(-2)!.id]);
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await expect
      .poll(() => deepActive()?.closest('[role="row"]')?.getAttribute('aria-rowindex'))
      .toBe('1001');
    await userEvent.keyboard('{Home}{ArrowRight}');
    await expect.poll(() => deepActive()?.textContent?.trim()).toBe(TICKETS[0]!.id);
    // The oldest ticket came from one request in the reverse order, not a walk of pages.
    expect(requests.some((r) => r.sort === 'created_at')).toBe(true);
    expect(requests.length).toBeLessThanOrEqual(3);
    await userEvent.keyboard('{Enter}');
    expect(selected.at(-1)).toBe(TICKETS[0]!.id);
  });

  it('sorts by priority, last reply and created from the headers', async () => {
    mountWithData();
    const priority = page.getByRole('columnheader', { name: /Priority/ });
    await expect.element(priority).toHaveAttribute('aria-sort', 'none');
    await expect
      .element(page.getByRole('columnheader', { name: /Created/ }))
      .toHaveAttribute('aria-sort', 'descending');
    await userEvent.click(priority.getByRole('button'));
    await expect.element(priority).toHaveAttribute('aria-sort', 'descending');
    expect(list().sort).toBe('-priority');
    await expect.poll(() => rowText(0)).toContain('High');
    await userEvent.click(priority.getByRole('button'));
    await expect.element(priority).toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(() => rowText(0)).toContain('Low');
    const lastReply = page.getByRole('columnheader', { name: /Last reply/ });
    await userEvent.click(lastReply.getByRole('button'));
    await expect.element(lastReply).toHaveAttribute('aria-sort', 'descending');
    const latest = [...TICKETS].sort(
      (a, b) =>
        (b.last_reply_at ?? '').localeCompare(a.last_reply_at ?? '') || b.id.localeCompare(a.id),
    )[0]!;
    await expect.poll(() => rowText(0)).toContain(latest.id);
  });

  it('loads the rows scrolled to, with placeholders meanwhile', async () => {
    const slow = createTicketArrayDataProvider(TICKETS, { latency: 30 });
    render(html`<ticket-list .dataProvider=${slow}></ticket-list>`, container());
    await expect.element(page.getByRole('grid')).toHaveAttribute('aria-rowcount', '1001');
    const scroller = list().shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!;
    scroller.scrollTop = 52 * 500;
    scroller.dispatchEvent(new Event('scroll'));
    await expect
      .poll(() => list().shadowRoot!.querySelector('[role="row"][aria-busy="true"]'))
      .not.toBeNull();
    const target = TICKETS[1000 - 1 - 505]!;
    await expect.element(page.getByRole('gridcell', { name: target.id })).toBeInTheDocument();
    expect(list().shadowRoot!.querySelectorAll('[role="row"]').length).toBeLessThan(40);
  });
});

describe('<ticket-list> filters', () => {
  const count = (predicate: (t: Ticket) => boolean) => TICKETS.filter(predicate).length;

  it('filters by status with counts, and by waiting on staff or client', async () => {
    mountWithData();
    const statuses = page.getByRole('group', { name: 'Filter by status' });
    const replies = count((t) => t.status === 'customer_reply');
    const button = statuses.getByRole('button', { name: `Customer reply ${replies}` });
    await expect.element(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(button);
    await expect.element(button).toHaveAttribute('aria-pressed', 'true');
    await expect
      .element(page.getByRole('grid'))
      .toHaveAttribute('aria-rowcount', String(replies + 1));
    await userEvent.click(statuses.getByRole('button', { name: /^Open / }));
    expect(list().status).toEqual(['open', 'customer_reply']);
    await expect
      .element(page.getByRole('button', { name: 'Remove filter Status: Open' }))
      .toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Clear all' }));
    expect(list().status).toEqual([]);

    const waiting = page.getByRole('group', { name: 'Waiting on' });
    // Each quick filter says how many tickets it would show.
    const onClient = count((t) => t.status === 'answered' || t.status === 'on_hold');
    const onStaff = count((t) => ['open', 'customer_reply', 'in_progress'].includes(t.status));
    await expect
      .element(waiting.getByRole('button', { name: `Waiting on client ${onClient}` }))
      .toBeVisible();
    await expect
      .element(waiting.getByRole('button', { name: `Waiting on staff ${onStaff}` }))
      .toBeVisible();
    await userEvent.click(waiting.getByRole('button', { name: /^Waiting on client/ }));
    await expect
      .element(page.getByRole('grid'))
      .toHaveAttribute(
        'aria-rowcount',
        String(count((t) => t.status === 'answered' || t.status === 'on_hold') + 1),
      );
    expect(list().waitingOn).toBe('client');
    await userEvent.click(waiting.getByRole('button', { name: /^Waiting on staff/ }));
    expect(list().waitingOn).toBe('staff');
    await expect
      .element(page.getByRole('button', { name: 'Remove filter Waiting on: Staff' }))
      .toBeVisible();
    // The counts ignore the status and waiting-on filters.
    await expect
      .element(statuses.getByRole('button', { name: `Customer reply ${replies}` }))
      .toBeVisible();
  });

  it('filters by department and priority, and searches by title or id', async () => {
    mountWithData();
    await userEvent.selectOptions(page.getByLabelText('Department', { exact: true }), 'Billing');
    await userEvent.selectOptions(page.getByLabelText('Priority', { exact: true }), 'High');
    expect(list().departmentId).toBe('dep_billing');
    expect(list().priority).toBe('high');
    const expected = count((t) => t.department.id === 'dep_billing' && t.priority === 'high');
    await expect
      .element(page.getByRole('grid'))
      .toHaveAttribute('aria-rowcount', String(expected + 1));
    await expect
      .element(page.getByRole('button', { name: 'Remove filter Department: Billing' }))
      .toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Remove filter Priority: High' }));
    expect(list().priority).toBeUndefined();

    const search = page.getByRole('searchbox', { name: 'Search tickets' });
    const target = TICKETS.find((t) => t.department.id === 'dep_billing')!;
    await userEvent.fill(search, target.id);
    await expect.element(page.getByRole('grid')).toHaveAttribute('aria-rowcount', '2');
    expect(list().query).toBe(target.id);
    await userEvent.fill(search, 'no such ticket anywhere');
    await expect.element(page.getByText('No tickets match')).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Clear all' }).last());
    await expect.element(page.getByRole('grid')).toHaveAttribute('aria-rowcount', '1001');
  });

  it('takes its state from attributes (deep links), warning about bad values', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { requests, provider } = recording(createTicketArrayDataProvider(TICKETS));
    render(
      html`<ticket-list
        .dataProvider=${provider}
        status="open, bogus customer_reply"
        priority="urgent"
        waiting-on="staff"
        department-id="dep_technical"
        sort="-last_reply_at"
        query="volume"
      ></ticket-list>`,
      container(),
    );
    await expect.element(page.getByRole('grid')).toBeVisible();
    expect(requests[0]).toMatchObject({
      query: 'volume',
      filters: {
        status: ['open', 'customer_reply'],
        waiting_on: 'staff',
        department_id: 'dep_technical',
      },
      sort: '-last_reply_at',
    });
    expect(warn).toHaveBeenCalledWith('<ticket-list> status: unknown status "bogus"');
    expect(warn).toHaveBeenCalledWith(
      '<ticket-list>: priority="urgent" is not low, medium or high.',
    );
    warn.mockRestore();
  });

  it('mirrors its state into the URL and restores it on load', async () => {
    history.replaceState(null, '', '?page=tickets&t.q=dns&t.status=on_hold&t.sort=priority');
    render(
      html`<ticket-list url-state="t." .dataProvider=${createTicketArrayDataProvider(TICKETS)}></ticket-list>`,
      container(),
    );
    await expect
      .element(page.getByRole('button', { name: 'Remove filter Status: On hold' }))
      .toBeVisible();
    expect(list().query).toBe('dns');
    expect(list().status).toEqual(['on_hold']);
    expect(list().sort).toBe('priority');
    await userEvent.click(page.getByRole('button', { name: /^Waiting on client/ }));
    await expect
      .poll(() => window.location.search)
      .toBe('?page=tickets&t.q=dns&t.status=on_hold&t.waiting_on=client&t.sort=priority');
  });
});

describe('<ticket-list> modes and states', () => {
  it('lists one client’s tickets without a client column', async () => {
    const server = backend();
    mountWithApi(server, { clientId: 'cl_nimbus' });
    await expect.element(page.getByRole('grid', { name: 'Tickets' })).toBeVisible();
    await expect
      .element(page.getByRole('columnheader', { name: 'Client' }))
      .not.toBeInTheDocument();
    const paths = server.api.requests.map((r) => new URL(r.url).pathname);
    expect(paths).toContain('/api/clients/cl_nimbus/tickets');
    expect(paths).not.toContain('/api/tickets');
    const mine = makeTickets(60).filter((t) => t.client.id === 'cl_nimbus').length;
    await expect.element(page.getByRole('grid')).toHaveAttribute('aria-rowcount', String(mine + 1));
  });

  it('shows not found for an unknown client', async () => {
    mountWithApi(backend(), { clientId: 'cl_nobody' });
    await expect.element(page.getByText('Not found')).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'New ticket' })).not.toBeInTheDocument();
  });

  it('shows loading until the first page arrives', async () => {
    const server = backend();
    const gate = deferred<void>();
    server.hold(gate);
    mountWithApi(server);
    await expect.element(page.getByText('Loading…')).toBeInTheDocument();
    server.hold(undefined);
    gate.resolve();
    await expect.element(page.getByRole('grid')).toBeVisible();
  });

  it('shows the empty state', async () => {
    mountWithData([]);
    await expect.element(page.getByText('No tickets yet')).toBeVisible();
    await expect
      .element(page.getByText('Tickets appear here once clients or staff open them.'))
      .toBeVisible();
  });

  it('shows the problem with Retry when loading fails', async () => {
    const server = backend();
    server.fail(problem(500, { title: 'Internal server error', detail: 'The queue is resting.' }));
    mountWithApi(server);
    await expect.element(page.getByRole('alert')).toMatchTextContent(/The queue is resting/);
    await userEvent.click(page.getByRole('button', { name: 'Retry' }));
    await expect.element(page.getByRole('grid')).toHaveAttribute('aria-rowcount', '61');
  });

  it('shows access denied on 403', async () => {
    const server = backend();
    server.fail(problem(403, { title: 'Permission denied' }));
    mountWithApi(server);
    await expect.element(page.getByText('Access denied')).toBeVisible();
  });

  it('speaks German', async () => {
    render(
      html`<ticket-list lang="de" .dataProvider=${createTicketArrayDataProvider(TICKETS)}></ticket-list>`,
      container(),
    );
    await expect.element(page.getByRole('grid', { name: 'Tickets' })).toBeVisible();
    await expect.element(page.getByRole('searchbox', { name: 'Tickets suchen' })).toBeVisible();
    await expect.element(page.getByText('1.000 Tickets')).toBeVisible();
    await expect.element(page.getByRole('button', { name: /^Wartet auf Kunden/ })).toBeVisible();
    await expect.element(page.getByRole('columnheader', { name: /Letzte Antwort/ })).toBeVisible();
  });
});

describe('<ticket-list> opening a ticket', () => {
  async function openForm() {
    await userEvent.click(page.getByRole('button', { name: 'New ticket' }));
    const dialog = page.getByRole('dialog', { name: 'Open a ticket' });
    await expect.element(dialog).toBeVisible();
    return dialog;
  }

  /** Whether the client picker has asked the API for exactly this text. */
  const searched = (server: ReturnType<typeof backend>, text: string) =>
    server.api.requests.some((r) => new URL(r.url).searchParams.get('search') === text);

  async function chooseClient(
    server: ReturnType<typeof backend>,
    dialog: ReturnType<typeof page.getByRole>,
    text: string,
  ) {
    const picker = dialog.getByRole('combobox', { name: 'Client' });
    await userEvent.click(picker);
    await userEvent.keyboard(text);
    // Wait for the search of the whole text (slow typing may answer shorter ones first).
    await expect.poll(() => searched(server, text)).toBe(true);
    await expect.element(dialog.getByText(/clients? found$/)).toBeInTheDocument();
    await userEvent.keyboard('{ArrowDown}{Enter}');
  }

  it('opens a ticket: client picker, fields, event, new row at the top', async () => {
    const server = backend();
    mountWithApi(server);
    const events: unknown[] = [];
    container().addEventListener('ticket-create', (e) =>
      events.push({
        ticketId: e.detail.ticketId,
        clientId: e.detail.clientId,
        title: e.detail.ticket.title,
      }),
    );
    await expect.element(page.getByRole('grid')).toHaveAttribute('aria-rowcount', '61');
    await userEvent.selectOptions(page.getByLabelText('Priority', { exact: true }), 'Low');
    const dialog = await openForm();
    await chooseClient(server, dialog, 'stratus');
    await expect
      .element(dialog.getByRole('combobox', { name: 'Client' }))
      .toHaveValue('Stratus Hosting GmbH');
    await expect
      .element(dialog.getByRole('combobox', { name: 'Client' }))
      .toHaveAttribute('aria-expanded', 'false');
    await userEvent.selectOptions(dialog.getByLabelText('Department'), 'Billing');
    await userEvent.selectOptions(dialog.getByLabelText('Priority'), 'High');
    await userEvent.fill(dialog.getByLabelText('Title'), 'Invoice needs a VAT number');
    await userEvent.fill(dialog.getByLabelText('Message'), 'Please add our VAT number.');
    await userEvent.click(dialog.getByRole('button', { name: 'Open ticket' }));
    await expect.element(dialog).not.toBeInTheDocument();
    expect(server.created).toEqual([
      {
        client_id: 'cl_stratus',
        department_id: 'dep_billing',
        priority: 'high',
        title: 'Invoice needs a VAT number',
        message: 'Please add our VAT number.',
      },
    ]);
    expect(events).toEqual([
      { ticketId: 'T-200001', clientId: 'cl_stratus', title: 'Invoice needs a VAT number' },
    ]);
    // On top, even though the list filters by low priority; counted once after the reload.
    await expect.poll(() => rowText(0)).toContain('Invoice needs a VAT number');
    await expect.element(page.getByText('Ticket T-200001 opened.')).toBeInTheDocument();
    const low = makeTickets(60).filter((t) => t.priority === 'low').length;
    await expect.element(page.getByRole('grid')).toHaveAttribute('aria-rowcount', String(low + 2));
    expect(rowText(1)).not.toContain('T-200001');
    // Focus is back on the button that opened the form.
    expect(deepActive()?.textContent?.trim()).toBe('New ticket');
  });

  it('validates natively, then shows the API field errors on their fields', async () => {
    const server = backend();
    mountWithApi(server, { clientId: 'cl_nimbus' });
    const dialog = await openForm();
    await expect.element(dialog.getByRole('combobox', { name: 'Client' })).not.toBeInTheDocument();
    await userEvent.click(dialog.getByRole('button', { name: 'Open ticket' }));
    expect(server.created).toEqual([]);
    const title = dialog.getByLabelText('Title');
    await expect.element(title).toHaveAttribute('aria-invalid', 'true');
    await expect
      .element(dialog.getByLabelText('Department'))
      .toHaveAttribute('aria-invalid', 'true');
    await userEvent.selectOptions(dialog.getByLabelText('Department'), 'Technical support');
    await expect.element(dialog.getByLabelText('Department')).not.toHaveAttribute('aria-invalid');
    await userEvent.fill(title, 'Upgrade please');
    await userEvent.fill(dialog.getByLabelText('Message'), 'To the next flavor.');
    server.fail(
      problem(422, {
        title: 'Validation failed',
        detail: '1 field is invalid.',
        errors: [
          { field: 'title', code: 'duplicate', message: 'A ticket with this title is open.' },
        ],
      }),
    );
    await userEvent.click(dialog.getByRole('button', { name: 'Open ticket' }));
    await expect.element(dialog.getByRole('alert')).toMatchTextContent(/Validation failed/);
    await expect.element(title).toHaveAttribute('aria-invalid', 'true');
    await expect.element(title).toHaveAccessibleDescription('A ticket with this title is open.');
    await expect.poll(() => deepActive()?.id).toBe('ticket-title');
    await expect.element(title).toHaveValue('Upgrade please');
    await expect.element(dialog.getByLabelText('Message')).toHaveValue('To the next flavor.');
    expect(server.created).toHaveLength(1);
  });

  it('keeps everything typed when the server fails, and succeeds on a second try', async () => {
    const server = backend();
    mountWithApi(server);
    const dialog = await openForm();
    await chooseClient(server, dialog, 'cirrus');
    await userEvent.selectOptions(dialog.getByLabelText('Department'), 'Sales');
    await userEvent.fill(dialog.getByLabelText('Title'), 'More IPv4 addresses');
    await userEvent.fill(dialog.getByLabelText('Message'), 'We need a /28.');
    server.fail(problem(503, { title: 'Service unavailable', detail: 'Try again shortly.' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Open ticket' }));
    await expect.element(dialog.getByRole('alert')).toMatchTextContent(/Try again shortly/);
    await expect
      .element(dialog.getByRole('combobox', { name: 'Client' }))
      .toHaveValue('Cirrus Cloud Ltd');
    await expect.element(dialog.getByLabelText('Department')).toHaveValue('dep_sales');
    await expect.element(dialog.getByLabelText('Title')).toHaveValue('More IPv4 addresses');
    await expect.element(dialog.getByLabelText('Message')).toHaveValue('We need a /28.');
    await userEvent.click(dialog.getByRole('button', { name: 'Open ticket' }));
    await expect.element(dialog).not.toBeInTheDocument();
    expect(server.created).toHaveLength(2);
    await expect.poll(() => rowText(0)).toContain('More IPv4 addresses');
  });

  it('requires a client chosen from the list; Escape closes the list, not the dialog', async () => {
    const server = backend();
    mountWithApi(server);
    const dialog = await openForm();
    const picker = dialog.getByRole('combobox', { name: 'Client' });
    await userEvent.click(picker);
    await userEvent.keyboard('nim');
    await expect.element(dialog.getByRole('option', { name: /Nimbus Labs SRL/ })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(picker).toHaveAttribute('aria-expanded', 'false');
    await expect.element(dialog.getByRole('listbox')).not.toBeInTheDocument();
    await expect.element(dialog).toBeVisible();
    await userEvent.click(dialog.getByRole('button', { name: 'Open ticket' }));
    await expect.element(picker).toHaveAttribute('aria-invalid', 'true');
    await expect.element(picker).toHaveAccessibleDescription(/Choose a client from the list\./);
    expect(server.created).toEqual([]);
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
  });

  it('keeps the option the user moved to when a longer query answers', async () => {
    const server = backend();
    mountWithApi(server);
    const dialog = await openForm();
    const picker = dialog.getByRole('combobox', { name: 'Client' });
    await userEvent.click(picker);
    await userEvent.keyboard('strat');
    await expect.poll(() => searched(server, 'strat')).toBe(true);
    await expect.element(dialog.getByText(/clients? found$/)).toBeInTheDocument();
    await expect
      .element(dialog.getByRole('option', { name: /Stratus Hosting GmbH/ }))
      .toBeVisible();
    await userEvent.keyboard('{ArrowDown}');
    await expect
      .element(dialog.getByRole('option', { name: /Stratus Hosting GmbH/ }))
      .toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('us');
    await expect.poll(() => searched(server, 'stratus')).toBe(true);
    await expect.element(dialog.getByText(/clients? found$/)).toBeInTheDocument();
    await expect
      .element(dialog.getByRole('option', { name: /Stratus Hosting GmbH/ }))
      .toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    await expect.element(picker).toHaveValue('Stratus Hosting GmbH');
  });

  it('does not let an auditor open tickets, and says why', async () => {
    mountWithApi(backend(), { token: 'auditor-token' });
    await expect.element(page.getByRole('grid')).toBeVisible();
    const button = page.getByRole('button', { name: 'New ticket' });
    await expect.element(button).toHaveAttribute('aria-disabled', 'true');
    await expect
      .element(button)
      .toHaveAccessibleDescription('Your account is not allowed to open tickets.');
    // aria-disabled keeps it focusable (so the reason is found); pressing it does nothing.
    (button.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('<ticket-list> registration', () => {
  it('is registered once, and a host may register the class under its own tag', async () => {
    expect(customElements.get('ticket-list')).toBe(TicketList);
    await import('../define/ticket-list.ts');
    class PortalTickets extends TicketList {}
    customElements.define('portal-tickets', PortalTickets);
    render(
      html`<portal-tickets .dataProvider=${createTicketArrayDataProvider(TICKETS)}></portal-tickets>`,
      container(),
    );
    await expect.element(page.getByRole('grid', { name: 'Tickets' })).toBeVisible();
  });
});
