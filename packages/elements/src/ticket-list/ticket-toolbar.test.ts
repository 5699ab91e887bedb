import type { Ticket } from '@clientele/sdk';
import { html, render } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/ticket-list.ts';
import { createTicketArrayDataProvider } from '../testing/index.ts';
import { recording, TICKETS, useTicketListFixture } from '../testing/ticket-list-fixture.ts';
import { ticketListParts } from './ticket-parts.ts';

const { container, list, mountWithData } = useTicketListFixture();
const loadFilters = ticketListParts.filters;
const loadUrl = ticketListParts.url;
afterEach(() => {
  ticketListParts.filters = loadFilters;
  ticketListParts.url = loadUrl;
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

  for (const width of [1400, 390]) {
    it(`keeps the toolbar still at ${width}px while the count changes width`, async () => {
      container().style.inlineSize = `${width}px`;
      mountWithData(TICKETS, { query: TICKETS[0]!.id });
      const count = page.getByRole('status').filter({ hasText: /ticket/ });
      await expect.element(count).toHaveTextContent('1 ticket');
      await expect.element(page.getByLabelText('Priority', { exact: true })).toBeVisible();
      const boxes = () =>
        [
          page.getByRole('searchbox', { name: 'Search tickets' }),
          page.getByLabelText('Department', { exact: true }),
          page.getByLabelText('Priority', { exact: true }),
        ].map((control) => (control.element() as HTMLElement).getBoundingClientRect().toJSON());
      const before = boxes();
      list().query = '';
      await expect.element(count).toHaveTextContent('1,000 tickets');
      expect(boxes()).toEqual(before);
    });
  }

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

  it('holds the first request until the URL state arrives, and Retry when it failed', async () => {
    history.replaceState(null, '', '?t.q=dns&t.sort=priority');
    // The URL state's chunk fails once (as a dropped connection would), then loads.
    let attempts = 0;
    ticketListParts.url = async () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return loadUrl();
    };
    const { requests, provider } = recording(createTicketArrayDataProvider(TICKETS));
    render(html`<ticket-list url-state="t." .dataProvider=${provider}></ticket-list>`, container());
    await expect.element(page.getByRole('alert')).toMatchTextContent(/Something went wrong/);
    expect(requests).toEqual([]);
    await userEvent.click(page.getByRole('button', { name: 'Retry' }));
    await expect.element(page.getByRole('grid')).toBeVisible();
    // The first request already asks for what the URL says.
    expect(requests[0]).toMatchObject({ query: 'dns', sort: 'priority' });
    expect(list().query).toBe('dns');
    expect(attempts).toBe(2);
  });

  it('shows the list while the filter controls load, and a failed load with a Retry', async () => {
    // The controls' chunk fails once (as a dropped connection would), then loads.
    let attempts = 0;
    ticketListParts.filters = async () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return loadFilters();
    };
    mountWithData(TICKETS, { priority: 'high' });
    const high = count((t) => t.priority === 'high');
    // Search, count and rows do not wait for the controls; the filters apply already.
    await expect.element(page.getByRole('grid')).toHaveAttribute('aria-rowcount', String(high + 1));
    await expect.element(page.getByRole('searchbox', { name: 'Search tickets' })).toBeVisible();
    const alert = page.getByRole('alert');
    await expect
      .element(alert)
      .toMatchTextContent(
        /^The filters could not be loaded\. Check the connection and try again\./,
      );
    expect(page.getByLabelText('Priority', { exact: true }).query()).toBeNull();
    await userEvent.click(alert.getByRole('button', { name: 'Retry' }));
    await expect.element(page.getByLabelText('Priority', { exact: true })).toHaveValue('high');
    await expect.element(alert).not.toBeInTheDocument();
    await expect
      .element(page.getByRole('button', { name: 'Remove filter Priority: High' }))
      .toBeVisible();
    const statuses = page.getByRole('group', { name: 'Filter by status' });
    await expect.element(statuses.getByRole('button', { name: /^Open \d/ })).toBeVisible();
    // The controls' styles came with them: the quick filters are a row of pills.
    const group = statuses.element() as HTMLElement;
    expect(getComputedStyle(group).display).toBe('flex');
    expect(attempts).toBe(2);
  });
});
