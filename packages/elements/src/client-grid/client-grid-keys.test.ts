import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/client-grid.ts';
import { CLIENTS, gridIn, mountGrid, useDesktopViewport } from '../testing/client-grid-fixture.ts';
import { deepActive, useListContainer } from '../testing/list-fixture.ts';

useDesktopViewport();
const container = useListContainer();

/** The grid's scroller, and whether the first data row lies inside it below the sticky header. */
function firstRowInView() {
  const root = gridIn(container()).shadowRoot!;
  const scroller = root.querySelector<HTMLElement>('[role="grid"]')!;
  const header = root.querySelector<HTMLElement>('[role="row"][aria-rowindex="1"]')!;
  const row = root.querySelector<HTMLElement>('[role="row"][aria-rowindex="2"]');
  if (!row) return { scrollTop: scroller.scrollTop, inView: false };
  const box = row.getBoundingClientRect();
  const frame = scroller.getBoundingClientRect();
  const below = header.getBoundingClientRect().bottom;
  return {
    scrollTop: scroller.scrollTop,
    inView: box.top >= below - 0.5 && box.bottom <= frame.bottom + 0.5,
  };
}

describe('<client-grid> Ctrl+Home and Ctrl+End', () => {
  it('Ctrl+Home after Ctrl+End brings the first rows back into view (1,000 rows)', async () => {
    mountGrid(container());
    const newest = CLIENTS.at(-1)!;
    const oldest = CLIENTS[0]!;
    await userEvent.click(page.getByRole('gridcell', { name: newest.email }));
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await expect
      .poll(() => deepActive()?.closest('[role="row"]')?.getAttribute('aria-rowindex'))
      .toBe('1001');
    await expect.element(page.getByRole('gridcell', { name: oldest.email })).toBeVisible();
    expect(firstRowInView().scrollTop).toBeGreaterThan(40_000);
    expect(firstRowInView().inView).toBe(false);

    await userEvent.keyboard('{Control>}{Home}{/Control}');
    await expect.poll(() => deepActive()?.closest('[role="columnheader"]')).not.toBeNull();
    await expect.poll(firstRowInView).toEqual({ scrollTop: 0, inView: true });
    const first = gridIn(container()).shadowRoot!.querySelector('[aria-rowindex="2"]');
    expect(first?.textContent).toContain(newest.email);
  });
});
