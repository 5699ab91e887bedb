import { html, render } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/client-grid.ts';
import {
  CLIENTS,
  gridIn,
  mountGrid,
  recording,
  useDesktopViewport,
} from '../testing/client-grid-fixture.ts';
import { deferred } from '../testing/fake-api.ts';
import { createArrayDataProvider, makeClients } from '../testing/index.ts';
import { useListContainer } from '../testing/list-fixture.ts';
import { clientGridParts } from './client-parts.ts';

/*
 * The parts loaded on first use (client-parts.ts): none but the list view and the row controls
 * (which come with the first page) loads for the first paint, each shows that it is on its way, and a failed load is
 * an alert whose Retry loads it and carries on.
 */

useDesktopViewport();
const container = useListContainer();
const grid = () => gridIn(container());
const chunkError = () => new TypeError('Failed to fetch dynamically imported module');
/**
 * The first rows' parts as if their chunk had not arrived yet: registering the tag loaded it,
 * and a grid takes a loaded part at once (`remember` in base/lazy.ts).
 */
const notYetLoaded = (part: 'list' | 'controls') =>
  vi.spyOn(clientGridParts[part], 'peek').mockReturnValue(undefined);
const few = makeClients(30);
const newest = few.at(-1)!;
const name = newest.company ?? `${newest.first_name} ${newest.last_name}`;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('<client-grid> parts loaded on first use', () => {
  it('loads only the list view for the first rows; total, selectedIds and reload work', async () => {
    const list = vi.spyOn(clientGridParts, 'list');
    const controls = vi.spyOn(clientGridParts, 'controls');
    notYetLoaded('list');
    notYetLoaded('controls');
    const loads = Object.keys(clientGridParts)
      .filter((key) => key !== 'list' && key !== 'controls')
      .map((key) => vi.spyOn(clientGridParts, key as keyof typeof clientGridParts));
    const provider = vi.fn(createArrayDataProvider(CLIENTS));
    render(html`<client-grid .dataProvider=${provider}></client-grid>`, container());
    await expect.element(page.getByRole('grid')).toHaveAttribute('aria-rowcount', '1001');
    expect(grid().total).toBe(1000);
    expect(grid().selectedIds).toEqual([]);
    const calls = provider.mock.calls.length;
    grid().reload();
    await expect.poll(() => provider.mock.calls.length).toBeGreaterThan(calls);
    for (const load of loads) expect(load).not.toHaveBeenCalled();
    expect(list).toHaveBeenCalledTimes(1);
    expect(controls).toHaveBeenCalledTimes(1);
  });

  it('asks for the first page before its first render, which shows the list once its chunk is in', async () => {
    const gate = deferred<void>();
    const renderedAtRequest: boolean[] = [];
    const provider = createArrayDataProvider(few);
    const held: typeof provider = async (request) => {
      // As the SDK does, a few microtasks go by before the request leaves (its middleware).
      await null;
      renderedAtRequest.push(grid().shadowRoot!.querySelector('[part~="toolbar"]') !== null);
      await gate.promise;
      return provider(request);
    };
    // Registering the tag started loading them; they are in by now on a real page.
    await Promise.all([clientGridParts.list(), clientGridParts.controls()]);
    render(html`<client-grid .dataProvider=${held}></client-grid>`, container());
    await grid().updateComplete;
    expect(renderedAtRequest).toEqual([false]);
    // Its chunk loaded with the tag: the header and placeholder rows in that first render, busy.
    const table = grid().shadowRoot!.querySelector('[role="grid"]');
    expect(table, grid().shadowRoot!.innerHTML).not.toBeNull();
    expect(table!.getAttribute('aria-busy')).toBe('true');
    expect(table?.querySelectorAll('[part~="placeholder-row"]').length).toBeGreaterThan(0);
    gate.resolve();
    await expect
      .element(
        page.getByRole('grid', { name: 'Clients' }).getByRole('gridcell', { name: newest.email }),
      )
      .toBeVisible();
  });

  it('shows the loading skeleton until the list view arrives, and Retry when it failed', async () => {
    const gate = deferred<void>();
    vi.spyOn(clientGridParts, 'list').mockImplementationOnce(() =>
      gate.promise.then(() => Promise.reject(chunkError())),
    );
    notYetLoaded('list');
    mountGrid(container(), few);
    const state = () => grid().shadowRoot!.querySelector('clientele-state')!;
    await expect.poll(() => state().state).toBe('loading');
    // The first page is there (the total says so); the rows wait for the grid.
    await expect
      .element(page.getByRole('status').filter({ hasText: 'clients' }))
      .toHaveTextContent('30 clients');
    expect(grid().shadowRoot!.querySelector('[role="grid"]')).toBeNull();
    gate.resolve();
    await expect.poll(() => state().state).toBe('error');
    await userEvent.click(page.getByRole('button', { name: 'Retry' }));
    const table = page.getByRole('grid', { name: 'Clients' });
    await expect.element(table.getByRole('gridcell', { name: newest.email })).toBeVisible();
    expect(state().state).toBe('loaded');
    expect(clientGridParts.list).toHaveBeenCalledTimes(2);
  });

  it('opens the row menu once the actions arrive, busy meanwhile', async () => {
    const gate = deferred<void>();
    const load = clientGridParts.actions;
    vi.spyOn(clientGridParts, 'actions').mockImplementationOnce(() =>
      gate.promise.then(() => load()),
    );
    mountGrid(container(), few);
    const button = page.getByRole('button', { name: `Actions for ${name}` });
    await userEvent.click(button);
    await expect.element(button).toHaveAttribute('aria-busy', 'true');
    gate.resolve();
    await expect.element(page.getByRole('menu', { name: `Actions for ${name}` })).toBeVisible();
    await expect.element(button).not.toHaveAttribute('aria-busy');
    await expect.element(button).toHaveAttribute('aria-expanded', 'true');
  });

  it('says when the actions failed to load; Retry loads them and opens the menu', async () => {
    const load = vi.spyOn(clientGridParts, 'actions').mockRejectedValueOnce(chunkError());
    mountGrid(container(), few);
    await userEvent.click(page.getByRole('button', { name: `Actions for ${name}` }));
    const alert = page.getByRole('alert');
    await expect.element(alert).toMatchTextContent(/Something went wrong/);
    await expect.element(page.getByRole('menu')).not.toBeInTheDocument();
    await userEvent.click(alert.getByRole('button', { name: 'Retry' }));
    await expect.element(page.getByRole('menu', { name: `Actions for ${name}` })).toBeVisible();
    await expect.element(alert).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('brings the actions in the grid’s language, their German messages with them', async () => {
    mountGrid(container(), few, 'lang=de');
    await userEvent.click(page.getByRole('button', { name: `Aktionen für ${name}` }));
    const menu = page.getByRole('menu', { name: `Aktionen für ${name}` });
    await expect.element(menu.getByRole('menuitem', { name: 'Anzeigen' })).toBeVisible();
    await expect.element(menu.getByRole('menuitem', { name: 'Löschen' })).toBeVisible();
  });

  it('shows the bulk bar at once and its actions when they arrive', async () => {
    const gate = deferred<void>();
    const load = clientGridParts.actions;
    vi.spyOn(clientGridParts, 'actions').mockImplementationOnce(() =>
      gate.promise.then(() => load()),
    );
    mountGrid(container(), few);
    await userEvent.click(page.getByRole('checkbox', { name: `Select ${name}` }));
    const bar = page.getByRole('group', { name: '1 selected' });
    await expect.element(bar).toHaveAttribute('aria-busy', 'true');
    await expect.element(bar).toMatchTextContent(/Loading/);
    expect(grid().selectedIds).toEqual([newest.id]);
    gate.resolve();
    await expect.element(bar.getByRole('button', { name: 'Suspend selected' })).toBeVisible();
    await expect.element(bar).not.toHaveAttribute('aria-busy');
  });

  it('shows a loading line for the filter panel, and Retry when it failed', async () => {
    vi.spyOn(clientGridParts, 'filterPanel').mockRejectedValueOnce(chunkError());
    mountGrid(container(), few);
    const toggle = page.getByRole('button', { name: 'Filters' });
    await userEvent.click(toggle);
    const alert = page.getByRole('alert');
    await expect.element(alert).toMatchTextContent(/Something went wrong/);
    await userEvent.click(alert.getByRole('button', { name: 'Retry' }));
    const panel = page.getByRole('group', { name: 'Filters' });
    await expect.element(panel.getByLabelText('Tax exempt', { exact: true })).toBeVisible();
    await expect.element(toggle).not.toHaveAttribute('aria-busy');
  });

  it('shows the rows with their status counts, and Retry when the counts part failed', async () => {
    vi.spyOn(clientGridParts, 'controls').mockRejectedValueOnce(chunkError());
    notYetLoaded('controls');
    mountGrid(container(), few);
    const state = () => grid().shadowRoot!.querySelector('clientele-state')!;
    await expect.poll(() => state().state).toBe('error');
    expect(page.getByRole('group', { name: 'Filter by status' }).query()).toBeNull();
    await userEvent.click(page.getByRole('button', { name: 'Retry' }));
    const counts = page.getByRole('group', { name: 'Filter by status' });
    await expect.element(counts.getByRole('button', { name: /^Active \d/ })).toBeVisible();
    await expect.element(page.getByRole('gridcell', { name: newest.email })).toBeVisible();
    expect(clientGridParts.controls).toHaveBeenCalledTimes(2);
  });

  it('shows the loading skeleton until the card view arrives, and Retry when it failed', async () => {
    vi.spyOn(clientGridParts, 'cards').mockRejectedValueOnce(chunkError());
    mountGrid(container(), few, 'view=cards');
    const state = () => grid().shadowRoot!.querySelector('clientele-state')!;
    await expect.poll(() => state().state).toBe('error');
    const retry = page.getByRole('button', { name: 'Retry' });
    await userEvent.click(retry);
    const list = page.getByRole('list', { name: 'Clients' });
    await expect.element(list.getByText(newest.email)).toBeVisible();

    // Back to the list and to cards again: no load, no skeleton.
    grid().view = 'list';
    await expect.element(page.getByRole('grid')).toBeVisible();
    grid().view = 'cards';
    await expect.element(list).toBeVisible();
    expect(clientGridParts.cards).toHaveBeenCalledTimes(2);
  });

  it('shows the skeleton while the card view loads', async () => {
    const gate = deferred<void>();
    const load = clientGridParts.cards;
    vi.spyOn(clientGridParts, 'cards').mockImplementationOnce(() =>
      gate.promise.then(() => load()),
    );
    mountGrid(container(), few, 'view=cards');
    const state = () => grid().shadowRoot!.querySelector('clientele-state')!;
    await expect.poll(() => state().state).toBe('loading');
    expect(grid().shadowRoot!.querySelector('[role="list"]')).toBeNull();
    gate.resolve();
    await expect.element(page.getByRole('list', { name: 'Clients' })).toBeVisible();
    expect(state().state).toBe('loaded');
  });

  it('holds the place of the chips while they load, and Retry when they failed', async () => {
    const gate = deferred<void>();
    const load = clientGridParts.chips;
    vi.spyOn(clientGridParts, 'chips')
      .mockImplementationOnce(() => gate.promise.then(() => Promise.reject(chunkError())))
      .mockImplementationOnce(() => load());
    mountGrid(container(), few, 'filters=status=active');
    const chips = () => grid().shadowRoot!.querySelector('[part="chips"]')!;
    // The filter applies at once; its chip's place says it is on its way.
    await expect.element(page.getByRole('grid')).toBeVisible();
    await expect.poll(() => chips().getAttribute('aria-busy')).toBe('true');
    expect(chips().textContent).toMatch(/Loading/);
    gate.resolve();
    const alert = page.getByRole('alert');
    await expect.element(alert).toMatchTextContent(/Something went wrong/);
    await userEvent.click(alert.getByRole('button', { name: 'Retry' }));
    await expect
      .element(page.getByRole('button', { name: 'Remove filter Status: Active' }))
      .toBeVisible();
    await expect.element(alert).not.toBeInTheDocument();
    // The chips' styles came with them: a row of pills.
    const list = grid().shadowRoot!.querySelector('.chip-list') as HTMLElement;
    expect(getComputedStyle(list).display).toBe('flex');
  });

  it('holds the first request until the URL state arrives, and Retry when it failed', async () => {
    history.replaceState(null, '', '?q=nimbus&sort=company');
    vi.spyOn(clientGridParts, 'url').mockRejectedValueOnce(chunkError());
    const { requests, provider } = recording(createArrayDataProvider(CLIENTS));
    render(html`<client-grid url-state .dataProvider=${provider}></client-grid>`, container());
    const state = () => grid().shadowRoot!.querySelector('clientele-state')!;
    await expect.poll(() => state().state).toBe('error');
    expect(requests).toEqual([]);
    await userEvent.click(page.getByRole('button', { name: 'Retry' }));
    await expect.element(page.getByRole('grid')).toBeVisible();
    // The first request already asks for what the URL says.
    expect(requests[0]).toMatchObject({ query: 'nimbus', sort: 'company' });
    expect(grid().query).toBe('nimbus');
  });

  it('starts the export once the walk through the clients arrives, and Retry when it failed', async () => {
    vi.spyOn(clientGridParts, 'walk').mockRejectedValueOnce(chunkError());
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    mountGrid(container(), few);
    await expect.element(page.getByRole('grid')).toHaveAttribute('aria-rowcount', '31');
    const exportButton = page.getByRole('button', { name: 'Export CSV' });
    await userEvent.click(exportButton);
    const alert = page.getByRole('alert');
    await expect.element(alert).toMatchTextContent(/Something went wrong/);
    expect(blobs).toHaveLength(0);
    // Nothing runs meanwhile: the export can be asked for again.
    await expect.element(exportButton).toBeEnabled();
    await userEvent.click(alert.getByRole('button', { name: 'Retry' }));
    await expect.poll(() => blobs.length).toBe(1);
    expect((await blobs[0]!.text()).trim().split('\r\n')).toHaveLength(31);
    await expect.element(alert).not.toBeInTheDocument();
  });

  it('exports once the CSV writer arrives, and Retry when it failed', async () => {
    // Asked for when the export starts, and again when the clients are there.
    vi.spyOn(clientGridParts, 'csv')
      .mockRejectedValueOnce(chunkError())
      .mockRejectedValueOnce(chunkError());
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    mountGrid(container(), few);
    await expect.element(page.getByRole('grid')).toHaveAttribute('aria-rowcount', '31');
    await userEvent.click(page.getByRole('button', { name: 'Export CSV' }));
    const alert = page.getByRole('alert');
    await expect.element(alert).toMatchTextContent(/Something went wrong/);
    expect(blobs).toHaveLength(0);
    await userEvent.click(alert.getByRole('button', { name: 'Retry' }));
    await expect.poll(() => blobs.length).toBe(1);
    expect((await blobs[0]!.text()).trim().split('\r\n')).toHaveLength(31);
  });
});
