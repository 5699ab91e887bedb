import { html, render } from 'lit';
import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../define/clientele-provider.ts';
import './invoices-tab.define.ts';
import type { ResourceOpenDetail } from '../../../client/resource-open.ts';
import { deferred, problem } from '../../../testing/fake-api.ts';
import {
  INVOICES_CLIENT,
  type InvoicesBackend,
  invoicesBackend,
  makeInvoices,
} from '../../../testing/invoices.ts';
import { useListContainer } from '../../../testing/list-fixture.ts';
import type { ClientInvoicesTab } from './invoices-tab.ts';

const container = useListContainer();
beforeEach(() => {
  container().style.inlineSize = '1200px';
});

const tab = () => container().querySelector('client-invoices-tab') as ClientInvoicesTab;
const grid = () => page.getByRole('grid', { name: 'Invoices' });
const row = (number: string) => page.getByRole('row').filter({ hasText: number });

function mount(
  server: InvoicesBackend,
  options: { token?: string; clientId?: string; lang?: string } = {},
) {
  render(
    html`<clientele-provider
      lang=${options.lang ?? 'en'}
      .client=${server.api.client({ token: options.token ?? 'admin-token' })}
    >
      <client-invoices-tab client-id=${options.clientId ?? INVOICES_CLIENT}></client-invoices-tab>
    </clientele-provider>`,
    container(),
  );
}

/** The query of the last list request. */
const lastListQuery = (server: InvoicesBackend) =>
  server.received.filter((r) => r.method === 'GET' && r.url.pathname.endsWith('/invoices')).at(-1)
    ?.url.search;

describe('<client-invoices-tab>', () => {
  it('lists the invoices newest first: number, status in words, dates, total exact', async () => {
    const server = invoicesBackend();
    mount(server);
    await expect.element(grid()).toHaveAttribute('aria-rowcount', '15');
    for (const name of ['Number', 'Status', 'Issued', 'Due', 'Total']) {
      await expect.element(page.getByRole('columnheader', { name, exact: true })).toBeVisible();
    }
    await expect
      .element(page.getByRole('columnheader', { name: 'Issued' }))
      .toHaveAttribute('aria-sort', 'descending');
    await expect
      .element(page.getByRole('status').filter({ hasText: 'invoices' }))
      .toHaveTextContent('14 invoices');
    const newest = server.invoices.at(-1)!;
    const first = row(newest.number);
    await expect.element(first).toMatchTextContent(/Paid/);
    await expect.element(first).toMatchTextContent(/Feb 1, 2026/);
    await expect.element(first).toMatchTextContent(/Feb 15, 2026/);
    await expect.element(first).toMatchTextContent(`€${newest.total.amount}`);
    expect(lastListQuery(server)).toBe('?sort=-issued_at&limit=50');
    // A credit note says so; each status is in words.
    const note = server.invoices.find((i) => i.credit_note_of)!;
    await expect.element(row(note.number)).toMatchTextContent(/Credit note/);
    await expect.element(row(note.number)).toMatchTextContent(/Refunded/);
    for (const status of ['Unpaid', 'Overdue', 'Cancelled']) {
      await expect.element(grid().getByText(status, { exact: true }).first()).toBeVisible();
    }
  });

  it('sorts by total and by due date from the headers, by click and by keyboard', async () => {
    const server = invoicesBackend();
    mount(server);
    await expect.element(grid()).toBeVisible();
    await page.getByRole('button', { name: 'Total' }).click();
    await expect.poll(() => lastListQuery(server)).toBe('?sort=-total&limit=50');
    await expect
      .element(page.getByRole('columnheader', { name: 'Total' }))
      .toHaveAttribute('aria-sort', 'descending');
    await expect
      .element(page.getByRole('columnheader', { name: 'Issued' }))
      .toHaveAttribute('aria-sort', 'none');
    const largest = [...server.invoices].sort((a, b) =>
      Number(b.total.amount) > Number(a.total.amount) ? 1 : -1,
    )[0]!;
    await expect.element(page.getByRole('row').nth(1)).toMatchTextContent(largest.number);
    // The keyboard: the focused header's button, Enter reads it backwards.
    (page.getByRole('button', { name: 'Total' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => lastListQuery(server)).toBe('?sort=total&limit=50');
    await expect
      .element(page.getByRole('columnheader', { name: 'Total' }))
      .toHaveAttribute('aria-sort', 'ascending');
    await userEvent.keyboard('{ArrowLeft}{Enter}');
    await expect.poll(() => lastListQuery(server)).toBe('?sort=-due_at&limit=50');
    expect(tab().sort).toBe('-due_at');
  });

  it('filters by several statuses, says when none match, and clears the filter', async () => {
    const server = invoicesBackend();
    mount(server);
    await expect.poll(() => tab().total).toBe(14);
    const group = page.getByRole('group', { name: 'Status' });
    await group.getByRole('button', { name: 'Overdue' }).click();
    await group.getByRole('button', { name: 'Unpaid' }).click();
    await expect
      .element(group.getByRole('button', { name: 'Unpaid' }))
      .toHaveAttribute('aria-pressed', 'true');
    await expect
      .poll(() => lastListQuery(server))
      .toBe('?sort=-issued_at&limit=50&status=overdue&status=unpaid');
    const expected = server.invoices.filter((i) => i.status === 'overdue' || i.status === 'unpaid');
    await expect.poll(() => tab().total).toBe(expected.length);
    for (const invoice of expected) await expect.element(row(invoice.number)).toBeVisible();
    await group.getByRole('button', { name: 'Clear filter' }).click();
    await expect.poll(() => tab().total).toBe(14);
    expect(lastListQuery(server)).toBe('?sort=-issued_at&limit=50');

    render(html``, container());
    mount(invoicesBackend(makeInvoices(3)));
    await page.getByRole('button', { name: 'Refunded' }).click();
    await expect.element(page.getByText('No invoices match')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filter' }).first().click();
    await expect.poll(() => tab().total).toBe(3);
  });

  it('opens an invoice by click and by Enter: a cancelable resource-open for the host', async () => {
    const server = invoicesBackend();
    mount(server);
    const events: CustomEvent<ResourceOpenDetail>[] = [];
    container().addEventListener('resource-open', (event) => {
      events.push(event);
      event.preventDefault();
    });
    const invoice = server.invoices.at(-1)!;
    const open = page.getByRole('button', { name: `Open invoice ${invoice.number}` });
    await open.click();
    expect(events).toHaveLength(1);
    expect(events[0]!.detail).toEqual({
      kind: 'invoice',
      id: invoice.id,
      label: invoice.number,
      clientId: INVOICES_CLIENT,
    });
    expect(events[0]!.cancelable).toBe(true);
    expect(events[0]!.bubbles && events[0]!.composed).toBe(true);
    expect(events[0]!.defaultPrevented).toBe(true);
    const other = server.invoices.at(-2)!;
    (
      page.getByRole('button', { name: `Open invoice ${other.number}` }).element() as HTMLElement
    ).focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => events.length).toBe(2);
    expect(events[1]!.detail.id).toBe(other.id);
  });

  it('shows loading, then an error with Retry that loads again', async () => {
    const server = invoicesBackend();
    const gate = deferred<void>();
    server.hold(gate);
    server.fail('GET', /\/invoices$/, problem(500, { title: 'Server down', detail: 'Try later.' }));
    mount(server);
    await expect.element(page.getByText('Loading…').first()).toBeInTheDocument();
    server.hold(undefined);
    gate.resolve();
    await expect.element(page.getByRole('alert')).toMatchTextContent(/Server down/);
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.element(grid()).toBeVisible();
  });

  it('shows empty, forbidden and not found', async () => {
    mount(invoicesBackend([]));
    await expect.element(page.getByText('No invoices yet')).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Add invoice' })).toBeVisible();
    const forbidden = invoicesBackend();
    forbidden.fail('GET', /\/invoices$/, problem(403, { title: 'Forbidden' }));
    mount(forbidden);
    await expect.element(page.getByText('Access denied')).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Add invoice' })).not.toBeInTheDocument();
    mount(invoicesBackend(), { clientId: 'cl_missing' });
    await expect.element(page.getByText('Not found', { exact: true })).toBeVisible();
  });

  it('lets an auditor read and not add, saying why', async () => {
    const server = invoicesBackend();
    mount(server, { token: 'auditor-token' });
    const add = page.getByRole('button', { name: 'Add invoice' });
    await expect.element(add).toHaveAttribute('aria-disabled', 'true');
    await expect
      .element(add)
      .toHaveAccessibleDescription('Your account may see invoices but not create them.');
    await add.click({ force: true });
    await expect.element(grid()).toBeVisible();
    expect(page.getByRole('dialog').elements()).toHaveLength(0);
  });

  it('speaks German, with German dates and money', async () => {
    const server = invoicesBackend();
    mount(server, { lang: 'de' });
    await expect.element(page.getByRole('grid', { name: 'Rechnungen' })).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Rechnung hinzufügen' })).toBeVisible();
    const newest = server.invoices.at(-1)!;
    await expect
      .element(row(newest.number))
      .toMatchTextContent(new RegExp(`${newest.total.amount.replace('.', ',')}\\s€`));
    await expect.element(row(newest.number)).toMatchTextContent(/Bezahlt/);
  });

  it('stacks what does not fit at a phone width', async () => {
    container().style.inlineSize = '340px';
    const server = invoicesBackend();
    mount(server);
    await expect.element(grid()).toBeVisible();
    await expect.poll(() => page.getByRole('columnheader').elements().length).toBe(3);
    const newest = server.invoices.at(-1)!;
    await expect.element(row(newest.number)).toMatchTextContent(/Due 2\/15\/26/);
    const element = tab().shadowRoot!.querySelector<HTMLElement>('.grid')!;
    expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
  });
});
