import type { Client, ClientStatusCounts } from '@clientele/sdk';
import { html, render } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/client-grid.ts';
import '../define/clientele-provider.ts';
import {
  CLIENTS,
  gridIn,
  mountGrid,
  recording,
  useDesktopViewport,
} from '../testing/client-grid-fixture.ts';
import { deferred } from '../testing/fake-api.ts';
import { createArrayDataProvider, makeClients } from '../testing/index.ts';
import { deepActive, useListContainer } from '../testing/list-fixture.ts';
import type { ClientDataProvider } from './client-data.ts';
import { CLIENT_STATUSES } from './client-query.ts';

useDesktopViewport();
const container = useListContainer();

const grid = () => gridIn(container());
const mountWithData = (clients?: Client[], attributes?: string) =>
  mountGrid(container(), clients, attributes);

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
    // Why a client is suspended: a line under the badge, in the same cell.
    const cell = page.getByRole('gridcell', { name: 'Suspended Out of credit' }).first();
    await expect.element(cell).toBeVisible();
    const [badge, reason] = [cell.getByText('Suspended'), cell.getByText('Out of credit')];
    const badgeBox = badge.element().getBoundingClientRect();
    expect(reason.element().getBoundingClientRect().top).toBeGreaterThanOrEqual(badgeBox.bottom);
  });

  it('shows its header and placeholder rows while the first page loads; the rows fill in place', async () => {
    const gate = deferred<void>();
    const base = createArrayDataProvider(CLIENTS, { inCreationOrder: true });
    const provider: ClientDataProvider = async (request) => {
      await gate.promise;
      return base(request);
    };
    render(html`<client-grid .dataProvider=${provider}></client-grid>`, container());
    const table = page.getByRole('grid', { name: 'Clients' });
    await expect.element(table).toHaveAttribute('aria-busy', 'true');
    await expect.element(table).toHaveAttribute('aria-rowcount', '-1');
    await expect.element(page.getByRole('columnheader', { name: 'Email' })).toBeVisible();
    const placeholders = () =>
      grid().shadowRoot!.querySelectorAll('[role="row"][aria-busy="true"]').length;
    expect(placeholders()).toBeGreaterThan(5);
    const firstRow = grid().shadowRoot!.querySelector('[role="row"][aria-rowindex="2"]')!;
    const top = firstRow.getBoundingClientRect().top;
    gate.resolve();
    const newest = CLIENTS.at(-1)!;
    await expect.element(page.getByRole('gridcell', { name: newest.email })).toBeVisible();
    await expect.element(table).toHaveAttribute('aria-rowcount', '1001');
    expect(table.element().hasAttribute('aria-busy')).toBe(false);
    expect(placeholders()).toBe(0);
    // The first row is where its placeholder was: nothing moved.
    const filled = grid().shadowRoot!.querySelector('[role="row"][aria-rowindex="2"]')!;
    expect(filled.getBoundingClientRect().top).toBe(top);
  });

  it('shows the rows before counts that come later, the status buttons in place meanwhile', async () => {
    const later = deferred<ClientStatusCounts>();
    const base = createArrayDataProvider(CLIENTS, { inCreationOrder: true });
    const provider: ClientDataProvider = async (request) => ({
      ...(await base(request)),
      statusCounts: later.promise,
    });
    render(html`<client-grid .dataProvider=${provider}></client-grid>`, container());
    const newest = CLIENTS.at(-1)!;
    await expect.element(page.getByRole('gridcell', { name: newest.email })).toBeVisible();
    const counts = page.getByRole('group', { name: 'Filter by status' });
    await expect.element(counts).toHaveAttribute('aria-busy', 'true');
    await expect.element(counts.getByRole('button', { name: 'Active', exact: true })).toBeVisible();
    const before = counts.element().getBoundingClientRect().height;
    const tally = (status: string) => CLIENTS.filter((c) => c.status === status).length;
    later.resolve(
      Object.fromEntries(CLIENT_STATUSES.map((status) => [status, tally(status)])) as never,
    );
    const active = CLIENTS.filter((c) => c.status === 'active').length;
    await expect
      .element(counts.getByRole('button', { name: `Active ${active.toLocaleString('en')}` }))
      .toBeVisible();
    expect(counts.element().hasAttribute('aria-busy')).toBe(false);
    // The row kept its height: the rows below did not move.
    expect(counts.element().getBoundingClientRect().height).toBe(before);
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
