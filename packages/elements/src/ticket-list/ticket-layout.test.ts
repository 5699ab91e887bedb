import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/clientele-provider.ts';
import '../define/ticket-list.ts';
import { deepActive } from '../testing/list-fixture.ts';
import { backend, TICKETS, useTicketListFixture } from '../testing/ticket-list-fixture.ts';

const { container, list, rowText, mountWithData, mountWithApi } = useTicketListFixture();

const ALL = ['Status', 'ID', 'Title', 'Client', 'Department', 'Priority', 'Created', 'Last reply'];

/** The column headers on screen, in order, without their sort arrows. */
function headers(): string[] {
  return [...list().shadowRoot!.querySelectorAll<HTMLElement>('[role="columnheader"]')]
    .filter((header) => header.checkVisibility())
    .map((header) => header.textContent!.replace(/[▲▼↕]/g, '').trim());
}

/** Nothing of the widget, its grid or (when the widget fits the test page) the page scrolls sideways. */
function expectNoSidewaysScroll() {
  const grid = list().shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!;
  expect(list().scrollWidth).toBeLessThanOrEqual(list().clientWidth);
  expect(grid.scrollWidth).toBeLessThanOrEqual(grid.clientWidth);
  const pageWidth = document.documentElement.clientWidth;
  if (list().offsetWidth <= pageWidth) {
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(pageWidth);
  }
}

async function mountAt(width: number) {
  container().style.inlineSize = `${width}px`;
  mountWithData();
  await expect.element(page.getByRole('grid')).toHaveAttribute('aria-rowcount', '1001');
  // The quick filters load beside the first page: the layout is complete with them.
  await expect.element(page.getByRole('group', { name: 'Filter by status' })).toBeVisible();
}

describe('<ticket-list> at its own width', () => {
  const cases: Array<[number, string[]]> = [
    [1400, ALL],
    // The department, then the creation time give way first.
    [1024, ['Status', 'ID', 'Title', 'Client', 'Priority', 'Last reply']],
    [760, ['Status', 'Title', 'Client', 'Last reply']],
    // Compact: the status over the last reply, the title over the client.
    [390, ['Status', 'Title']],
    [320, ['Status', 'Title']],
  ];
  for (const [width, expected] of cases) {
    it(`shows ${expected.length} columns at ${width}px, without scrolling sideways`, async () => {
      await mountAt(width);
      await expect.poll(headers).toEqual(expected);
      for (const name of expected) {
        await expect
          .element(page.getByRole('columnheader', { name: new RegExp(`^${name}`) }))
          .toBeVisible();
      }
      await expect
        .element(page.getByRole('grid'))
        .toHaveAttribute('aria-colcount', String(expected.length));
      const newest = TICKETS.at(-1)!;
      await expect.poll(() => rowText(0)).toContain(newest.title);
      // What matters stays at every width: title, status, client, last reply.
      expect(rowText(0)).toContain(newest.client.name);
      const status = list().shadowRoot!.querySelector('[aria-rowindex="2"] [part="status"]');
      expect(status?.getAttribute('data-status')).toBe(newest.status);
      const times = list().shadowRoot!.querySelectorAll('[aria-rowindex="2"] time');
      if (newest.last_reply_at) {
        // The last reply's time is shown (by its instant: its relative wording depends on when
        // the row was drawn, "now" or "1 second ago").
        expect([...times].map((time) => time.getAttribute('datetime'))).toContain(
          newest.last_reply_at,
        );
      } else {
        expect(rowText(0)).toContain('No reply yet');
      }
      expectNoSidewaysScroll();
    });
  }

  it('keeps the full title of a cut title, and moves by keyboard over the columns shown', async () => {
    await mountAt(390);
    await expect.poll(headers).toEqual(['Status', 'Title']);
    const newest = TICKETS.at(-1)!;
    await expect.poll(() => rowText(0)).toContain(newest.title);
    const title = list().shadowRoot!.querySelector(
      '[aria-rowindex="2"] [data-column="title"] .primary',
    );
    expect(title?.getAttribute('title')).toBe(newest.title);
    await userEvent.click(page.getByRole('gridcell').first());
    await userEvent.keyboard('{ArrowRight}');
    expect(deepActive()?.getAttribute('data-column')).toBe('title');
    await userEvent.keyboard('{ArrowRight}');
    expect(deepActive()?.getAttribute('data-column')).toBe('title');
  });

  it('fits its columns again when its width changes', async () => {
    await mountAt(1400);
    await expect.poll(headers).toEqual(ALL);
    container().style.inlineSize = '600px';
    await expect.poll(headers).toEqual(['Status', 'Title']);
    expectNoSidewaysScroll();
    container().style.inlineSize = '1100px';
    await expect.poll(headers).toEqual(ALL.filter((name) => name !== 'Department'));
  });

  it("shows one client's tickets compact with the id under the title", async () => {
    container().style.inlineSize = '390px';
    mountWithApi(backend(), { clientId: 'cl_nimbus' });
    await expect.element(page.getByRole('grid')).toBeVisible();
    await expect.poll(headers).toEqual(['Status', 'Title']);
    await expect.poll(() => rowText(0)).toMatch(/T-\d+/);
    expectNoSidewaysScroll();
  });

  it('leaves no divider dangling when the quick filters wrap', async () => {
    await mountAt(390);
    const row = list().shadowRoot!.querySelector<HTMLElement>('[part="quick-filters"]')!;
    // Every box drawn in the row is a filter button (or inside one).
    const drawn = [...row.querySelectorAll<HTMLElement>('*')].filter(
      (element) =>
        !element.closest('button') &&
        element.children.length === 0 &&
        element.getBoundingClientRect().width > 0,
    );
    expect(drawn).toEqual([]);
    expectNoSidewaysScroll();
  });
});
