import type { Ticket } from '@clientele/sdk';
import { html, render } from 'lit';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/clientele-provider.ts';
import '../define/ticket-list.ts';
import { formatDateTime, formatRelativeTime } from '../base/format/dates.ts';
import { deferred, problem } from '../testing/fake-api.ts';
import { createTicketArrayDataProvider, makeTickets } from '../testing/index.ts';
import { deepActive } from '../testing/list-fixture.ts';
import {
  backend,
  recording,
  TICKETS,
  useTicketListFixture,
} from '../testing/ticket-list-fixture.ts';
import { TicketList } from './ticket-list.ts';

const { container, list, rowText, mountWithData, mountWithApi } = useTicketListFixture();

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
