import '@clientele/elements/define/client-grid';
import { createArrayDataProvider, makeClients } from '@clientele/elements/testing';
import { html } from 'lit';
import { screen } from 'shadow-dom-testing-library';
import { expect, mocked, userEvent, waitFor } from 'storybook/test';
import {
  baseMeta,
  gridElement,
  LOAD,
  rows,
  type Story,
  serverTotal,
  totalText,
} from './client-grid.shared.ts';

/**
 * `<client-grid>`: the staff client list. The default stories load through the SDK from the
 * in-browser mocks (via the provider the preview wraps every story in); the large-dataset
 * story gives the grid an in-memory `dataProvider` instead.
 */
const meta = { ...baseMeta, title: 'Widgets/client-grid', parameters: { ...baseMeta.parameters } };
export default meta;

// ---------------------------------------------------------------- loaded

/** The list view: an ARIA data grid with the true row count, sortable headers and row actions. */
export const List: Story = {
  play: async ({ args, step }) => {
    await rows();
    const grid = screen.getByShadowRole('grid', { name: 'Clients' });
    const total = await serverTotal('');
    await step('the whole list is counted', async () => {
      await expect(grid).toHaveAttribute('aria-rowcount', String(total + 1));
      await expect(screen.getByShadowText(totalText(total))).toBeVisible();
      for (const name of [
        'Client',
        'Email',
        'Country',
        'Status',
        'Group',
        'Configuration',
        'Up-to-date credit',
        'Created',
      ]) {
        await expect(
          screen.getByShadowRole('columnheader', { name: new RegExp(name) }),
        ).toBeVisible();
      }
    });
    await step('status counts filter by status', async () => {
      const counts = screen.getByShadowRole('group', { name: 'Filter by status' });
      await expect(counts).toBeVisible();
      await expect(
        screen.getByShadowRole('button', { name: /^Pending approval \d/ }),
      ).toBeVisible();
    });
    await step('a click or Enter on a row chooses the client; actions always show', async () => {
      const [actions] = screen.getAllByShadowRole('button', { name: /^Actions for / });
      await expect(actions).toBeVisible();
      const cells = screen.getAllByShadowRole('gridcell');
      await userEvent.click(cells[1]!);
      await expect(screen.getAllByShadowRole('button', { name: /^Actions for / })[0]).toBeVisible();
      await userEvent.keyboard('{ArrowDown}{Enter}');
      const chosen = mocked(args.onSelect).mock.calls.map(
        ([event]) => (event as CustomEvent<{ clientId: string }>).detail.clientId,
      );
      await expect(chosen).toHaveLength(2);
      await expect(chosen[0]).not.toBe(chosen[1]);
    });
  },
};

/** The card view: the same essentials as cards, with the sort menu in the toolbar. */
export const Cards: Story = {
  args: { view: 'cards' },
  play: async ({ step }) => {
    const list = await screen.findByShadowRole('list', { name: 'Clients' }, LOAD);
    await waitFor(
      () => expect(screen.getAllByShadowRole('listitem').length).toBeGreaterThan(1),
      LOAD,
    );
    await expect(list).toBeVisible();
    await expect(screen.getAllByShadowRole('listitem')[0]).toHaveTextContent(/Up-to-date credit/);
    await step('the sort menu sorts the cards', async () => {
      await userEvent.selectOptions(
        screen.getByShadowRole('combobox', { name: 'Sort by' }),
        'company',
      );
      await waitFor(() => expect(gridElement().sort).toBe('company'));
      await waitFor(() => {
        const titles = screen
          .getAllByShadowRole('listitem')
          .slice(0, 2)
          .map((card) => card.querySelector('.card-title')?.textContent?.trim() ?? '');
        expect(
          titles[0]!.localeCompare(titles[1]!, 'en', { sensitivity: 'base' }),
        ).toBeLessThanOrEqual(0);
      }, LOAD);
    });
  },
};

/**
 * A laptop-wide page: the columns that do not fit give way (configuration first, then group),
 * so the rest, the actions included, need no sideways scrolling.
 */
export const Laptop: Story = {
  globals: { viewport: { value: 'laptop', isRotated: false } },
  play: async () => {
    await rows();
    const grid = screen.getByShadowRole('grid', { name: 'Clients' });
    for (const name of ['Client', 'Email', 'Status', 'Up-to-date credit', 'Actions']) {
      await expect(screen.getByShadowRole('columnheader', { name })).toBeVisible();
    }
    for (const name of ['Group', 'Configuration']) {
      await expect(screen.queryByShadowRole('columnheader', { name })).toBeNull();
    }
    await expect(grid.scrollWidth).toBeLessThanOrEqual(grid.clientWidth);
  },
};

/** A phone: cards below the grid's `cards-below` width (600 px by default), each with its actions. */
export const Phone: Story = {
  globals: { viewport: { value: 'phone', isRotated: false } },
  play: async () => {
    const list = await screen.findByShadowRole('list', { name: 'Clients' }, LOAD);
    await waitFor(
      () => expect(screen.getAllByShadowRole('listitem').length).toBeGreaterThan(1),
      LOAD,
    );
    await expect(screen.queryByShadowRole('grid')).toBeNull();
    await expect(screen.getAllByShadowRole('button', { name: /^Actions for / })[0]).toBeVisible();
    await expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth);
  },
};

/**
 * The 100,000 clients are made when this story loads, not when the file does: as an arg they
 * were made for every story of the file (and its docs page), a second before each showed.
 */
let hundredThousand: ReturnType<typeof createArrayDataProvider> | undefined;

/** 100,000 clients from an in-memory `dataProvider`: the DOM stays small, Ctrl+End is the real end. */
export const HundredThousandClients: Story = {
  name: '100,000 clients (in memory)',
  loaders: [
    async () => {
      hundredThousand ??= createArrayDataProvider(makeClients(100_000));
      return { dataProvider: hundredThousand };
    },
  ],
  render: (args, context) =>
    baseMeta.render!({ ...args, dataProvider: context.loaded.dataProvider }, context),
  play: async () => {
    await rows();
    const grid = screen.getByShadowRole('grid', { name: 'Clients' });
    await expect(grid).toHaveAttribute('aria-rowcount', '100001');
    await expect(screen.getByShadowText('100,000 clients')).toBeVisible();
    await userEvent.click(screen.getAllByShadowRole('gridcell')[1]!);
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await waitFor(
      () =>
        expect(
          screen
            .getAllByShadowRole('row')
            .some((row) => row.getAttribute('aria-rowindex') === '100001' && !row.ariaBusy),
        ).toBe(true),
      LOAD,
    );
    await expect(screen.getAllByShadowRole('row').length).toBeLessThan(60);
  },
};

// ---------------------------------------------------------------- locale and theme

export const German: Story = {
  globals: { locale: 'de' },
  play: async () => {
    await expect(await screen.findByShadowRole('grid', { name: 'Kunden' }, LOAD)).toBeVisible();
    await expect(screen.getByShadowRole('searchbox', { name: 'Kunden suchen' })).toBeVisible();
    await expect(screen.getByShadowRole('columnheader', { name: 'Kunde' })).toBeVisible();
    await expect(await screen.findByShadowText(/^[\d.]+ Kunden$/, {}, LOAD)).toBeVisible();
    await expect(screen.getByShadowRole('button', { name: /^Aktiv \d/ })).toBeVisible();
  },
};

/**
 * A right-to-left host page: the layout mirrors, and server text (emails, amounts, names)
 * keeps its own direction, so a negative amount still reads "-$268.33".
 */
export const RightToLeft: Story = {
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
  play: async () => {
    await rows();
    const grid = screen.getByShadowRole('grid', { name: 'Clients' });
    await expect(getComputedStyle(grid).direction).toBe('rtl');
    // The minus sign of a negative amount is drawn left of its digits.
    await screen.findAllByShadowText(/^-/, {}, LOAD);
    const amount = grid.querySelector('.money.negative');
    const text = [...amount!.childNodes].find((node) => node.nodeType === Node.TEXT_NODE) as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 1);
    const minus = range.getBoundingClientRect().left;
    range.setStart(text, text.length - 1);
    range.setEnd(text, text.length);
    await expect(minus).toBeLessThan(range.getBoundingClientRect().left);
  },
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  play: async () => {
    await rows();
    const grid = screen.getByShadowRole('grid', { name: 'Clients' });
    // The dark surface token (#16181d), not the light one.
    await expect(getComputedStyle(grid).backgroundColor).toBe('rgb(22, 24, 29)');
  },
};
