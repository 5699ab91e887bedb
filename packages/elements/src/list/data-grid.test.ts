import { html, LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { baseStyles } from '../base/styles/base.ts';
import { dataGridStyles } from './data-grid.styles.ts';
import { DataGrid, type GridColumn } from './data-grid.ts';

interface Item {
  n: number;
}

/** A minimal host: 10,000 rows, the first 500 loaded, three columns. */
class TestGrid extends LitElement {
  static override styles = [...baseStyles, dataGridStyles];
  total: number | undefined = 10_000;
  loaded = 500;
  activated: number[] = [];
  sorted: string[] = [];
  sort: 'ascending' | 'descending' = 'ascending';
  readonly grid = new DataGrid<Item>(this, {
    label: () => 'Numbers',
    total: () => this.total,
    row: (index) => (index < this.loaded ? { n: index + 1 } : undefined),
    rowHeight: 40,
    placeholderLabel: () => 'Loading…',
    columns: (): GridColumn<Item>[] => [
      {
        id: 'n',
        header: () => 'Number',
        width: '1fr',
        minWidth: 6,
        sort: this.sort,
        cell: (item) => `#${item.n}`,
      },
      {
        id: 'double',
        header: () => 'Double',
        width: '1fr',
        minWidth: 6,
        cell: (i) => `${i.n * 2}`,
      },
      {
        id: 'action',
        header: () => 'Action',
        width: '1fr',
        minWidth: 6,
        widget: true,
        cell: (item, { tabIndex }) =>
          html`<button type="button" data-grid-focus tabindex=${tabIndex}>Open ${item.n}</button>`,
      },
    ],
    onActivate: (item) => this.activated.push(item.n),
    onSort: (id) => this.sorted.push(id),
  });
  override render() {
    return html`<button type="button">Before</button>${this.grid.render()}`;
  }
}
customElements.define('test-data-grid', TestGrid);

async function mount(): Promise<TestGrid> {
  const element = document.createElement('test-data-grid') as TestGrid;
  element.style.setProperty('--clientele-grid-max-block-size', '440px');
  document.body.append(element);
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
  return element;
}

/** The focused element, looking into shadow roots (`toHaveFocus` compares `document.activeElement`). */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Text and role of the focused element, e.g. 'gridcell #1'. */
function focused(): string {
  const active = deepActive();
  return `${active?.getAttribute('role') ?? active?.localName} ${active?.textContent?.trim()}`;
}

function focusedRowIndex(element: TestGrid): string | null | undefined {
  return element.shadowRoot?.activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex');
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('DataGrid', () => {
  it('shows a viewport of placeholder rows, busy, while the total is unknown', async () => {
    const element = await mount();
    element.total = undefined;
    element.loaded = 0;
    element.requestUpdate();
    const grid = page.getByRole('grid', { name: 'Numbers' });
    await expect.element(grid).toHaveAttribute('aria-rowcount', '-1');
    await expect.element(grid).toHaveAttribute('aria-busy', 'true');
    await expect.element(page.getByRole('columnheader', { name: 'Double' })).toBeVisible();
    const busyRows = element.shadowRoot!.querySelectorAll('[role="row"][aria-busy="true"]');
    expect(busyRows.length).toBeGreaterThan(5);
    element.total = 10_000;
    element.loaded = 500;
    element.requestUpdate();
    await expect.element(grid).toHaveAttribute('aria-rowcount', '10001');
    expect(grid.element().hasAttribute('aria-busy')).toBe(false);
    await expect.element(page.getByRole('gridcell', { name: '#1', exact: true })).toBeVisible();
  });

  it('prepares a row off the document when idle, leaving the grid as it was', async () => {
    const element = await mount();
    const root = element.shadowRoot!;
    const elements = root.querySelectorAll('*').length;
    element.grid.prepare({ n: 4242 });
    // Idle callbacks run in the order they were asked for: the grid's has run after this one.
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
    expect(root.querySelectorAll('*').length).toBe(elements);
    expect(root.textContent).not.toContain('4242');
    expect(document.body.textContent).not.toContain('4242');
  });

  it('exposes the true row count and row indexes with a constant DOM size', async () => {
    const element = await mount();
    const grid = page.getByRole('grid', { name: 'Numbers' });
    await expect.element(grid).toHaveAttribute('aria-rowcount', '10001');
    const rows = element.shadowRoot!.querySelectorAll('[role="row"]');
    expect(rows.length).toBeLessThan(30);
    expect(rows[1]?.getAttribute('aria-rowindex')).toBe('2');
    await expect.element(page.getByRole('gridcell', { name: '#1', exact: true })).toBeVisible();
  });

  it('is one tab stop and moves with arrows, Home/End, Page Down, Ctrl+Home/End', async () => {
    const element = await mount();
    await userEvent.click(page.getByRole('button', { name: 'Before' }));
    await userEvent.keyboard('{Tab}');
    await expect.poll(focused).toBe('gridcell #1');
    await userEvent.keyboard('{ArrowDown}{ArrowRight}');
    await expect.poll(focused).toBe('gridcell 4');
    await userEvent.keyboard('{End}');
    await expect.poll(focused).toBe('button Open 2');
    await userEvent.keyboard('{Home}{PageDown}');
    expect(Number(focusedRowIndex(element))).toBeGreaterThan(8);
    await userEvent.keyboard('{Control>}{End}{/Control}');
    expect(focusedRowIndex(element)).toBe('10001');
    // The last row is not loaded: a placeholder holds the focus until it is.
    expect(
      element.shadowRoot!.activeElement?.closest('[role="row"]')?.getAttribute('aria-busy'),
    ).toBe('true');
    expect(element.shadowRoot!.querySelectorAll('[role="row"]').length).toBeLessThan(30);
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    await expect.poll(focused).toMatch(/^button Number/);
    // The header row is sticky: Ctrl+Home also brings the first rows back into view.
    await expect.element(page.getByRole('gridcell', { name: '#1', exact: true })).toBeVisible();
    await userEvent.keyboard('{Tab}');
    expect(element.shadowRoot!.activeElement).toBeNull();
  });

  it('activates rows with Enter and sorts from the header', async () => {
    const element = await mount();
    await userEvent.click(page.getByRole('gridcell', { name: '#3', exact: true }));
    expect(element.activated).toEqual([3]);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(element.activated).toEqual([3, 4]);
    await userEvent.click(page.getByRole('button', { name: /Number/ }));
    expect(element.sorted).toEqual(['n']);
    await expect
      .element(page.getByRole('columnheader', { name: /Number/ }))
      .toHaveAttribute('aria-sort', 'ascending');
  });

  it('renders the rows scrolled to, and keeps the focused row', async () => {
    const element = await mount();
    await userEvent.click(page.getByRole('gridcell', { name: '#2', exact: true }));
    const scroller = element.grid.element!;
    scroller.scrollTop = 40 * 300;
    scroller.dispatchEvent(new Event('scroll'));
    await element.updateComplete;
    await expect
      .element(page.getByRole('gridcell', { name: '#301', exact: true }))
      .toBeInTheDocument();
    await expect.poll(focused).toBe('gridcell #2');
  });

  it('keeps the focused row when the window jumps from after it to before it', async () => {
    const element = await mount();
    const scroller = element.grid.element!;
    const scrollTo = async (row: number) => {
      scroller.scrollTop = 40 * row;
      scroller.dispatchEvent(new Event('scroll'));
      await element.updateComplete;
    };
    await scrollTo(395);
    await userEvent.click(page.getByRole('gridcell', { name: '#401', exact: true }));
    const cell = deepActive();
    await scrollTo(2000); // the focused row is now the first one rendered
    await scrollTo(10); // and now the last one
    expect(deepActive()).toBe(cell);
    await expect.poll(focused).toBe('gridcell #401');
  });

  it('reuses the row elements on a jump, keeping aria-rowindex and the DOM order true', async () => {
    const element = await mount();
    const scroller = element.grid.element!;
    const rowsNow = () => [
      ...element.shadowRoot!.querySelectorAll<HTMLElement>('.body [role="row"]'),
    ];
    scroller.scrollTop = 40 * 100;
    scroller.dispatchEvent(new Event('scroll'));
    await element.updateComplete;
    const before = new Set(rowsNow());
    scroller.scrollTop = 40 * 5000;
    scroller.dispatchEvent(new Event('scroll'));
    await element.updateComplete;
    const after = rowsNow();
    // Row 1 (the active cell's row) stays; the window's rows are the same elements, re-bound.
    expect(after.every((row) => before.has(row))).toBe(true);
    const indexes = after.map((row) => Number(row.getAttribute('aria-rowindex')));
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(indexes[0]).toBe(2);
    expect(indexes).toContain(5002);
    for (const row of after) {
      const rowIndex = Number(row.getAttribute('aria-rowindex'));
      // A cell's position is its row's aria-rowindex and its own aria-colindex.
      const cells = [...row.querySelectorAll('[role="gridcell"]')];
      expect(cells.map((cell) => cell.getAttribute('aria-colindex'))).toEqual(['1', '2', '3']);
      if (rowIndex - 1 <= element.loaded)
        expect(cells[0]?.textContent?.trim()).toBe(`#${rowIndex - 1}`);
    }
    await expect
      .element(page.getByRole('gridcell', { name: '#1', exact: true }))
      .toBeInTheDocument();
  });
});
