import '@clientele/elements/define/ticket-list';
import type { TicketDataProvider } from '@clientele/elements';
import {
  createTicketArrayDataProvider,
  makeTickets,
  SAMPLE_DEPARTMENTS,
} from '@clientele/elements/testing';
import {
  emptyList,
  failOperation,
  forbidOperation,
  hangOperation,
  notFoundOperation,
  slowNetwork,
} from '@clientele/mocks';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { HttpResponse, http } from 'msw';
import { screen, within } from 'shadow-dom-testing-library';
import { expect, fn, userEvent, waitFor } from 'storybook/test';

/**
 * `<ticket-list>`: support tickets. Without `client-id` it is the staff queue of every
 * client's tickets; with it, one client's. The stories load through the SDK from the
 * in-browser mocks (via the provider the preview wraps every story in); the large-dataset
 * story gives the list an in-memory `dataProvider` instead.
 */
interface Args {
  clientId: string;
  query: string;
  status: string;
  departmentId: string;
  priority: string;
  waitingOn: string;
  sort: string;
  dataProvider?: TicketDataProvider;
  onSelect: (event: Event) => void;
  onCreate: (event: Event) => void;
}

/** A client of the seeded mock data with eight tickets. */
const CLIENT_WITH_TICKETS = 'cl_3edc3d127e45365d';

const meta: Meta<Args> = {
  title: 'Widgets/ticket-list',
  component: 'ticket-list',
  args: {
    clientId: '',
    query: '',
    status: '',
    departmentId: '',
    priority: '',
    waitingOn: '',
    sort: '-created_at',
    onSelect: fn(),
    onCreate: fn(),
  },
  argTypes: {
    priority: { control: 'select', options: ['', 'low', 'medium', 'high'] },
    waitingOn: { control: 'inline-radio', options: ['', 'staff', 'client'] },
    sort: {
      control: 'select',
      options: [
        '-created_at',
        'created_at',
        '-last_reply_at',
        'last_reply_at',
        '-priority',
        'priority',
      ],
    },
    dataProvider: { control: false },
  },
  render: (args) =>
    html`<ticket-list
      client-id=${args.clientId || nothing}
      query=${args.query}
      status=${args.status || nothing}
      department-id=${args.departmentId || nothing}
      priority=${args.priority || nothing}
      waiting-on=${args.waitingOn || nothing}
      sort=${args.sort}
      .dataProvider=${args.dataProvider}
      .departments=${args.dataProvider ? SAMPLE_DEPARTMENTS : undefined}
      @ticket-select=${args.onSelect}
      @ticket-create=${args.onCreate}
    ></ticket-list>`,
};
export default meta;

type Story = StoryObj<Args>;

// How long a play function waits for what loads on first use (the widget's code, then the
// form's chunk, each of which a busy dev server may still have to transform): a bound, not a
// duration asserted.
const LOAD = { timeout: 15_000 };

const rows = async () =>
  waitFor(() => expect(screen.getAllByShadowRole('row').length).toBeGreaterThan(2), LOAD);

/** The staff queue: every client's tickets, newest first. */
export const Queue: Story = {
  play: async ({ args, step }) => {
    await rows();
    const grid = screen.getByShadowRole('grid', { name: 'Tickets' });
    await expect(screen.getByShadowRole('columnheader', { name: 'Client' })).toBeVisible();
    await expect(screen.getByShadowRole('columnheader', { name: /Created/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await step('keyboard: Enter on a row selects the ticket', async () => {
      await userEvent.click(screen.getAllByShadowRole('gridcell')[1]!);
      await userEvent.keyboard('{ArrowDown}{Enter}');
      await expect(args.onSelect).toHaveBeenCalled();
    });
    await expect(Number(grid.getAttribute('aria-rowcount'))).toBeGreaterThan(100);
  },
};

/** One client's tickets, as the client page embeds it. */
export const ClientTickets: Story = {
  args: { clientId: CLIENT_WITH_TICKETS },
  play: async () => {
    await rows();
    await expect(screen.getByShadowRole('grid', { name: 'Tickets' })).toHaveAttribute(
      'aria-rowcount',
      '9',
    );
    await expect(screen.queryByShadowRole('columnheader', { name: 'Client' })).toBeNull();
  },
};

export const WaitingOnStaff: Story = {
  args: { waitingOn: 'staff' },
  play: async () => {
    await rows();
    await expect(screen.getByShadowRole('button', { name: /^Waiting on staff/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.click(screen.getByShadowRole('button', { name: /^Customer reply \d/ }));
    await expect(
      await screen.findByShadowRole('button', { name: 'Remove filter Status: Customer reply' }),
    ).toBeVisible();
  },
};

export const FilteredByDepartmentAndPriority: Story = {
  args: { departmentId: 'dep_billing', priority: 'high' },
  play: async () => {
    await expect(
      await screen.findByShadowRole('button', { name: 'Remove filter Department: Billing' }),
    ).toBeVisible();
    await expect(
      screen.getByShadowRole('button', { name: 'Remove filter Priority: High' }),
    ).toBeVisible();
  },
};

export const Search: Story = {
  args: { query: 'invoice' },
  play: async () => {
    await rows();
    await expect(screen.getByShadowRole('searchbox', { name: 'Search tickets' })).toHaveValue(
      'invoice',
    );
  },
};

export const SortedByPriority: Story = {
  args: { sort: '-priority' },
  play: async () => {
    await rows();
    await expect(screen.getByShadowRole('columnheader', { name: /Priority/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  },
};

export const TenThousandTickets: Story = {
  name: '10,000 tickets (in memory)',
  args: { dataProvider: createTicketArrayDataProvider(makeTickets(10_000)) },
  play: async () => {
    await rows();
    const grid = screen.getByShadowRole('grid', { name: 'Tickets' });
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

async function openForm() {
  await rows();
  await userEvent.click(screen.getByShadowRole('button', { name: 'New ticket' }));
  return screen.findByShadowRole('dialog', { name: 'Open a ticket' }, LOAD);
}

/**
 * Waits until the picker shows the answer for the whole typed text: typing is slow enough
 * under load for shorter queries to answer first, with options the full text excludes.
 */
async function searchSettled(form: ReturnType<typeof within>, text: string) {
  await waitFor(
    () => {
      const listbox = form.getByShadowRole('listbox', { name: 'Client' });
      const options = within(listbox).getAllByShadowRole('option');
      expect(options.length).toBeGreaterThan(0);
      for (const option of options) {
        expect(option.textContent?.toLowerCase()).toContain(text.toLowerCase());
      }
    },
    { timeout: 15_000 },
  );
}

async function fillForm(dialog: HTMLElement, client: string | undefined) {
  const form = within(dialog);
  if (client) {
    const picker = form.getByShadowRole('combobox', { name: 'Client' });
    await userEvent.click(picker);
    await userEvent.keyboard(client);
    await searchSettled(form, client);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(picker).toHaveAttribute('aria-expanded', 'false');
  }
  const department = form.getByShadowRole('combobox', { name: 'Department' });
  // The departments come with a request of their own: wait for the one to choose.
  await waitFor(() =>
    expect(department.querySelector('option[value="dep_technical"]')).not.toBeNull(),
  );
  await userEvent.selectOptions(department, 'dep_technical');
  await userEvent.type(form.getByShadowRole('textbox', { name: 'Title' }), 'Volume detached');
  await userEvent.type(
    form.getByShadowRole('textbox', { name: 'Message' }),
    'The data volume detached overnight.',
  );
  return form;
}

/** Opening a ticket from the queue: the client is chosen with a searchable picker. */
export const CreateTicket: Story = {
  play: async ({ args }) => {
    const dialog = await openForm();
    const form = await fillForm(dialog, 'Tidewater');
    await userEvent.click(form.getByShadowRole('button', { name: 'Open ticket' }));
    await waitFor(() => expect(dialog.isConnected).toBe(false));
    await expect(args.onCreate).toHaveBeenCalled();
    await waitFor(() =>
      expect(screen.getAllByShadowRole('row')[1]).toHaveTextContent('Volume detached'),
    );
  },
};

/** The client picker open: suggestions as a listbox, the active one announced. */
export const ClientPicker: Story = {
  parameters: { docs: { story: { height: '800px' } } }, // the dialog with its open listbox
  play: async () => {
    const form = within(await openForm());
    const picker = form.getByShadowRole('combobox', { name: 'Client' });
    await userEvent.click(picker);
    await userEvent.keyboard('Tide');
    await searchSettled(form, 'Tide');
    await userEvent.keyboard('{ArrowDown}');
    await expect(picker).toHaveAttribute('aria-expanded', 'true');
    await expect(picker.getAttribute('aria-activedescendant')).toBe('ticket-client-option-0');
    await expect(form.getAllByShadowRole('option')[0]).toHaveAttribute('aria-selected', 'true');
  },
};

/**
 * Sent empty (by click or Enter alike): each required field says so in the widget's words,
 * described by its message, and focus is on the first to fix.
 */
export const CreateEmpty: Story = {
  play: async () => {
    const form = within(await openForm());
    await userEvent.click(form.getByShadowRole('button', { name: 'Open ticket' }));
    const client = form.getByShadowRole('combobox', { name: 'Client' });
    await waitFor(() => expect(client).toHaveAttribute('aria-invalid', 'true'));
    await expect(client).toHaveAccessibleDescription(/^Choose a client from the list\./);
    await expect(form.getByShadowRole('textbox', { name: 'Title' })).toHaveAccessibleDescription(
      'Fill in this field.',
    );
    await waitFor(() => expect(client.matches(':focus')).toBe(true));
  },
};

/** From a client's page the form has no client field. */
export const CreateTicketForClient: Story = {
  args: { clientId: CLIENT_WITH_TICKETS },
  parameters: { docs: { story: { height: '640px' } } }, // the dialog, taller than the default
  play: async () => {
    const form = within(await openForm());
    await expect(form.queryByShadowRole('combobox', { name: 'Client' })).toBeNull();
    await expect(form.getByShadowRole('combobox', { name: 'Priority' })).toHaveValue('medium');
  },
};

/** The API's field errors land on their fields; what was typed stays. */
export const CreateValidationError: Story = {
  args: { clientId: CLIENT_WITH_TICKETS },
  parameters: {
    docs: { story: { height: '640px' } }, // the dialog is taller than the default canvas
    mocks: {
      handlers: [
        http.post('/api/tickets', () =>
          HttpResponse.json(
            {
              type: 'https://clientele.dev/problems/validation',
              title: 'Validation failed',
              status: 422,
              detail: '1 field is invalid.',
              instance: '/api/tickets',
              request_id: 'req_story_0001',
              errors: [
                {
                  field: 'title',
                  code: 'duplicate',
                  message: 'An open ticket of this client has the same title.',
                },
              ],
            },
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      ],
    },
  },
  play: async () => {
    const form = await fillForm(await openForm(), undefined);
    await userEvent.click(form.getByShadowRole('button', { name: 'Open ticket' }));
    const title = form.getByShadowRole('textbox', { name: 'Title' });
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    await expect(title).toHaveAccessibleDescription(
      'An open ticket of this client has the same title.',
    );
    await expect(title).toHaveValue('Volume detached');
  },
};

/** A failed submit shows the problem and keeps the form as typed. */
export const CreateServerError: Story = {
  args: { clientId: CLIENT_WITH_TICKETS },
  parameters: {
    docs: { story: { height: '640px' } }, // the dialog is taller than the default canvas
    mocks: { handlers: [failOperation('createTicket', { status: 500 })] },
  },
  play: async () => {
    const dialog = await openForm();
    const form = await fillForm(dialog, undefined);
    await userEvent.click(form.getByShadowRole('button', { name: 'Open ticket' }));
    // The SDK retries a 5xx twice (the POST carries an idempotency key) before giving up.
    const alert = await form.findByShadowRole('alert', {}, { timeout: 15_000 });
    await expect(alert).toHaveTextContent(/Internal server error/);
    await expect(dialog.isConnected).toBe(true);
    await expect(form.getByShadowRole('textbox', { name: 'Message' })).toHaveValue(
      'The data volume detached overnight.',
    );
  },
};

/** The auditor may read tickets but not open them: the button says why. */
export const Auditor: Story = {
  parameters: { mocks: { persona: 'auditor' } },
  play: async () => {
    await rows();
    const button = screen.getByShadowRole('button', { name: 'New ticket' });
    await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'true'));
    await expect(button).toHaveAccessibleDescription(
      'Your account is not allowed to open tickets.',
    );
  },
};

/**
 * In a narrow place (here 360px): the columns fit the widget's own width; below the width of
 * status, title, client and last reply, the rows turn compact, with nothing to scroll sideways.
 */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-inline-size: 360px">${story()}</div>`],
  play: async () => {
    await rows();
    const headers = screen.getAllByShadowRole('columnheader').map((h) => h.textContent?.trim());
    await expect(headers).toEqual(['Status', 'Title']);
    const grid = screen.getByShadowRole('grid', { name: 'Tickets' });
    await expect(grid.scrollWidth).toBeLessThanOrEqual(grid.clientWidth);
  },
};

export const Loading: Story = {
  parameters: { mocks: { handlers: [hangOperation('listTickets')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Loading…')).toBeInTheDocument();
  },
};

export const Empty: Story = {
  parameters: { mocks: { handlers: [emptyList('listTickets')] } },
  play: async () => {
    await expect(await screen.findByShadowText('No tickets yet')).toBeVisible();
  },
};

export const ServerError: Story = {
  parameters: { mocks: { handlers: [failOperation('listTickets', { status: 500 })] } },
  play: async () => {
    await expect(await screen.findByShadowRole('alert')).toBeVisible();
    await expect(screen.getByShadowRole('button', { name: 'Retry' })).toBeVisible();
  },
};

export const Forbidden: Story = {
  parameters: { mocks: { handlers: [forbidOperation('listTickets')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Access denied')).toBeVisible();
  },
};

/** One client's tickets for a client id the server does not know: 404. */
export const NotFound: Story = {
  args: { clientId: 'cl_0000000000000000' },
  play: async () => {
    await expect(await screen.findByShadowText('Not found')).toBeVisible();
  },
};

/** The same through the scenario helper, for a client whose tickets cannot be found. */
export const NotFoundScenario: Story = {
  args: { clientId: CLIENT_WITH_TICKETS },
  parameters: { mocks: { handlers: [notFoundOperation('listClientTickets')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Not found')).toBeVisible();
  },
};

export const SlowNetwork: Story = {
  parameters: { mocks: { handlers: [slowNetwork({ delayMs: 800 })] } },
  play: async () => {
    await expect(await screen.findByShadowText('Loading…')).toBeInTheDocument();
    await rows();
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async () => {
    await expect(await screen.findByShadowRole('grid', { name: 'Tickets' })).toBeVisible();
    await expect(screen.getByShadowRole('button', { name: 'Neues Ticket' })).toBeVisible();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async () => {
    await rows();
  },
};
