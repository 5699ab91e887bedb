import {
  type ClientDataProvider,
  type ClientGrid,
  createArrayDataProvider,
} from '@clientele/elements';
import {
  emptyList,
  failOperation,
  forbidOperation,
  hangOperation,
  slowNetwork,
} from '@clientele/mocks';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { screen } from 'shadow-dom-testing-library';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { makeClients } from '../packages/elements/src/client-grid/sample-clients.ts';

/**
 * `<client-grid>`: the staff client list. The default stories load through the SDK from the
 * in-browser mocks (via the provider the preview wraps every story in); the large-dataset
 * stories give the grid an in-memory `dataProvider` instead.
 */
interface Args {
  view: 'list' | 'cards';
  query: string;
  filters: string;
  sort: string;
  dataProvider?: ClientDataProvider;
  onSelect: (event: Event) => void;
  onAction: (event: Event) => void;
}

const meta: Meta<Args> = {
  title: 'Widgets/client-grid',
  component: 'client-grid',
  args: {
    view: 'list',
    query: '',
    filters: '',
    sort: '-created_at',
    onSelect: fn(),
    onAction: fn(),
  },
  argTypes: {
    view: { control: 'inline-radio', options: ['list', 'cards'] },
    dataProvider: { control: false },
  },
  render: (args) =>
    html`<client-grid
      view=${args.view}
      query=${args.query}
      filters=${args.filters || nothing}
      sort=${args.sort}
      .dataProvider=${args.dataProvider}
      @client-select=${args.onSelect}
      @client-action=${args.onAction}
    ></client-grid>`,
};
export default meta;

type Story = StoryObj<Args>;

const rows = async () =>
  waitFor(() => expect(screen.getAllByShadowRole('row').length).toBeGreaterThan(2), {
    timeout: 5000,
  });

export const List: Story = {
  play: async ({ args, step }) => {
    await rows();
    const grid = screen.getByShadowRole('grid', { name: 'Clients' });
    await step('keyboard: Enter on a row selects the client', async () => {
      const cells = screen.getAllByShadowRole('gridcell');
      await userEvent.click(cells[1]!);
      await userEvent.keyboard('{ArrowDown}{Enter}');
      await expect(args.onSelect).toHaveBeenCalled();
    });
    await expect(Number(grid.getAttribute('aria-rowcount'))).toBeGreaterThan(1);
  },
};

export const Cards: Story = {
  args: { view: 'cards' },
  play: async () => {
    await waitFor(() => expect(screen.getAllByShadowRole('listitem').length).toBeGreaterThan(1), {
      timeout: 5000,
    });
    await expect(screen.getByShadowRole('list', { name: 'Clients' })).toBeVisible();
  },
};

export const HundredThousandClients: Story = {
  name: '100,000 clients (in memory)',
  args: { dataProvider: createArrayDataProvider(makeClients(100_000)) },
  play: async () => {
    await rows();
    const grid = screen.getByShadowRole('grid', { name: 'Clients' });
    await expect(grid).toHaveAttribute('aria-rowcount', '100001');
    await userEvent.click(screen.getAllByShadowRole('gridcell')[1]!);
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await waitFor(() =>
      expect(
        screen
          .getAllByShadowRole('row')
          .some((row) => row.getAttribute('aria-rowindex') === '100001' && !row.ariaBusy),
      ).toBe(true),
    );
    await expect(screen.getAllByShadowRole('row').length).toBeLessThan(60);
  },
};

export const Search: Story = {
  args: { query: 'a' },
  play: async () => {
    await rows();
    const search = screen.getByShadowRole('searchbox', { name: 'Search clients' });
    await expect(search).toHaveValue('a');
  },
};

/** One story per filter kind; the filter attribute takes the URL query form. */
export const FilteredByStatus: Story = {
  args: { filters: 'status=suspended' },
  play: async () => {
    await expect(
      await screen.findByShadowRole('button', { name: 'Remove filter Status: Suspended' }),
    ).toBeVisible();
  },
};

export const FilteredByCreatedRange: Story = {
  args: { filters: 'created_after=2025-01-01&created_before=2025-12-31' },
  play: async () => {
    await expect(await screen.findByShadowRole('list', { name: 'Active filters' })).toBeVisible();
  },
};

export const FilteredByFlags: Story = {
  args: {
    filters: 'tax_exempt=false&has_billing_agreement=true&has_services=true&has_instances=true',
  },
  play: async () => {
    await expect(
      await screen.findByShadowRole('button', { name: 'Remove filter Has services: Yes' }),
    ).toBeVisible();
  },
};

export const FilteredByReferences: Story = {
  args: {
    filters:
      'configuration_id=cfg_default&group_id=grp_resellers&has_instances_in_region=reg_fra1&has_instances_with_flavor=flv_m1_small&has_instances_on_hypervisor=hv_fra1_07&has_services_of_type=st_cloud&has_service_for_product=prd_cloud_payg',
  },
  play: async () => {
    await expect(await screen.findByShadowRole('list', { name: 'Active filters' })).toBeVisible();
  },
};

export const FilterPanel: Story = {
  play: async () => {
    await rows();
    await userEvent.click(screen.getByShadowRole('button', { name: 'Filters' }));
    await expect(screen.getByShadowRole('group', { name: 'Filters' })).toBeVisible();
  },
};

export const SortedByCredit: Story = {
  args: { sort: '-uptodate_credit' },
  play: async () => {
    await rows();
    await expect(
      screen.getByShadowRole('columnheader', { name: /Up-to-date credit/ }),
    ).toHaveAttribute('aria-sort', 'descending');
  },
};

export const Loading: Story = {
  parameters: { mocks: { handlers: [hangOperation('listClients')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Loading…')).toBeInTheDocument();
  },
};

export const Empty: Story = {
  parameters: { mocks: { handlers: [emptyList('listClients')] } },
  play: async () => {
    await expect(await screen.findByShadowText('No clients yet')).toBeVisible();
  },
};

export const ServerError: Story = {
  parameters: { mocks: { handlers: [failOperation('listClients', { status: 500 })] } },
  play: async () => {
    await expect(await screen.findByShadowRole('alert')).toBeVisible();
    await expect(screen.getByShadowRole('button', { name: 'Retry' })).toBeVisible();
  },
};

export const Forbidden: Story = {
  parameters: { mocks: { handlers: [forbidOperation('listClients')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Access denied')).toBeVisible();
  },
};

export const SlowNetwork: Story = {
  parameters: { mocks: { handlers: [slowNetwork({ delayMs: 800 })] } },
  play: async () => {
    await expect(await screen.findByShadowText('Loading…')).toBeInTheDocument();
    await rows();
  },
};

/** The auditor may read but not act: the actions show disabled. */
export const Auditor: Story = {
  parameters: { mocks: { persona: 'auditor' } },
  play: async () => {
    await rows();
    const [button] = screen.getAllByShadowRole('button', { name: /^Actions for / });
    await userEvent.click(button!);
    await expect(await screen.findByShadowRole('menuitem', { name: 'Delete' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await userEvent.keyboard('{Escape}');
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async () => {
    await expect(await screen.findByShadowRole('grid', { name: 'Kunden' })).toBeVisible();
  },
};

export type { ClientGrid };
