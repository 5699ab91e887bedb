import '@clientele/elements/define/client-detail-tabs';
import { defineClientInvoicesTab } from '@clientele/elements';
import {
  emptyList,
  failOperation,
  forbidOperation,
  hangOperation,
  notFoundOperation,
} from '@clientele/mocks';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { screen, within } from 'shadow-dom-testing-library';
import { expect, fn, userEvent, waitFor } from 'storybook/test';

/**
 * `<client-invoices-tab>`: the Invoices tab of `<client-detail-tabs>`, shown here on its own
 * (it needs nothing from the tab frame but a `client-id`; alone it reads the client's currency
 * itself). The stories load through the SDK from the in-browser mocks, whose rules are the
 * API's (exact totals, tax from the client's country, Idempotency-Key replays).
 */
interface Args {
  clientId: string;
  status: string;
  sort: string;
  onOpen: (event: Event) => void;
  onCreate: (event: Event) => void;
}

/** A seeded client in GBP with paid, unpaid, overdue and cancelled invoices. */
const CLIENT = 'cl_88de88ffe6c95e3d';
const LOAD = { timeout: 8000 };

const meta: Meta<Args> = {
  title: 'Widgets/client-detail-tabs/Invoices',
  component: 'client-invoices-tab',
  // The panel is its own chunk, registered on demand (as the tab frame does when it opens).
  loaders: [async () => ({ defined: await defineClientInvoicesTab() })],
  parameters: { docs: { story: { height: '640px' } } }, // room for the form
  args: {
    clientId: CLIENT,
    status: '',
    sort: '-issued_at',
    // The story's host owns navigation, as a portal would.
    onOpen: fn((event: Event) => event.preventDefault()),
    onCreate: fn(),
  },
  argTypes: {
    sort: {
      control: 'select',
      options: ['-issued_at', 'issued_at', '-due_at', 'due_at', '-total', 'total'],
    },
  },
  render: (args) =>
    html`<client-invoices-tab
      client-id=${args.clientId}
      status=${args.status || nothing}
      sort=${args.sort}
      @resource-open=${args.onOpen}
      @client-invoice-create=${args.onCreate}
    ></client-invoices-tab>`,
};
export default meta;

type Story = StoryObj<Args>;

const grid = () => screen.findByShadowRole('grid', { name: 'Invoices' }, LOAD);
const button = (name: string | RegExp) => screen.getByShadowRole('button', { name });
const count = () => screen.getByShadowText(/^\d+ invoices?$/).textContent ?? '';

/** How many invoices the mock backend holds for the client (read through the API). */
async function invoicesOnServer(): Promise<number> {
  const response = await fetch(`/api/clients/${CLIENT}/invoices?limit=1`, {
    headers: { Authorization: 'Bearer admin-token' },
  });
  return ((await response.json()) as { total: number }).total;
}

async function openForm() {
  await grid();
  await waitFor(() => expect(count()).not.toBe(''));
  await userEvent.click(button('Add invoice'));
  const dialog = within(await screen.findByShadowRole('dialog', {}, LOAD));
  await waitFor(() =>
    expect(screen.getByShadowRole('dialog')).toHaveAccessibleDescription(/currency, GBP/),
  );
  return dialog;
}

async function fillLine(
  dialog: ReturnType<typeof within>,
  description: string,
  quantity: string,
  price: string,
) {
  const line = within(dialog.getByShadowRole('group', { name: 'Line 1' }));
  await userEvent.type(line.getByShadowRole('textbox', { name: 'Description' }), description);
  await userEvent.tripleClick(line.getByShadowRole('textbox', { name: 'Quantity' }));
  await userEvent.keyboard(quantity);
  await userEvent.type(line.getByShadowRole('textbox', { name: 'Unit price' }), price);
}

/** Newest first; statuses in words on their tones; totals exact in the client's currency. */
export const Loaded: Story = {
  play: async () => {
    const rows = within(await grid());
    await expect(await rows.findByShadowText('Overdue', {}, LOAD)).toBeVisible();
    await expect(screen.getByShadowRole('columnheader', { name: 'Issued' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(rows.getAllByShadowText(/^£\d/).length).toBeGreaterThan(0);
  },
};

/** The Total header sorts largest first; again, smallest first. */
export const SortByTotal: Story = {
  play: async () => {
    await grid();
    await userEvent.click(await screen.findByShadowRole('button', { name: 'Total' }, LOAD));
    const header = screen.getByShadowRole('columnheader', { name: 'Total' });
    await waitFor(() => expect(header).toHaveAttribute('aria-sort', 'descending'));
    await userEvent.click(button('Total'));
    await waitFor(() => expect(header).toHaveAttribute('aria-sort', 'ascending'));
  },
};

/** Two statuses pressed: only invoices in either. */
export const FilterByStatus: Story = {
  play: async () => {
    const rows = within(await grid());
    const group = within(await screen.findByShadowRole('group', { name: 'Status' }, LOAD));
    await waitFor(() => expect(rows.getAllByShadowText('Paid').length).toBeGreaterThan(0));
    await userEvent.click(group.getByShadowRole('button', { name: 'Overdue' }));
    await userEvent.click(group.getByShadowRole('button', { name: 'Unpaid' }));
    await expect((await rows.findAllByShadowText('Overdue', {}, LOAD)).length).toBeGreaterThan(0);
    await waitFor(() => expect(rows.queryAllByShadowText('Paid')).toHaveLength(0));
    await expect(group.getByShadowRole('button', { name: 'Clear filter' })).toBeVisible();
  },
};

/** Opening an invoice by its number: `resource-open`, which the host cancels to navigate. */
export const OpenInvoice: Story = {
  play: async ({ args }) => {
    await grid();
    const open = await screen.findByShadowRole(
      'button',
      { name: /^Open invoice INV-2026-000164-009$/ },
      LOAD,
    );
    await userEvent.click(open);
    await waitFor(() => expect(args.onOpen).toHaveBeenCalled());
    const event = (args.onOpen as ReturnType<typeof fn>).mock.calls[0]![0] as CustomEvent;
    await expect(event.detail).toMatchObject({ kind: 'invoice', clientId: CLIENT });
    await expect(event.defaultPrevented).toBe(true);
  },
};

/** Adding an invoice: the preview is exact as typed; the new invoice heads the list. */
export const AddInvoice: Story = {
  play: async ({ args }) => {
    const dialog = await openForm();
    await fillLine(dialog, 'Migration assistance (3 hours)', '3', '40.10');
    const preview = dialog.getByShadowRole('region', { name: 'Preview' });
    await waitFor(() => expect(preview).toHaveTextContent(/Subtotal\s*£120\.30/));
    await userEvent.click(dialog.getByShadowRole('button', { name: 'Create invoice' }));
    await waitFor(() => expect(args.onCreate).toHaveBeenCalled());
    await waitFor(() => expect(screen.queryByShadowRole('dialog')).toBeNull());
    await expect(
      await screen.findByShadowText(/^Invoice .+ was created for £/, {}, LOAD),
    ).toBeInTheDocument();
  },
};

/** A double click on "Create invoice" makes one invoice (counted on the mock backend). */
export const DoubleClickMakesOne: Story = {
  play: async ({ args }) => {
    const before = await invoicesOnServer();
    const dialog = await openForm();
    await fillLine(dialog, 'Setup fee', '1', '25');
    await userEvent.dblClick(dialog.getByShadowRole('button', { name: 'Create invoice' }));
    await waitFor(() => expect(args.onCreate).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByShadowRole('dialog')).toBeNull());
    await expect(await invoicesOnServer()).toBe(before + 1);
  },
};

/** The API refuses a due date before today: the message is on the field; all typed stays. */
export const DueDateRefused: Story = {
  play: async () => {
    const dialog = await openForm();
    await fillLine(dialog, 'Domain transfer', '1', '12.50');
    const due = dialog.getByShadowLabelText('Due date');
    // A date field's segments are typed per locale; the story sets the day as a picker would.
    (due as HTMLInputElement).value = '2020-01-31';
    due.dispatchEvent(new Event('change', { bubbles: true }));
    await userEvent.click(dialog.getByShadowRole('button', { name: 'Create invoice' }));
    await waitFor(() => expect(due).toHaveAttribute('aria-invalid', 'true'));
    await expect(due).toHaveAccessibleDescription(/^Must be on or after/);
    await expect(dialog.getByShadowRole('textbox', { name: 'Unit price' })).toHaveValue('12.50');
  },
};

/** A server error: the form says so and offers to send the same request again. */
export const AddInvoiceFailed: Story = {
  parameters: { mocks: { handlers: [failOperation('createClientInvoice', { status: 500 })] } },
  play: async () => {
    const dialog = await openForm();
    await fillLine(dialog, 'Setup fee', '1', '25');
    await userEvent.click(dialog.getByShadowRole('button', { name: 'Create invoice' }));
    await expect(await dialog.findByShadowRole('alert', {}, LOAD)).toBeVisible();
    await expect(
      await dialog.findByShadowRole('button', { name: 'Send again' }, LOAD),
    ).toBeVisible();
    await expect(dialog.getByShadowRole('textbox', { name: 'Description' })).toHaveValue(
      'Setup fee',
    );
  },
};

/** The auditor reads invoices; "Add invoice" is disabled and says why. */
export const Auditor: Story = {
  parameters: { mocks: { persona: 'auditor' } },
  play: async () => {
    await grid();
    const add = button('Add invoice');
    await waitFor(() =>
      expect(add).toHaveAccessibleDescription('Your account may see invoices but not create them.'),
    );
    await expect(add).toHaveAttribute('aria-disabled', 'true');
  },
};

/** At a phone's width the dates give way; the due date is said under the status. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-inline-size: 360px">${story()}</div>`],
  play: async () => {
    const element = await grid();
    await waitFor(() => expect(screen.getAllByShadowRole('columnheader')).toHaveLength(3));
    await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
  },
};

export const Loading: Story = {
  parameters: { mocks: { handlers: [hangOperation('listClientInvoices')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Loading…')).toBeInTheDocument();
  },
};

export const Empty: Story = {
  parameters: { mocks: { handlers: [emptyList('listClientInvoices')] } },
  play: async () => {
    await expect(await screen.findByShadowText('No invoices yet', {}, LOAD)).toBeVisible();
    await expect(button('Add invoice')).toBeVisible();
  },
};

export const ServerError: Story = {
  parameters: { mocks: { handlers: [failOperation('listClientInvoices', { status: 500 })] } },
  play: async () => {
    await expect(await screen.findByShadowRole('alert', {}, LOAD)).toBeVisible();
    await expect(button('Retry')).toBeVisible();
  },
};

export const Forbidden: Story = {
  parameters: { mocks: { handlers: [forbidOperation('listClientInvoices')] } },
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
  parameters: { mocks: { handlers: [notFoundOperation('listClientInvoices')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Not found', {}, LOAD)).toBeVisible();
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async () => {
    // The German catalogs load on first use: the first story in German may wait for them.
    const rows = await screen.findByShadowRole('grid', { name: 'Rechnungen' }, { timeout: 15_000 });
    await expect(button('Rechnung hinzufügen')).toBeVisible();
    // The status in words, in a row (the filter's toggle says it too).
    const overdue = await within(rows).findAllByShadowText('Überfällig', {}, LOAD);
    await expect(overdue[0]).toBeVisible();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async () => {
    await grid();
  },
};

/** As the Invoices tab of `<client-detail-tabs>` (the frame loads the panel when the tab opens). */
export const InClientDetailTabs: Story = {
  render: (args) =>
    html`<client-detail-tabs
      client-id=${args.clientId}
      active-tab="invoices"
      @resource-open=${args.onOpen}
    ></client-detail-tabs>`,
  play: async ({ args }) => {
    await expect(await screen.findByShadowRole('tab', { name: 'Invoices' }, LOAD)).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await grid();
    await userEvent.click(
      await screen.findByShadowRole('button', { name: /^Open invoice INV-2026-000164-009$/ }, LOAD),
    );
    await waitFor(() => expect(args.onOpen).toHaveBeenCalled());
  },
};
