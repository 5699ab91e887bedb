import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/client-grid.ts';
import { gridIn, mountGrid, useDesktopViewport } from '../testing/client-grid-fixture.ts';
import { deferred } from '../testing/fake-api.ts';
import { makeClients } from '../testing/index.ts';
import { useListContainer } from '../testing/list-fixture.ts';
import { clientGridParts } from './client-parts.ts';

/*
 * The grid follows its own width (not the viewport's, which stays desktop-wide here): the
 * columns that fit by priority, cards below `cards-below`, row actions always in reach, and a
 * toolbar that keeps still while the count changes.
 */

useDesktopViewport();
const container = useListContainer();
const grid = () => gridIn(container());
const clients = makeClients(300);
const shadow = () => grid().shadowRoot!;

afterEach(() => {
  vi.restoreAllMocks();
});

/** A grid of `width` px in the desktop-wide page, its rows loaded. */
async function mountAt(width: number, attributes = '') {
  container().style.inlineSize = `${width}px`;
  mountGrid(container(), clients, attributes);
  await expect.element(page.getByRole('status').filter({ hasText: 'clients' })).toBeVisible();
}

const ALL = [
  'Client',
  'Email',
  'Country',
  'Status',
  'Group',
  'Configuration',
  'Up-to-date credit',
  'Created',
  'Actions',
];

/** Each width: the column headers shown, the others hidden; select is always there. */
const WIDTHS: Array<[width: number, shown: string[]]> = [
  [1352, ALL],
  [976, ['Client', 'Email', 'Country', 'Status', 'Up-to-date credit', 'Created', 'Actions']],
  [700, ['Client', 'Email', 'Status', 'Actions']],
];

function expectNoHorizontalOverflow(element: Element) {
  expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
}

describe('<client-grid> layout at its own width', () => {
  it.each(WIDTHS)(
    'at %i px shows the columns that fit, without sideways scrolling',
    async (width, shown) => {
      await mountAt(width);
      const table = page.getByRole('grid', { name: 'Clients' });
      for (const name of ALL) {
        const header = table.getByRole('columnheader', { name, exact: true });
        if (shown.includes(name)) await expect.element(header).toBeInTheDocument();
        else await expect.element(header).not.toBeInTheDocument();
      }
      await expect
        .element(table.getByRole('columnheader', { name: 'Select all clients' }))
        .toBeInTheDocument();
      expect(table.element().getAttribute('aria-colcount')).toBe(String(shown.length + 1));
      expectNoHorizontalOverflow(table.element());
      expectNoHorizontalOverflow(grid());
    },
  );

  it('shows cards below 600 px of its own, in a wide page; cards-below moves the breakpoint', async () => {
    await mountAt(342);
    await expect.element(page.getByRole('list', { name: 'Clients' })).toBeVisible();
    expect(shadow().querySelector('[role="grid"]')).toBeNull();
    // Cards only: no list/cards toggle to offer.
    expect(page.getByRole('button', { name: 'List' }).query()).toBeNull();
    expectNoHorizontalOverflow(shadow().querySelector('.cards')!);
    expectNoHorizontalOverflow(grid());
    expect(grid().view).toBe('list'); // the user's choice, kept for wider widths

    grid().setAttribute('cards-below', '400');
    container().style.inlineSize = '500px';
    const table = page.getByRole('grid', { name: 'Clients' });
    await expect.element(table).toBeVisible();
    for (const name of ['Client', 'Status', 'Actions']) {
      await expect.element(table.getByRole('columnheader', { name, exact: true })).toBeVisible();
    }
    expectNoHorizontalOverflow(table.element());
    await expect.element(page.getByRole('button', { name: 'List' })).toBeVisible();
  });

  it('shows the loading skeleton while the card view loads at a narrow width', async () => {
    const gate = deferred<void>();
    const load = clientGridParts.cards;
    vi.spyOn(clientGridParts, 'cards').mockImplementationOnce(() =>
      gate.promise.then(() => load()),
    );
    container().style.inlineSize = '342px';
    mountGrid(container(), clients);
    const state = () => shadow().querySelector('clientele-state')!;
    await expect.poll(() => state().state).toBe('loading');
    expect(shadow().querySelector('[role="grid"]')).toBeNull();
    gate.resolve();
    await expect.element(page.getByRole('list', { name: 'Clients' })).toBeVisible();
    expect(state().state).toBe('loaded');
  });

  it.each([1352, 976, 700])(
    'at %i px shows every row’s actions button whole, without hovering',
    async (width) => {
      await mountAt(width);
      await userEvent.unhover(page.getByRole('grid'));
      const buttons = page.getByRole('button', { name: /^Actions for / });
      await expect.element(buttons.first()).toBeVisible();
      const gridBox = shadow().querySelector('.grid')!.getBoundingClientRect();
      for (const button of buttons.elements().slice(0, 5)) {
        expect(getComputedStyle(button).opacity).toBe('1');
        const cell = button.closest('[role="gridcell"]')!;
        const box = button.getBoundingClientRect();
        const cellBox = cell.getBoundingClientRect();
        // Inside its cell (nothing clipped to an ellipsis) and inside the grid's view.
        expect(cell.scrollWidth).toBeLessThanOrEqual(cell.clientWidth);
        expect(box.left).toBeGreaterThanOrEqual(cellBox.left);
        expect(box.right).toBeLessThanOrEqual(cellBox.right);
        expect(box.right).toBeLessThanOrEqual(gridBox.right);
      }
    },
  );

  it('shows each card’s actions button at a narrow width', async () => {
    await mountAt(342);
    const cards = page.getByRole('list', { name: 'Clients' }).getByRole('listitem');
    await expect.element(cards.first()).toBeVisible();
    const card = cards.first().element();
    const button = page
      .getByRole('button', { name: /^Actions for / })
      .first()
      .element();
    expect(card.contains(button)).toBe(true);
    expect(getComputedStyle(button).opacity).toBe('1');
    expect(button.getBoundingClientRect().right).toBeLessThanOrEqual(
      card.getBoundingClientRect().right,
    );
  });
});

describe('<client-grid> toolbar', () => {
  it('keeps still while the count changes as the user types', async () => {
    await mountAt(1352);
    const status = page.getByRole('status').filter({ hasText: 'clients' });
    await expect.element(status).toHaveTextContent('300 clients');
    const toolbar = shadow().querySelector('[part="toolbar"]')!;
    const boxes = () =>
      [...toolbar.querySelectorAll('input, button, select')].map((control) => {
        const { left, top, width } = control.getBoundingClientRect();
        return { left, top, width };
      });
    const before = boxes();
    await userEvent.type(
      page.getByRole('searchbox', { name: 'Search clients' }),
      clients[0]!.email,
    );
    await expect
      .element(page.getByRole('status').filter({ hasText: 'client' }))
      .toHaveTextContent('1 client');
    const after = boxes();
    // The search box keeps its width; so does everything after it.
    expect(after).toEqual(before);
  });
});
