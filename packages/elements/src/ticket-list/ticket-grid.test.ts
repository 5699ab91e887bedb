import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/ticket-list.ts';
import { deferred } from '../testing/fake-api.ts';
import { TICKETS, useTicketListFixture } from '../testing/ticket-list-fixture.ts';
import { ticketListParts } from './ticket-parts.ts';

/*
 * The grid comes in its own chunk, asked for with the first page: the loading skeleton until
 * both are there, and a failed load is the error state whose Retry loads it again.
 */

const { list, mountWithData } = useTicketListFixture();
const loadGrid = ticketListParts.grid;
afterEach(() => {
  ticketListParts.grid = loadGrid;
});
const state = () => list().shadowRoot!.querySelector('clientele-state')!;

describe('<ticket-list> grid loaded with the first page', () => {
  it('shows the skeleton until the grid arrives, then the rows with the grid styles', async () => {
    const gate = deferred<void>();
    ticketListParts.grid = () => gate.promise.then(() => loadGrid());
    mountWithData();
    // The first page is there (the total says so); the rows wait for the grid.
    await expect
      .element(page.getByText(`${TICKETS.length.toLocaleString('en')} tickets`))
      .toBeVisible();
    expect(state().state).toBe('loading');
    expect(list().shadowRoot!.querySelector('[role="grid"]')).toBeNull();
    gate.resolve();
    const grid = page.getByRole('grid', { name: 'Tickets' });
    await expect.element(grid).toHaveAttribute('aria-rowcount', String(TICKETS.length + 1));
    expect(state().state).toBe('loaded');
    // The grid's styles came with it: rows are placed by the windowing.
    const row = list().shadowRoot!.querySelector<HTMLElement>('.data-row')!;
    expect(getComputedStyle(row).position).toBe('absolute');
  });

  it('shows the error with Retry when the grid failed to load, and the rows after Retry', async () => {
    let attempts = 0;
    ticketListParts.grid = async () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return loadGrid();
    };
    mountWithData();
    await expect.poll(() => state().state).toBe('error');
    await userEvent.click(page.getByRole('button', { name: 'Retry' }));
    await expect
      .element(page.getByRole('grid', { name: 'Tickets' }))
      .toHaveAttribute('aria-rowcount', String(TICKETS.length + 1));
    expect(attempts).toBe(2);
  });
});
