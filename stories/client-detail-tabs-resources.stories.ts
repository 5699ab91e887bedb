import '@clientele/elements/define/client-detail-tabs';
import { defineClientResourcesTab } from '@clientele/elements';
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
import { expect, fn, userEvent, waitFor } from 'storybook/test';

/**
 * `<client-resources-tab>`: the Cloud resources tab of `<client-detail-tabs>`, shown here on
 * its own (it needs nothing from the tab frame but a `client-id`). One sub-view per kind in
 * nested tabs (manual activation: arrows move, Enter shows); each kind loads from the
 * in-browser mocks when first shown.
 */
interface Args {
  clientId: string;
  kind: string;
  pageSize: number;
  onOpen: (event: Event) => void;
}

/** A seeded client with every kind of resource (Willow Home B.V.). */
const CLIENT = 'cl_69f3b6cf93a21833';
/** A seeded client with 23 volumes (Tidewater Games Ltd). */
const MANY_VOLUMES = 'cl_a9f3eb773f56e90d';

const VIEWPORTS = {
  wide: { name: 'Wide desktop', styles: { width: '1400px', height: '900px' }, type: 'desktop' },
  laptop: { name: 'Laptop', styles: { width: '1024px', height: '768px' }, type: 'desktop' },
  phone: { name: 'Phone', styles: { width: '390px', height: '844px' }, type: 'mobile' },
} as const;

const meta: Meta<Args> = {
  title: 'Widgets/client-detail-tabs/Cloud resources',
  component: 'client-resources-tab',
  // The panel is its own chunk, registered on demand (as the tab frame does when it opens).
  loaders: [async () => ({ defined: await defineClientResourcesTab() })],
  parameters: { viewport: { options: VIEWPORTS } },
  args: {
    clientId: CLIENT,
    kind: '',
    pageSize: 50,
    // The story's host owns navigation, as a portal would.
    onOpen: fn((event: Event) => event.preventDefault()),
  },
  render: (args) =>
    html`<client-resources-tab
      client-id=${args.clientId}
      kind=${args.kind || nothing}
      page-size=${args.pageSize}
      @resource-open=${args.onOpen}
    ></client-resources-tab>`,
};
export default meta;

type Story = StoryObj<Args>;

const LOAD = { timeout: 8000 };
const table = (name: string) => screen.findByShadowRole('table', { name }, LOAD);
const kindTab = (name: string) => screen.getByShadowRole('tab', { name });

/** The instances: flavor, IPv4, status in words, region, created, the other attributes. */
export const Loaded: Story = {
  play: async () => {
    await table('Instances');
    for (const name of ['Name', 'Status', 'Flavor', 'IPv4', 'Region', 'Created', 'Details']) {
      await expect(screen.getByShadowRole('columnheader', { name })).toBeVisible();
    }
    await expect(kindTab('Instances')).toHaveAttribute('aria-selected', 'true');
  },
};

/** Arrows, Home and End move among the kinds; Enter or Space shows one, loaded then. */
export const KindsByKeyboard: Story = {
  play: async () => {
    await table('Instances');
    await userEvent.click(kindTab('Instances'));
    await userEvent.keyboard('{ArrowRight}{Enter}');
    await expect(kindTab('Volumes')).toHaveAttribute('aria-selected', 'true');
    await table('Volumes');
    await expect(screen.getByShadowRole('columnheader', { name: 'Attached to' })).toBeVisible();
    await userEvent.keyboard('{End} ');
    await table('Ports');
    await expect(screen.getByShadowRole('columnheader', { name: 'MAC address' })).toBeVisible();
    await userEvent.keyboard('{Home}{ArrowLeft}{ArrowLeft}{Enter}');
    await table('Images');
    await expect(screen.getByShadowRole('columnheader', { name: 'OS' })).toBeVisible();
  },
};

/** Each kind shows its own fields: a network's CIDR, an SSH key's fingerprint (no region). */
export const NetworksAndKeys: Story = {
  args: { kind: 'networks' },
  play: async () => {
    await table('Networks');
    await expect(screen.getByShadowRole('columnheader', { name: 'CIDR' })).toBeVisible();
    await userEvent.click(kindTab('SSH keys'));
    await table('SSH keys');
    await expect(screen.getByShadowRole('columnheader', { name: 'Fingerprint' })).toBeVisible();
    await expect(screen.getAllByShadowText('Global').length).toBeGreaterThan(0);
  },
};

/** Cursor paging: ten volumes, then Show more for the next ten. */
export const Paging: Story = {
  args: { clientId: MANY_VOLUMES, kind: 'volumes', pageSize: 10 },
  play: async () => {
    await table('Volumes');
    await expect(screen.getByShadowText('10 of 23')).toBeVisible();
    await userEvent.click(screen.getByShadowRole('button', { name: 'Show more' }));
    await expect(await screen.findByShadowText('20 of 23')).toBeVisible();
  },
};

/** A resource's name opens it: `resource-open` with the contract's kind and id. */
export const OpenResource: Story = {
  args: { kind: 'ssh-keys' },
  play: async ({ args }) => {
    const keys = await table('SSH keys');
    const open = keys.querySelector<HTMLButtonElement>('button');
    await userEvent.click(open!);
    await waitFor(() => expect(args.onOpen).toHaveBeenCalled());
    const event = (args.onOpen as ReturnType<typeof fn>).mock.calls[0]?.[0] as CustomEvent;
    await expect(event.detail).toMatchObject({ kind: 'ssh_key', clientId: CLIENT });
  },
};

/** On a phone the rows stack, each cell labelled. */
export const Phone: Story = {
  globals: { viewport: { value: 'phone', isRotated: false } },
  play: async () => {
    const instances = await table('Instances');
    await expect(instances.scrollWidth).toBeLessThanOrEqual(instances.parentElement!.clientWidth);
  },
};

export const Loading: Story = {
  parameters: { mocks: { handlers: [hangOperation('listClientResources')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Loading…')).toBeInTheDocument();
  },
};

export const Empty: Story = {
  parameters: { mocks: { handlers: [emptyList('listClientResources')] } },
  args: { kind: 'volumes' },
  play: async () => {
    // The empty view's text is in the page from the start (slotted, shown once empty): wait
    // for the load to end first.
    await waitFor(() => expect(screen.queryByShadowText('Loading…')).toBeNull(), LOAD);
    await expect(screen.getByShadowText('No volumes')).toBeVisible();
    await expect(screen.queryByShadowRole('table')).toBeNull();
  },
};

export const ServerError: Story = {
  parameters: { mocks: { handlers: [failOperation('listClientResources', { status: 500 })] } },
  play: async () => {
    await expect(await screen.findByShadowRole('alert', {}, LOAD)).toBeVisible();
    await expect(screen.getByShadowRole('button', { name: 'Retry' })).toBeVisible();
  },
};

export const Forbidden: Story = {
  parameters: { mocks: { handlers: [forbidOperation('listClientResources')] } },
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
  parameters: { mocks: { handlers: [notFoundOperation('listClientResources')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Not found', {}, LOAD)).toBeVisible();
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async () => {
    await table('Instanzen');
    await expect(kindTab('SSH-Schlüssel')).toBeVisible();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async () => {
    await table('Instances');
  },
};

/** As the Cloud resources tab of `<client-detail-tabs>` (loaded when the tab opens). */
export const InClientDetailTabs: Story = {
  render: (args) =>
    html`<client-detail-tabs client-id=${args.clientId} active-tab="resources"></client-detail-tabs>`,
  play: async () => {
    await expect(
      await screen.findByShadowRole('tab', { name: 'Cloud resources' }, LOAD),
    ).toHaveAttribute('aria-selected', 'true');
    await expect(await table('Instances')).toBeVisible();
  },
};
