import '@clientele/elements/define/units-ledger';
import { createUnitEntryArrayDataProvider, makeUnitEntries } from '@clientele/elements/testing';
import {
  emptyList,
  failOperation,
  forbidOperation,
  hangOperation,
  notFoundOperation,
} from '@clientele/mocks';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { screen, within } from 'shadow-dom-testing-library';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import {
  entryRows,
  LEDGER_CLIENTS,
  type LedgerArgs,
  renderLedger,
} from './units-ledger.helpers.ts';

/**
 * `<units-ledger>`: a client's units balance and its append-only ledger, loaded through the
 * SDK from the in-browser mocks (the preview wraps every story in a provider). These stories
 * show what the widget shows; `units-ledger-actions.stories.ts` changes the ledger.
 */
const meta: Meta<LedgerArgs> = {
  title: 'Widgets/units-ledger',
  component: 'units-ledger',
  args: {
    clientId: LEDGER_CLIENTS.normal,
    query: '',
    sort: '-created_at',
    onEntry: fn(),
    onBalance: fn(),
  },
  argTypes: {
    sort: { control: 'inline-radio', options: ['-created_at', 'created_at'] },
    dataProvider: { control: false },
  },
  render: renderLedger,
};
export default meta;

type Story = StoryObj<LedgerArgs>;

const state = async (value: string) =>
  waitFor(() =>
    expect(
      screen
        .getByShadowText(/^Units balance$/)
        .closest('section')!
        .querySelector('[part="balance-state"]'),
    ).toHaveAttribute('data-state', value),
  );

/** Above the warn level: the balance, the limits, and the entries newest first. */
export const Normal: Story = {
  play: async ({ step }) => {
    await entryRows();
    await state('ok');
    await expect(screen.getByShadowText(/Above the warn level/)).toBeVisible();
    const grid = screen.getByShadowRole('grid', { name: 'Ledger entries' });
    await expect(grid).toHaveAttribute('aria-rowcount', '39');
    await expect(screen.getByShadowRole('columnheader', { name: /Date/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(screen.getByShadowText('38 entries')).toBeVisible();
    await step('the oldest first, by the date header', async () => {
      await userEvent.click(screen.getByShadowRole('button', { name: /^Date/ }));
      await waitFor(() =>
        expect(screen.getByShadowRole('columnheader', { name: /Date/ })).toHaveAttribute(
          'aria-sort',
          'ascending',
        ),
      );
      await expect(await screen.findByShadowText('Trial, 100 units')).toBeVisible();
    });
  },
};

/** At or below the warn level: said in words, not only in colour. */
export const BelowWarnLevel: Story = {
  args: { clientId: LEDGER_CLIENTS.belowWarn },
  play: async () => {
    await state('warn');
    await expect(screen.getByShadowText(/At or below the warn level/)).toBeVisible();
  },
};

/** Below the cutoff: out of credit since the entry that crossed it. */
export const BelowCutoff: Story = {
  args: { clientId: LEDGER_CLIENTS.belowCutoff },
  play: async () => {
    await state('cutoff');
    await expect(
      screen.getByShadowText(/Below the cutoff: the client can create or run nothing new/),
    ).toBeVisible();
    await expect(screen.getByShadowText('Out of credit since')).toBeVisible();
  },
};

/** A credit customer in the negative, still above the cutoff. */
export const CreditCustomerNegative: Story = {
  args: { clientId: LEDGER_CLIENTS.creditNegative },
  play: async () => {
    await expect(await screen.findByShadowText('In the negative, on credit')).toBeVisible();
    const facts = screen.getByShadowText('Credit customer').closest('div')!;
    await expect(within(facts as HTMLElement).getByShadowText('Yes')).toBeVisible();
  },
};

/** A client with no entries yet. */
export const EmptyLedger: Story = {
  args: { clientId: LEDGER_CLIENTS.empty },
  play: async () => {
    await expect(await screen.findByShadowText('No entries yet')).toBeVisible();
  },
};

/** The search matches nothing. */
export const NoMatch: Story = {
  args: { query: 'no such entry anywhere' },
  play: async () => {
    await expect(await screen.findByShadowText('No entries match')).toBeVisible();
  },
};

/** The filters panel and its kinds (loaded on first use). */
export const Filters: Story = {
  play: async () => {
    await entryRows();
    await userEvent.click(screen.getByShadowRole('button', { name: 'Filters' }));
    const offers = await screen.findByShadowRole('checkbox', { name: 'Offer' });
    await userEvent.click(offers);
    await waitFor(() => expect(screen.getByShadowText(/^\d+ entr(y|ies)$/)).toBeVisible());
    await waitFor(() =>
      expect(
        screen
          .getAllByShadowRole('row')
          .slice(1)
          .filter((row) => !row.ariaBusy)
          .every((row) => row.textContent?.includes('Offer')),
      ).toBe(true),
    );
  },
};

export const Loading: Story = {
  parameters: { mocks: { handlers: [hangOperation('getClientUnitBalance')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Loading…')).toBeInTheDocument();
  },
};

export const ServerError: Story = {
  parameters: {
    mocks: { handlers: [failOperation('getClientUnitBalance', { status: 400 })] },
  },
  play: async () => {
    await expect(await screen.findByShadowRole('alert')).toBeVisible();
    await expect(screen.getByShadowRole('button', { name: 'Retry' })).toBeVisible();
  },
};

export const EntriesError: Story = {
  name: 'Error (entries)',
  parameters: {
    mocks: { handlers: [failOperation('listClientUnitEntries', { status: 400 })] },
  },
  play: async () => {
    await expect(await screen.findByShadowText('Units balance')).toBeVisible();
    await expect(await screen.findByShadowRole('button', { name: 'Retry' })).toBeVisible();
  },
};

export const Forbidden: Story = {
  parameters: { mocks: { handlers: [forbidOperation('getClientUnitBalance')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Access denied')).toBeVisible();
  },
};

export const NotFound: Story = {
  args: { clientId: 'cl_0000000000000000' },
  parameters: { mocks: { handlers: [notFoundOperation('getClientUnitBalance')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Not found')).toBeVisible();
  },
};

export const EmptyThroughScenario: Story = {
  name: 'Empty (scenario)',
  parameters: { mocks: { handlers: [emptyList('listClientUnitEntries')] } },
  play: async () => {
    await expect(await screen.findByShadowText('No entries yet')).toBeVisible();
  },
};

/** Auditors see everything and change nothing: the controls say why. */
export const Auditor: Story = {
  parameters: { mocks: { persona: 'auditor' } },
  play: async () => {
    await entryRows();
    const reason = await screen.findByShadowText(
      'Your account may view the ledger but not change it.',
    );
    const button = screen.getByShadowRole('button', { name: 'Credit or debit' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button.getAttribute('aria-describedby')).toBe(reason.id);
    await userEvent.click(button);
    await expect(screen.queryByShadowRole('dialog')).toBeNull();
  },
};

/** 10,000 entries from memory: windowed, so Ctrl+End reaches the oldest at once. */
export const TenThousandEntries: Story = {
  name: '10,000 entries (in memory)',
  args: { dataProvider: createUnitEntryArrayDataProvider(makeUnitEntries(10_000)) },
  play: async () => {
    await entryRows();
    const grid = screen.getByShadowRole('grid', { name: 'Ledger entries' });
    await expect(grid).toHaveAttribute('aria-rowcount', '10001');
    await userEvent.click(screen.getAllByShadowRole('gridcell')[1]!);
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await waitFor(() =>
      expect(
        screen
          .getAllByShadowRole('row')
          .some((row) => row.getAttribute('aria-rowindex') === '10001' && !row.ariaBusy),
      ).toBe(true),
    );
    await expect(screen.getAllByShadowRole('row').length).toBeLessThan(60);
  },
};
