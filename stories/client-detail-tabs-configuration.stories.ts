import '@clientele/elements/define/client-detail-tabs';
import { defineClientConfigurationTab } from '@clientele/elements';
import { failOperation, forbidOperation, hangOperation, notFoundOperation } from '@clientele/mocks';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { screen, within } from 'shadow-dom-testing-library';
import { expect, fn, userEvent, waitFor } from 'storybook/test';

/**
 * `<client-configuration-tab>`: the Configuration tab of `<client-detail-tabs>`, shown here on
 * its own. The stories load through the SDK from the in-browser mocks, which version the
 * configuration with an ETag and refuse a stale `If-Match` with 412, as the API does.
 */
interface Args {
  clientId: string;
  onChange: (event: Event) => void;
}

/** A seeded client on "Postpaid business" (credit limit, due days and suspension differ from the default). */
const CLIENT = 'cl_424f285469448d8a';
/** A seeded client on the default configuration. */
const DEFAULT_CLIENT = 'cl_4bc3cc2487c4f705';
const LOAD = { timeout: 8000 };

const meta: Meta<Args> = {
  title: 'Widgets/client-detail-tabs/Configuration',
  component: 'client-configuration-tab',
  loaders: [async () => ({ defined: await defineClientConfigurationTab() })],
  parameters: { docs: { story: { height: '620px' } } }, // room for the dialog
  args: { clientId: CLIENT, onChange: fn() },
  render: (args) =>
    html`<client-configuration-tab
      client-id=${args.clientId}
      @client-configuration-change=${args.onChange}
    ></client-configuration-tab>`,
};
export default meta;

type Story = StoryObj<Args>;

const table = () => screen.findByShadowRole('table', { name: 'Billing configuration' }, LOAD);
const button = (name: string) => screen.getByShadowRole('button', { name });
const row = (text: string) =>
  screen.getAllByShadowRole('row').find((r) => r.textContent?.includes(text))!;
async function openForm() {
  await table();
  await userEvent.click(button('Change configuration'));
  return within(await screen.findByShadowRole('dialog', {}, LOAD));
}

/** Someone else gives the client another configuration, through the API, as another tab would. */
async function changeBehindTheBack(configurationId: string) {
  const url = `/api/clients/${CLIENT}/configuration`;
  const headers = { Authorization: 'Bearer admin-token' };
  const read = await fetch(url, { headers });
  await fetch(url, {
    method: 'PUT',
    headers: {
      ...headers,
      'Content-Type': 'application/json',
      'If-Match': read.headers.get('ETag') ?? '',
    },
    body: JSON.stringify({ configuration_id: configurationId }),
  });
}

/** The client's settings beside the default's; a value that differs says "Override". */
export const Loaded: Story = {
  play: async () => {
    await table();
    await expect(row('Credit limit')).toHaveTextContent(/€500\.00\s*Override/);
    await expect(row('Automatic invoicing')).not.toHaveTextContent(/Override/);
    await expect(screen.getByShadowText(/settings differ from the default/)).toBeVisible();
  },
};

export const UsesDefault: Story = {
  args: { clientId: DEFAULT_CLIENT },
  play: async () => {
    await table();
    await expect(screen.getByShadowText(/uses the default configuration/)).toBeVisible();
  },
};

/** Choose another configuration, compare setting by setting, save (with If-Match). */
export const Change: Story = {
  play: async ({ args }) => {
    const form = await openForm();
    await userEvent.selectOptions(
      form.getByShadowRole('combobox', { name: 'Configuration' }),
      'cfg_strict_prepaid',
    );
    await expect(
      form.getByShadowRole('columnheader', { name: 'After saving: Strict prepaid' }),
    ).toBeVisible();
    await userEvent.click(form.getByShadowRole('button', { name: 'Save' }));
    await waitFor(() => expect(args.onChange).toHaveBeenCalled());
    await expect(
      await screen.findByShadowRole('columnheader', { name: 'This client: Strict prepaid' }),
    ).toBeVisible();
  },
};

/** Changed meanwhile (412): the server's configuration beside the choice; apply the choice over it. */
export const ConflictReapply: Story = {
  play: async ({ args }) => {
    const form = await openForm();
    await userEvent.selectOptions(
      form.getByShadowRole('combobox', { name: 'Configuration' }),
      'cfg_strict_prepaid',
    );
    await changeBehindTheBack('cfg_reseller');
    await userEvent.click(form.getByShadowRole('button', { name: 'Save' }));
    const conflict = await form.findByShadowRole('region', {
      name: 'Changed by someone else meanwhile',
    });
    await expect(
      within(conflict).getByShadowRole('columnheader', { name: 'On the server now: Reseller' }),
    ).toBeVisible();
    await userEvent.click(form.getByShadowRole('button', { name: 'Apply my choice' }));
    await waitFor(() => expect(args.onChange).toHaveBeenCalled());
    await expect(
      await screen.findByShadowRole('columnheader', { name: 'This client: Strict prepaid' }),
    ).toBeVisible();
  },
};

/** Changed meanwhile (412): discard the choice; the server's configuration is shown. */
export const ConflictDiscard: Story = {
  play: async ({ args }) => {
    const form = await openForm();
    await userEvent.selectOptions(
      form.getByShadowRole('combobox', { name: 'Configuration' }),
      'cfg_strict_prepaid',
    );
    await changeBehindTheBack('cfg_reseller');
    await userEvent.click(form.getByShadowRole('button', { name: 'Save' }));
    await userEvent.click(await form.findByShadowRole('button', { name: 'Discard my choice' }));
    await expect(
      await screen.findByShadowRole('columnheader', { name: 'This client: Reseller' }),
    ).toBeVisible();
    await expect(args.onChange).not.toHaveBeenCalled();
  },
};

/** The save fails: the choice stays, and the button tries again. */
export const SaveFailed: Story = {
  parameters: { mocks: { handlers: [failOperation('setClientConfiguration', { status: 500 })] } },
  play: async () => {
    const form = await openForm();
    const choice = form.getByShadowRole('combobox', { name: 'Configuration' });
    await userEvent.selectOptions(choice, 'cfg_reseller');
    await userEvent.click(form.getByShadowRole('button', { name: 'Save' }));
    await expect(await form.findByShadowRole('alert', {}, LOAD)).toBeVisible();
    await expect(choice).toHaveValue('cfg_reseller');
    await expect(form.getByShadowRole('button', { name: 'Retry' })).toBeVisible();
  },
};

/** The auditor sees the configuration; changing it is disabled and says why. */
export const Auditor: Story = {
  parameters: { mocks: { persona: 'auditor' } },
  play: async () => {
    await table();
    const change = button('Change configuration');
    await waitFor(() => expect(change).toHaveAttribute('aria-disabled', 'true'));
    await expect(change).toHaveAccessibleDescription(
      "Your account may see this client's configuration but not change it.",
    );
  },
};

/** In a narrow place each setting stacks its values, each with its column's name. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-inline-size: 360px">${story()}</div>`],
  play: async () => {
    const profile = await table();
    await expect(profile.scrollWidth).toBeLessThanOrEqual(profile.parentElement!.clientWidth);
  },
};

export const Loading: Story = {
  parameters: { mocks: { handlers: [hangOperation('getClientConfiguration')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Loading…')).toBeInTheDocument();
  },
};

export const ServerError: Story = {
  parameters: { mocks: { handlers: [failOperation('getClientConfiguration', { status: 500 })] } },
  play: async () => {
    await expect(await screen.findByShadowRole('alert', {}, LOAD)).toBeVisible();
    await expect(button('Retry')).toBeVisible();
  },
};

export const Forbidden: Story = {
  parameters: { mocks: { handlers: [forbidOperation('getClientConfiguration')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Access denied', {}, LOAD)).toBeVisible();
  },
};

export const NotFound: Story = {
  parameters: { mocks: { handlers: [notFoundOperation('getClientConfiguration')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Not found', {}, LOAD)).toBeVisible();
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async () => {
    await expect(
      await screen.findByShadowRole('table', { name: 'Abrechnungskonfiguration' }, LOAD),
    ).toBeVisible();
    await expect(button('Konfiguration ändern')).toBeVisible();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async () => {
    await table();
  },
};

/** As the Configuration tab of `<client-detail-tabs>`. */
export const InClientDetailTabs: Story = {
  render: (args) =>
    html`<client-detail-tabs client-id=${args.clientId} active-tab="configuration"></client-detail-tabs>`,
  play: async () => {
    await expect(
      await screen.findByShadowRole('tab', { name: 'Configuration' }, LOAD),
    ).toHaveAttribute('aria-selected', 'true');
    await expect(await table()).toBeVisible();
  },
};
