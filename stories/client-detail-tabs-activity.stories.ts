import '@clientele/elements/define/client-detail-tabs';
import { type ActivityDataProvider, defineClientActivityTab } from '@clientele/elements';
import {
  createActivityArrayDataProvider,
  makeActivity,
  SAMPLE_ACTIVITY_CLIENT,
} from '@clientele/elements/testing';
import {
  emptyList,
  failOperation,
  forbidOperation,
  hangOperation,
  notFoundOperation,
} from '@clientele/mocks';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { screen } from 'shadow-dom-testing-library';
import { expect, userEvent, waitFor } from 'storybook/test';

/**
 * `<client-activity-tab>`: the Activity tab of `<client-detail-tabs>`, shown here on its own
 * (it needs nothing from the tab frame but a `client-id`). The stories load one client's log
 * through the SDK from the in-browser mocks; the large ones use an in-memory `dataProvider`.
 */
interface Args {
  clientId: string;
  category: string;
  actor: string;
  impersonatedOnly: boolean;
  sort: string;
  dataProvider?: ActivityDataProvider;
}

/** A client of the seeded mock data with a few months of history. */
const CLIENT = 'cl_3edc3d127e45365d';
const TEN_THOUSAND = createActivityArrayDataProvider(makeActivity(10_000));

const meta: Meta<Args> = {
  title: 'Widgets/client-detail-tabs/Activity',
  component: 'client-activity-tab',
  // The panel is its own chunk, registered on demand (as the tab frame does when it opens).
  loaders: [async () => ({ defined: await defineClientActivityTab() })],
  args: { clientId: CLIENT, category: '', actor: '', impersonatedOnly: false, sort: '-at' },
  argTypes: {
    sort: { control: 'inline-radio', options: ['-at', 'at'] },
    dataProvider: { control: false },
  },
  render: (args) =>
    html`<client-activity-tab
      client-id=${args.clientId}
      category=${args.category || nothing}
      actor=${args.actor}
      ?impersonated-only=${args.impersonatedOnly}
      sort=${args.sort}
      .dataProvider=${args.dataProvider}
    ></client-activity-tab>`,
};
export default meta;

type Story = StoryObj<Args>;

const rows = async () =>
  waitFor(() => expect(screen.getAllByShadowRole('row').length).toBeGreaterThan(2), {
    timeout: 15_000,
  });

/** One client's log, newest first: who, what, when, from where, and who impersonated. */
export const Loaded: Story = {
  play: async ({ step }) => {
    await rows();
    const grid = screen.getByShadowRole('grid', { name: 'Activity' });
    await expect(screen.getByShadowRole('columnheader', { name: /Time/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await step('keyboard: the arrow keys move through the cells', async () => {
      await userEvent.click(screen.getAllByShadowRole('gridcell')[0]!);
      await userEvent.keyboard('{ArrowDown}{ArrowRight}');
      await expect(grid.querySelector('[tabindex="0"]')?.getAttribute('aria-colindex')).toBe('2');
    });
  },
};

/** Filtered to security entries made during impersonation (in memory, 10,000 entries). */
export const ImpersonatedOnly: Story = {
  args: {
    clientId: SAMPLE_ACTIVITY_CLIENT,
    dataProvider: TEN_THOUSAND,
    category: 'security',
    impersonatedOnly: true,
  },
  play: async () => {
    await rows();
    // The filters' controls load with the tab, just after its first paint.
    await expect(
      await screen.findByShadowRole('checkbox', { name: 'Impersonated only' }),
    ).toBeChecked();
    await expect(screen.getByShadowRole('button', { name: 'Security' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(screen.getAllByShadowText(/^Logged in as /).length).toBeGreaterThan(0);
  },
};

/** Typing an actor's name narrows the log as the user types. */
export const FilterByActor: Story = {
  args: { clientId: SAMPLE_ACTIVITY_CLIENT, dataProvider: TEN_THOUSAND },
  play: async () => {
    await rows();
    await userEvent.type(
      await screen.findByShadowRole('searchbox', { name: 'Actor' }),
      'Maria{Enter}',
    );
    await waitFor(() =>
      expect(screen.getAllByShadowRole('row')[1]).toHaveTextContent('Maria Ionescu'),
    );
  },
};

export const TenThousandEntries: Story = {
  name: '10,000 entries (in memory)',
  args: { clientId: SAMPLE_ACTIVITY_CLIENT, dataProvider: TEN_THOUSAND },
  play: async () => {
    await rows();
    await expect(screen.getByShadowRole('grid', { name: 'Activity' })).toHaveAttribute(
      'aria-rowcount',
      '10001',
    );
    await userEvent.click(screen.getAllByShadowRole('gridcell')[0]!);
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

/** In a narrow place: the IP, category and impersonator columns give way. */
export const Narrow: Story = {
  args: { clientId: SAMPLE_ACTIVITY_CLIENT, dataProvider: TEN_THOUSAND },
  decorators: [(story) => html`<div style="max-inline-size: 360px">${story()}</div>`],
  play: async () => {
    await rows();
    const grid = screen.getByShadowRole('grid', { name: 'Activity' });
    await expect(grid.scrollWidth).toBeLessThanOrEqual(grid.clientWidth);
  },
};

export const Loading: Story = {
  parameters: { mocks: { handlers: [hangOperation('listClientActivity')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Loading…')).toBeInTheDocument();
  },
};

export const Empty: Story = {
  parameters: { mocks: { handlers: [emptyList('listClientActivity')] } },
  play: async () => {
    await expect(await screen.findByShadowText('No activity yet')).toBeVisible();
  },
};

export const ServerError: Story = {
  parameters: { mocks: { handlers: [failOperation('listClientActivity', { status: 500 })] } },
  play: async () => {
    await expect(await screen.findByShadowRole('alert', {}, { timeout: 15_000 })).toBeVisible();
    await expect(screen.getByShadowRole('button', { name: 'Retry' })).toBeVisible();
  },
};

export const Forbidden: Story = {
  parameters: { mocks: { handlers: [forbidOperation('listClientActivity')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Access denied')).toBeVisible();
  },
};

/** A client id the server does not know: 404. */
export const NotFound: Story = {
  args: { clientId: 'cl_0000000000000000' },
  play: async () => {
    await expect(await screen.findByShadowText('Not found')).toBeVisible();
  },
};

export const NotFoundScenario: Story = {
  parameters: { mocks: { handlers: [notFoundOperation('listClientActivity')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Not found')).toBeVisible();
  },
};

/** The auditor reads the log like anyone who may see the client (there is nothing to change). */
export const Auditor: Story = {
  parameters: { mocks: { persona: 'auditor' } },
  play: async () => {
    await rows();
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async () => {
    await expect(await screen.findByShadowRole('grid', { name: 'Aktivität' })).toBeVisible();
    await expect(
      await screen.findByShadowRole('checkbox', { name: 'Nur in Vertretung' }),
    ).toBeVisible();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async () => {
    await rows();
  },
};

/** As the Activity tab of `<client-detail-tabs>` (the frame loads the panel when the tab opens). */
export const InClientDetailTabs: Story = {
  render: (args) =>
    html`<client-detail-tabs client-id=${args.clientId} active-tab="activity"></client-detail-tabs>`,
  play: async () => {
    await expect(await screen.findByShadowRole('tab', { name: 'Activity' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(await screen.findByShadowRole('grid', { name: 'Activity' })).toBeVisible();
    await rows();
  },
};
