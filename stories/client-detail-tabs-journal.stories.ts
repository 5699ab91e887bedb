import '@clientele/elements/define/client-detail-tabs';
import { defineClientJournalTab, type JournalDataProvider } from '@clientele/elements';
import {
  createJournalArrayDataProvider,
  makeJournal,
  SAMPLE_JOURNAL_CLIENT,
} from '@clientele/elements/testing';
import {
  emptyList,
  failOperation,
  forbidOperation,
  hangOperation,
  notFoundOperation,
} from '@clientele/mocks';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { screen, within } from 'shadow-dom-testing-library';
import { expect, userEvent, waitFor } from 'storybook/test';

/**
 * `<client-journal-tab>`: the Journal tab of `<client-detail-tabs>`, shown here on its own (it
 * needs nothing from the tab frame but a `client-id`). The stories load one client's journal
 * through the SDK from the in-browser mocks; the large one uses an in-memory `dataProvider`.
 */
interface Args {
  clientId: string;
  dataProvider?: JournalDataProvider;
}

/** A seeded client in GBP whose journal has a card payment in USD (converted at a rate). */
const CLIENT = 'cl_88de88ffe6c95e3d';
const TEN_THOUSAND = createJournalArrayDataProvider(makeJournal(10_000));
const LOAD = { timeout: 8000 };

const meta: Meta<Args> = {
  title: 'Widgets/client-detail-tabs/Journal',
  component: 'client-journal-tab',
  // The panel is its own chunk, registered on demand (as the tab frame does when it opens).
  loaders: [async () => ({ defined: await defineClientJournalTab() })],
  args: { clientId: CLIENT },
  argTypes: { dataProvider: { control: false } },
  render: (args) =>
    html`<client-journal-tab
      client-id=${args.clientId}
      .dataProvider=${args.dataProvider}
    ></client-journal-tab>`,
};
export default meta;

type Story = StoryObj<Args>;

const grid = () => screen.findByShadowRole('grid', { name: 'Journal' }, LOAD);

/** Newest first: each side in words with its amount and currency, the rate, the credit after. */
export const Loaded: Story = {
  play: async () => {
    const rows = within(await grid());
    for (const name of ['Date', 'From', 'To', 'Rate', 'By', 'Credit after']) {
      await expect(screen.getByShadowRole('columnheader', { name })).toBeVisible();
    }
    await expect(await rows.findByShadowText('USD → GBP', {}, LOAD)).toBeVisible();
    await expect(rows.getAllByShadowText('Transaction').length).toBeGreaterThan(0);
    await expect(rows.getAllByShadowText(/£/).length).toBeGreaterThan(0);
  },
};

/** Ten thousand entries scroll like ten: Ctrl+End walks to the oldest (the API has one order). */
export const TenThousandEntries: Story = {
  args: { clientId: SAMPLE_JOURNAL_CLIENT, dataProvider: TEN_THOUSAND },
  play: async () => {
    const element = await grid();
    await waitFor(() => expect(element).toHaveAttribute('aria-rowcount', '10001'));
    const first = await within(element).findByShadowText('Card payment #9996', {}, LOAD);
    first.closest<HTMLElement>('[role="gridcell"]')?.focus();
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await expect(
      await within(element).findByShadowText('Card payment #0', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
  },
};

/** At a phone's width: date, movement ("From → To", both amounts, the rate) and credit after. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-inline-size: 360px">${story()}</div>`],
  play: async () => {
    const element = await grid();
    await waitFor(() => expect(screen.getAllByShadowRole('columnheader')).toHaveLength(3));
    await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
  },
};

export const Loading: Story = {
  parameters: { mocks: { handlers: [hangOperation('listClientJournal')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Loading…')).toBeInTheDocument();
  },
};

export const Empty: Story = {
  parameters: { mocks: { handlers: [emptyList('listClientJournal')] } },
  play: async () => {
    await expect(await screen.findByShadowText('No journal entries yet', {}, LOAD)).toBeVisible();
  },
};

export const ServerError: Story = {
  parameters: { mocks: { handlers: [failOperation('listClientJournal', { status: 500 })] } },
  play: async () => {
    await expect(await screen.findByShadowRole('alert', {}, LOAD)).toBeVisible();
    await expect(screen.getByShadowRole('button', { name: 'Retry' })).toBeVisible();
  },
};

export const Forbidden: Story = {
  parameters: { mocks: { handlers: [forbidOperation('listClientJournal')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Access denied', {}, LOAD)).toBeVisible();
  },
};

export const NotFound: Story = {
  args: { clientId: 'cl_0000000000000000' },
  play: async () => {
    await expect(await screen.findByShadowText('Not found', {}, LOAD)).toBeVisible();
  },
};

export const NotFoundScenario: Story = {
  parameters: { mocks: { handlers: [notFoundOperation('listClientJournal')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Not found', {}, LOAD)).toBeVisible();
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async () => {
    // The German catalogs load on first use: the first story in German may wait for them.
    await expect(
      await screen.findByShadowRole(
        'columnheader',
        { name: 'Guthaben danach' },
        { timeout: 15_000 },
      ),
    ).toBeVisible();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async () => {
    await grid();
  },
};

/** As the Journal tab of `<client-detail-tabs>` (the frame loads the panel when the tab opens). */
export const InClientDetailTabs: Story = {
  render: (args) =>
    html`<client-detail-tabs client-id=${args.clientId} active-tab="journal"></client-detail-tabs>`,
  play: async () => {
    await expect(await screen.findByShadowRole('tab', { name: 'Journal' }, LOAD)).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(await grid()).toBeVisible();
  },
};
