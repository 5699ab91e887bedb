import type { ClientDataProvider, ClientGrid } from '@clientele/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { screen } from 'shadow-dom-testing-library';
import { expect, fn, waitFor } from 'storybook/test';

/** What the `<client-grid>` stories share: their args, page widths, render and waits. */
export interface Args {
  view: 'list' | 'cards';
  query: string;
  filters: string;
  sort: string;
  dataProvider?: ClientDataProvider;
  onSelect: (event: Event) => void;
  onAction: (event: Event) => void;
  onBulkAction: (event: Event) => void;
}

/** Page widths the stories run at (the grid fits its columns, or cards, to its own width). */
const VIEWPORTS = {
  wide: { name: 'Wide desktop', styles: { width: '1440px', height: '900px' }, type: 'desktop' },
  laptop: { name: 'Laptop', styles: { width: '1024px', height: '768px' }, type: 'desktop' },
  phone: { name: 'Phone', styles: { width: '390px', height: '844px' }, type: 'mobile' },
} as const;

// A file's meta spreads this one and must name `parameters: { ...baseMeta.parameters }` itself:
// Storybook's CSF transform writes its own `parameters` into a meta whose literal has none, which
// drops the spread's (the viewports, so every story ran at the default width).
export const baseMeta: Meta<Args> = {
  component: 'client-grid',
  args: {
    view: 'list',
    query: '',
    filters: '',
    sort: '-created_at',
    onSelect: fn(),
    onAction: fn(),
    onBulkAction: fn(),
  },
  argTypes: {
    view: { control: 'inline-radio', options: ['list', 'cards'] },
    dataProvider: { control: false },
  },
  // The grid follows its own width: desktop-wide unless a story says otherwise.
  parameters: { viewport: { options: VIEWPORTS } },
  globals: { viewport: { value: 'wide', isRotated: false } },
  render: (args) =>
    html`<client-grid
      view=${args.view}
      query=${args.query}
      filters=${args.filters || nothing}
      sort=${args.sort}
      .dataProvider=${args.dataProvider}
      @client-select=${args.onSelect}
      @client-action=${args.onAction}
      @client-bulk-action=${args.onBulkAction}
    ></client-grid>`,
};

export type Story = StoryObj<Args>;

// How long a play function waits for what loads on first use (a chunk the dev server may
// still have to transform on a busy machine, then its data): a bound, not a duration asserted.
export const LOAD = { timeout: 15_000 };

/** Waits for loaded (not placeholder) data rows. */
export const rows = async () =>
  waitFor(
    () =>
      expect(
        screen.getAllByShadowRole('row').filter((row) => !row.hasAttribute('aria-busy')).length,
      ).toBeGreaterThan(2),
    LOAD,
  );

export function gridElement(): ClientGrid {
  return document.querySelector('client-grid')!;
}

/** What the mock API answers for a query: the total the grid must show. */
export async function serverTotal(query: string): Promise<number> {
  const response = await fetch(`/api/clients?${query}${query ? '&' : ''}limit=1`, {
    headers: { Authorization: 'Bearer admin-token' },
  });
  return ((await response.json()) as { total: number }).total;
}

export const totalText = (total: number) =>
  total === 1 ? '1 client' : `${total.toLocaleString('en')} clients`;

/** The visible text of the first data row's name cell. */
export function firstRowText(): string {
  const row = screen
    .getAllByShadowRole('row')
    .find((r) => r.getAttribute('aria-rowindex') === '2' && !r.hasAttribute('aria-busy'));
  return row?.textContent ?? '';
}
