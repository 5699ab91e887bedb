import '@clientele/elements/define/client-detail-tabs';
import { defineClientServicesTab } from '@clientele/elements';
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
import { expect, fn, userEvent, waitFor } from 'storybook/test';

/**
 * `<client-services-tab>`: the Services tab of `<client-detail-tabs>`, shown here on its own
 * (it needs nothing from the tab frame but a `client-id`). The stories load through the SDK
 * from the in-browser mocks, whose rules are the API's (a plan of the same product only; a
 * terminated service cannot change).
 */
interface Args {
  clientId: string;
  onOpen: (event: Event) => void;
  onChange: (event: Event) => void;
}

/**
 * A seeded client (in euros) with Hosting Pro on its yearly plan, a cloud service with a
 * project in a region, and a terminated Hosting Starter.
 */
const CLIENT = 'cl_424f285469448d8a';
const LOAD = { timeout: 8000 };

const meta: Meta<Args> = {
  title: 'Widgets/client-detail-tabs/Services',
  component: 'client-services-tab',
  // The panel is its own chunk, registered on demand (as the tab frame does when it opens).
  loaders: [async () => ({ defined: await defineClientServicesTab() })],
  parameters: { docs: { story: { height: '620px' } } }, // room for the dialogs
  args: {
    clientId: CLIENT,
    // The story's host owns navigation, as a portal would.
    onOpen: fn((event: Event) => event.preventDefault()),
    onChange: fn(),
  },
  render: (args) =>
    html`<client-services-tab
      client-id=${args.clientId}
      @resource-open=${args.onOpen}
      @client-service-change=${args.onChange}
    ></client-services-tab>`,
};
export default meta;

type Story = StoryObj<Args>;

const table = () => screen.findByShadowRole('table', { name: 'Services' }, LOAD);
const button = (name: string) => screen.getByShadowRole('button', { name });
const row = (text: RegExp) =>
  screen.getAllByShadowRole('row').find((r) => text.test(r.textContent ?? ''))!;
async function openDialog(name: string) {
  await table();
  await userEvent.click(button(name));
  return within(await screen.findByShadowRole('dialog', {}, LOAD));
}

/** The services with plan, cycle, exact price, status, next due; the cloud project opened. */
export const Loaded: Story = {
  play: async () => {
    await table();
    await expect(row(/Hosting Pro/)).toHaveTextContent(/Yearly/);
    await expect(row(/Hosting Pro/)).toHaveTextContent(/€99\.00/);
    await userEvent.click(screen.getByShadowText('Cloud project'));
    await expect(screen.getByShadowText('Project domain ID')).toBeVisible();
    await expect(row(/Cloud pay-as-you-go/)).toHaveTextContent(/Region/);
  },
};

/** Activating a service's name asks the host to open it (`resource-open`, cancelable). */
export const OpenService: Story = {
  play: async ({ args }) => {
    await table();
    await userEvent.click(button('Open service Cloud pay-as-you-go'));
    await waitFor(() => expect(args.onOpen).toHaveBeenCalled());
    const event = (args.onOpen as ReturnType<typeof fn>).mock.calls[0]![0] as CustomEvent;
    await expect(event.detail).toMatchObject({ kind: 'service', clientId: CLIENT });
  },
};

/**
 * Another plan of the same product: the old and new price with their cycles (the seeded
 * catalog's plans of one product all have different cycles, so no difference per cycle is
 * computed: the form says so), then the row follows the server's answer.
 */
export const ChangePlan: Story = {
  play: async ({ args }) => {
    const form = await openDialog('Change plan of Hosting Pro');
    await userEvent.click(await form.findByShadowRole('radio', { name: /^Quarterly/ }, LOAD));
    await expect(form.getByShadowText(/billing cycles differ/)).toBeVisible();
    await expect(form.getByShadowText('€27.90')).toBeVisible();
    await userEvent.click(form.getByShadowRole('radio', { name: /^Monthly/ }));
    await expect(form.getByShadowText('€9.90')).toBeVisible();
    await userEvent.click(form.getByShadowRole('button', { name: 'Change plan' }));
    await waitFor(() => expect(args.onChange).toHaveBeenCalled());
    await waitFor(() => expect(row(/Hosting Pro/)).toHaveTextContent(/€9\.90\s*per month/));
  },
};

/** The server refuses (409: the service ended meanwhile): the form says why and stays. */
export const ChangePlanRefused: Story = {
  parameters: {
    mocks: { handlers: [failOperation('changeServicePlan', { status: 409 })] },
  },
  play: async () => {
    const form = await openDialog('Change plan of Hosting Pro');
    await userEvent.click(await form.findByShadowRole('radio', { name: /^Monthly/ }, LOAD));
    await userEvent.click(form.getByShadowRole('button', { name: 'Change plan' }));
    await expect(await form.findByShadowRole('alert')).toHaveTextContent(
      /can no longer change plan/,
    );
  },
};

/** The server refuses the plan (422): the form says why and keeps the choice. */
export const ChangePlanInvalid: Story = {
  parameters: {
    mocks: { handlers: [failOperation('changeServicePlan', { status: 422 })] },
  },
  play: async () => {
    const form = await openDialog('Change plan of Hosting Pro');
    const monthly = await form.findByShadowRole('radio', { name: /^Monthly/ }, LOAD);
    await userEvent.click(monthly);
    await userEvent.click(form.getByShadowRole('button', { name: 'Change plan' }));
    await expect(await form.findByShadowRole('alert')).toBeVisible();
    await expect(monthly).toBeChecked();
  },
};

/** Type the product name (or id) to confirm, give a reason: the row says Terminated. */
export const Terminate: Story = {
  play: async ({ args }) => {
    const form = await openDialog('Terminate Cloud pay-as-you-go');
    await userEvent.type(form.getByShadowRole('textbox', { name: /Type/ }), 'Cloud pay-as-you-go');
    await userEvent.type(
      form.getByShadowRole('textbox', { name: 'Reason (optional)' }),
      'Moved to another provider',
    );
    await userEvent.click(form.getByShadowRole('button', { name: 'Terminate service' }));
    await waitFor(() => expect(args.onChange).toHaveBeenCalled());
    await waitFor(() => expect(row(/Cloud pay-as-you-go/)).toHaveTextContent(/Terminated/));
  },
};

/** A confirmation that does not match is the field's error, and it has the focus. */
export const TerminateMistyped: Story = {
  play: async () => {
    const form = await openDialog('Terminate Cloud pay-as-you-go');
    const confirm = form.getByShadowRole('textbox', { name: /Type/ });
    await userEvent.type(confirm, 'Cloud');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(confirm).toHaveAttribute('aria-invalid', 'true'));
    await expect(confirm).toHaveAccessibleDescription(/exactly as shown/);
  },
};

/** The server fails: what was typed stays, and the button tries again. */
export const TerminateFailed: Story = {
  parameters: { mocks: { handlers: [failOperation('terminateService', { status: 500 })] } },
  play: async () => {
    const form = await openDialog('Terminate Cloud pay-as-you-go');
    const confirm = form.getByShadowRole('textbox', { name: /Type/ });
    await userEvent.type(confirm, 'Cloud pay-as-you-go');
    await userEvent.click(form.getByShadowRole('button', { name: 'Terminate service' }));
    await expect(await form.findByShadowRole('alert', {}, LOAD)).toBeVisible();
    await expect(confirm).toHaveValue('Cloud pay-as-you-go');
    await expect(form.getByShadowRole('button', { name: 'Retry' })).toBeVisible();
  },
};

/** A service terminated already (409): the form says so. */
export const TerminateRefused: Story = {
  parameters: { mocks: { handlers: [failOperation('terminateService', { status: 409 })] } },
  play: async () => {
    const form = await openDialog('Terminate Cloud pay-as-you-go');
    await userEvent.type(form.getByShadowRole('textbox', { name: /Type/ }), 'Cloud pay-as-you-go');
    await userEvent.click(form.getByShadowRole('button', { name: 'Terminate service' }));
    await expect(await form.findByShadowRole('alert')).toHaveTextContent(/terminated already/);
  },
};

/** The auditor sees the services; every change is disabled and says why. */
export const Auditor: Story = {
  parameters: { mocks: { persona: 'auditor' } },
  play: async () => {
    await table();
    const terminate = button('Terminate Cloud pay-as-you-go');
    await waitFor(() => expect(terminate).toHaveAttribute('aria-disabled', 'true'));
    await expect(terminate).toHaveAccessibleDescription(
      "Your account may see this client's services but not change them.",
    );
  },
};

/** In a narrow place the rows stack, each value with its column's name. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-inline-size: 360px">${story()}</div>`],
  play: async () => {
    const services = await table();
    await expect(services.scrollWidth).toBeLessThanOrEqual(services.parentElement!.clientWidth);
  },
};

export const Loading: Story = {
  parameters: { mocks: { handlers: [hangOperation('listClientServices')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Loading…')).toBeInTheDocument();
  },
};

export const Empty: Story = {
  parameters: { mocks: { handlers: [emptyList('listClientServices')] } },
  play: async () => {
    await expect(await screen.findByShadowText('No services', {}, LOAD)).toBeVisible();
  },
};

export const ServerError: Story = {
  parameters: { mocks: { handlers: [failOperation('listClientServices', { status: 500 })] } },
  play: async () => {
    await expect(await screen.findByShadowRole('alert', {}, LOAD)).toBeVisible();
    await expect(button('Retry')).toBeVisible();
  },
};

export const Forbidden: Story = {
  parameters: { mocks: { handlers: [forbidOperation('listClientServices')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Access denied', {}, LOAD)).toBeVisible();
  },
};

export const NotFound: Story = {
  parameters: { mocks: { handlers: [notFoundOperation('listClientServices')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Not found', {}, LOAD)).toBeVisible();
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async () => {
    await expect(await screen.findByShadowRole('table', { name: 'Dienste' }, LOAD)).toBeVisible();
    await expect(button('Cloud pay-as-you-go beenden')).toBeVisible();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async () => {
    await table();
  },
};

/** As the Services tab of `<client-detail-tabs>` (the frame loads the panel when the tab opens). */
export const InClientDetailTabs: Story = {
  render: (args) =>
    html`<client-detail-tabs client-id=${args.clientId} active-tab="services"></client-detail-tabs>`,
  play: async () => {
    await expect(await screen.findByShadowRole('tab', { name: 'Services' }, LOAD)).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(await table()).toBeVisible();
  },
};
