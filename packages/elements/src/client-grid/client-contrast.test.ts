import type { Client, ClientStatus } from '@clientele/sdk';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/client-grid.ts';
import { gridIn, mountGrid, useDesktopViewport } from '../testing/client-grid-fixture.ts';
import { makeClients } from '../testing/index.ts';
import { useListContainer } from '../testing/list-fixture.ts';

/*
 * WCAG AA in every row state, from the colours the browser computes (tokens, color-mix and
 * all): a badge's text on the badge 4.5:1, the badge's edge on its row 3:1 (a badge must stand
 * apart from a hovered or selected row, WCAG 1.4.11), and the row's own text 4.5:1.
 */

useDesktopViewport();
const container = useListContainer();
const grid = () => gridIn(container());

const STATUSES: ClientStatus[] = [
  'active',
  'inactive',
  'suspending',
  'suspended',
  'deleting',
  'closed',
  'pending_approval',
];
// One client per status, some with a reason (muted text beside the badge).
const clients: Client[] = makeClients(STATUSES.length).map((client, i) => ({
  ...client,
  status: STATUSES[i]!,
  status_reason: i % 2 ? 'staff' : null,
}));

const pixel = new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true })!;

/** The colour of layers painted over each other (any CSS colour syntax, alpha included). */
function paint(...layers: string[]): [number, number, number] {
  pixel.clearRect(0, 0, 1, 1);
  for (const layer of layers) {
    pixel.fillStyle = layer;
    pixel.fillRect(0, 0, 1, 1);
  }
  const [r = 0, g = 0, b = 0] = pixel.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

function luminance(rgb: [number, number, number]): number {
  const [r = 0, g = 0, b = 0] = rgb.map((c) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return Math.round(((light + 0.05) / (dark + 0.05)) * 100) / 100;
}

/** Every shortfall of one row, as readable lines (empty when all pass). */
function shortfalls(row: HTMLElement, state: string): string[] {
  const found: string[] = [];
  const surface = getComputedStyle(row.closest('.grid')!).backgroundColor;
  const rowLayers = [surface, getComputedStyle(row).backgroundColor];
  const rowColour = paint(...rowLayers);
  for (const badge of row.querySelectorAll<HTMLElement>('.badge')) {
    const style = getComputedStyle(badge);
    const badgeLayers = [...rowLayers, style.backgroundColor];
    const text = contrast(paint(...badgeLayers, style.color), paint(...badgeLayers));
    const edge =
      Number.parseFloat(style.borderTopWidth) > 0
        ? paint(...rowLayers, style.borderTopColor)
        : paint(...badgeLayers);
    const apart = contrast(edge, rowColour);
    const name = `${state} ${badge.textContent?.trim()}`;
    if (text < 4.5) found.push(`${name}: text ${text}:1`);
    if (apart < 3) found.push(`${name}: edge on the row ${apart}:1`);
  }
  for (const text of row.querySelectorAll<HTMLElement>(
    '.primary, .secondary, .muted, .status-reason, .money',
  )) {
    const ratio = contrast(paint(...rowLayers, getComputedStyle(text).color), rowColour);
    if (ratio < 4.5) found.push(`${state} "${text.textContent?.trim()}": ${ratio}:1`);
  }
  return found;
}

describe('<client-grid> contrast in every row state', () => {
  it.each(['light', 'dark'])(
    '%s: badges and text reach WCAG AA, resting, hovered, focused and selected',
    async (theme) => {
      container().style.inlineSize = '1352px';
      mountGrid(container(), clients, `theme=${theme}`);
      await expect.element(page.getByRole('grid')).toHaveAttribute('aria-rowcount', '8');
      await expect.element(page.getByRole('gridcell', { name: clients[0]!.email })).toBeVisible();
      const rows = () => [...grid().shadowRoot!.querySelectorAll<HTMLElement>('.data-row')];
      const found: string[] = [];
      for (const [index, row] of rows().entries()) {
        found.push(...shortfalls(row, 'resting'));
        await userEvent.hover(row);
        found.push(...shortfalls(row, 'hovered'));
        row.querySelector<HTMLElement>('[data-column="client"]')!.focus();
        found.push(...shortfalls(row, 'focused'));
        await userEvent.click(page.getByRole('checkbox', { name: /^Select (?!all)/ }).nth(index));
        await expect.element(page.getByRole('row', { selected: true }).nth(index)).toBeVisible();
        await userEvent.hover(page.getByRole('searchbox'));
        found.push(...shortfalls(row, 'selected'));
        await userEvent.hover(row);
        found.push(...shortfalls(row, 'selected and hovered'));
      }
      expect(found).toEqual([]);
    },
  );
});
