import type { ClientDataProvider, ClientGrid } from '@clientele/elements';
import { createArrayDataProvider, makeClients } from '@clientele/elements/testing';
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
import { screen } from 'shadow-dom-testing-library';
import { expect, fn, mocked, userEvent, waitFor, within } from 'storybook/test';

/**
 * `<client-grid>`: the staff client list. The default stories load through the SDK from the
 * in-browser mocks (via the provider the preview wraps every story in); the large-dataset
 * story gives the grid an in-memory `dataProvider` instead.
 */
interface Args {
  view: 'list' | 'cards';
  query: string;
  filters: string;
  sort: string;
  dataProvider?: ClientDataProvider;
  onSelect: (event: Event) => void;
  onAction: (event: Event) => void;
  onBulkAction: (event: Event) => void;
}

/** Page widths the stories run at (the grid fits its columns, or cards, to its own width). */
const VIEWPORTS = {
  wide: { name: 'Wide desktop', styles: { width: '1440px', height: '900px' }, type: 'desktop' },
  laptop: { name: 'Laptop', styles: { width: '1024px', height: '768px' }, type: 'desktop' },
  phone: { name: 'Phone', styles: { width: '390px', height: '844px' }, type: 'mobile' },
} as const;

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
    onBulkAction: fn(),
  },
  argTypes: {
    view: { control: 'inline-radio', options: ['list', 'cards'] },
    dataProvider: { control: false },
  },
  // The grid follows its own width: desktop-wide unless a story says otherwise.
  parameters: { viewport: { options: VIEWPORTS } },
  globals: { viewport: { value: 'wide', isRotated: false } },
  render: (args) =>
    html`<client-grid
      view=${args.view}
      query=${args.query}
      filters=${args.filters || nothing}
      sort=${args.sort}
      .dataProvider=${args.dataProvider}
      @client-select=${args.onSelect}
      @client-action=${args.onAction}
      @client-bulk-action=${args.onBulkAction}
    ></client-grid>`,
};
export default meta;

type Story = StoryObj<Args>;

// How long a play function waits for what loads on first use (a chunk the dev server may
// still have to transform on a busy machine, then its data): a bound, not a duration asserted.
const LOAD = { timeout: 15_000 };

/** Waits for loaded (not placeholder) data rows. */
const rows = async () =>
  waitFor(
    () =>
      expect(
        screen.getAllByShadowRole('row').filter((row) => !row.hasAttribute('aria-busy')).length,
      ).toBeGreaterThan(2),
    LOAD,
  );

function gridElement(): ClientGrid {
  return document.querySelector('client-grid')!;
}

/** What the mock API answers for a query: the total the grid must show. */
async function serverTotal(query: string): Promise<number> {
  const response = await fetch(`/api/clients?${query}${query ? '&' : ''}limit=1`, {
    headers: { Authorization: 'Bearer admin-token' },
  });
  return ((await response.json()) as { total: number }).total;
}

const totalText = (total: number) =>
  total === 1 ? '1 client' : `${total.toLocaleString('en')} clients`;

/** The visible text of the first data row's name cell. */
function firstRowText(): string {
  const row = screen
    .getAllByShadowRole('row')
    .find((r) => r.getAttribute('aria-rowindex') === '2' && !r.hasAttribute('aria-busy'));
  return row?.textContent ?? '';
}

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

/** 100,000 clients from an in-memory `dataProvider`: the DOM stays small, Ctrl+End is the real end. */
export const HundredThousandClients: Story = {
  name: '100,000 clients (in memory)',
  args: { dataProvider: createArrayDataProvider(makeClients(100_000)) },
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

// ---------------------------------------------------------------- states

export const Loading: Story = {
  parameters: { mocks: { handlers: [hangOperation('listClients')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Loading…')).toBeInTheDocument();
  },
};

export const Empty: Story = {
  parameters: { mocks: { handlers: [emptyList('listClients')] } },
  play: async () => {
    await expect(await screen.findByShadowText('No clients yet', {}, LOAD)).toBeVisible();
    await expect(
      screen.getByShadowText('Clients appear here once they sign up or are created.'),
    ).toBeVisible();
  },
};

/** Filters that match nothing: the empty state says so and offers a way out. */
export const NoMatch: Story = {
  args: { filters: 'status=closed&created_after=2099-01-01' },
  play: async () => {
    await expect(await screen.findByShadowText('No clients match', {}, LOAD)).toBeVisible();
    const clearButtons = screen.getAllByShadowRole('button', { name: 'Clear all' });
    await userEvent.click(clearButtons.at(-1)!);
    await rows();
    await expect(screen.queryByShadowRole('list', { name: 'Active filters' })).toBeNull();
  },
};

/** A 500 answer: the problem's title and detail with a Retry button. */
export const ServerError: Story = {
  parameters: { mocks: { handlers: [failOperation('listClients', { status: 500 })] } },
  play: async () => {
    const alert = await screen.findByShadowRole('alert', {}, LOAD);
    await expect(alert).toHaveTextContent('Internal server error');
    await expect(alert).toHaveTextContent('The server failed to process listClients');
    await expect(screen.getByShadowRole('button', { name: 'Retry' })).toBeVisible();
  },
};

/**
 * The server fails, then recovers: Retry loads the list. (The SDK itself retries a GET twice
 * on a 5xx, so three one-time failures reach the user as one error.)
 */
export const ServerErrorThenRetry: Story = {
  parameters: {
    mocks: {
      handlers: [1, 2, 3].map(() => failOperation('listClients', { status: 500, once: true })),
    },
  },
  play: async () => {
    const alert = await screen.findByShadowRole('alert', {}, LOAD);
    await expect(alert).toHaveTextContent('Internal server error');
    await userEvent.click(screen.getByShadowRole('button', { name: 'Retry' }));
    await rows();
    await expect(screen.queryByShadowRole('alert')).toBeNull();
  },
};

export const Forbidden: Story = {
  parameters: { mocks: { handlers: [forbidOperation('listClients')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Access denied', {}, LOAD)).toBeVisible();
    await expect(
      screen.getByShadowText('Your account does not have permission to view this.'),
    ).toBeVisible();
  },
};

export const NotFound: Story = {
  parameters: { mocks: { handlers: [notFoundOperation('listClients')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Not found', {}, LOAD)).toBeVisible();
  },
};

export const SlowNetwork: Story = {
  parameters: { mocks: { handlers: [slowNetwork({ delayMs: 800 })] } },
  play: async () => {
    await expect(await screen.findByShadowText('Loading…')).toBeInTheDocument();
    await rows();
    await expect(screen.getByShadowRole('grid', { name: 'Clients' })).toBeVisible();
  },
};

// ---------------------------------------------------------------- find

/** Typing in the search box narrows the list (after a short pause). */
export const Search: Story = {
  play: async () => {
    await rows();
    const email = screen
      .getAllByShadowRole('gridcell')
      .map((cell) => cell.textContent?.trim() ?? '')
      .find((text) => text.includes('@'))!;
    const search = screen.getByShadowRole('searchbox', { name: 'Search clients' });
    await userEvent.type(search, email);
    await expect(await screen.findByShadowText('1 client', {}, LOAD)).toBeVisible();
    await expect(screen.getByShadowRole('gridcell', { name: email })).toBeVisible();
  },
};

/** The filter panel offers every filter of the API; choosing one adds a chip. */
export const FilterPanel: Story = {
  play: async () => {
    await rows();
    await userEvent.click(screen.getByShadowRole('button', { name: 'Filters' }));
    // The panel loads on first use (a loading line meanwhile).
    await screen.findByShadowLabelText('Created on or after', { exact: true }, LOAD);
    const panel = screen.getByShadowRole('group', { name: 'Filters' });
    await expect(panel).toBeVisible();
    for (const label of [
      'Created on or after',
      'Created on or before',
      'Configuration',
      'Group',
      'Tax exempt',
      'Has instances in region',
      'Has instances with flavor',
      'Has instances on hypervisor',
      'Has billing agreement',
      'Has services',
      'Has instances',
      'Has services of type',
      'Has service for product',
    ]) {
      await expect(screen.getByShadowLabelText(label, { exact: true })).toBeVisible();
    }
    await waitFor(() =>
      expect(screen.getByShadowRole('option', { name: 'Frankfurt 1' })).toBeInTheDocument(),
    );
    await userEvent.selectOptions(
      screen.getByShadowLabelText('Has instances in region', { exact: true }),
      'reg_fra1',
    );
    await expect(
      await screen.findByShadowRole('button', {
        name: 'Remove filter Has instances in region: Frankfurt 1',
      }),
    ).toBeVisible();
    const total = await serverTotal('has_instances_in_region=reg_fra1');
    await expect(await screen.findByShadowText(totalText(total), {}, LOAD)).toBeVisible();
  },
};

/**
 * One story per filter: the filter arrives as the `filters` attribute (URL query form), shows
 * as a removable chip, and the grid shows what the server answers for it.
 */
function filterStory(filters: string, chip: string | RegExp): Story {
  return {
    args: { filters },
    play: async () => {
      await expect(await screen.findByShadowRole('button', { name: chip }, LOAD)).toBeVisible();
      const total = await serverTotal(filters);
      if (total === 0) {
        await expect(await screen.findByShadowText('No clients match', {}, LOAD)).toBeVisible();
      } else {
        await expect(await screen.findByShadowText(totalText(total), {}, LOAD)).toBeVisible();
        await expect(screen.getByShadowRole('grid')).toHaveAttribute(
          'aria-rowcount',
          String(total + 1),
        );
      }
    },
  };
}

export const FilterStatus = filterStory(
  'status=suspended&status=pending_approval',
  'Remove filter Status: Pending approval',
);
export const FilterCreatedAfter = filterStory(
  'created_after=2024-01-01',
  /^Remove filter Created on or after: /,
);
export const FilterCreatedBefore = filterStory(
  'created_before=2023-12-31',
  /^Remove filter Created on or before: /,
);
export const FilterConfiguration = filterStory(
  'configuration_id=cfg_postpaid',
  'Remove filter Configuration: Postpaid business',
);
export const FilterGroup = filterStory('group_id=grp_resellers', 'Remove filter Group: Resellers');
export const FilterTaxExempt = filterStory('tax_exempt=true', 'Remove filter Tax exempt: Yes');
export const FilterRegion = filterStory(
  'has_instances_in_region=reg_ams1',
  'Remove filter Has instances in region: Amsterdam 1',
);
export const FilterFlavor = filterStory(
  'has_instances_with_flavor=flv_m1_small',
  'Remove filter Has instances with flavor: m1.small',
);
export const FilterHypervisor = filterStory(
  'has_instances_on_hypervisor=hv_fra1_07',
  'Remove filter Has instances on hypervisor: fra1-compute-07',
);
export const FilterBillingAgreement = filterStory(
  'has_billing_agreement=true',
  'Remove filter Has billing agreement: Yes',
);
export const FilterHasServices = filterStory(
  'has_services=false',
  'Remove filter Has services: No',
);
export const FilterHasInstances = filterStory(
  'has_instances=true',
  'Remove filter Has instances: Yes',
);
export const FilterServiceType = filterStory(
  'has_services_of_type=st_hosting',
  'Remove filter Has services of type: Web hosting',
);
export const FilterProduct = filterStory(
  'has_service_for_product=prd_cloud_payg',
  'Remove filter Has service for product: Cloud pay-as-you-go',
);

/** Sorting from the column headers, announced through `aria-sort`. */
export const SortFromHeaders: Story = {
  play: async () => {
    await rows();
    const header = screen.getByShadowRole('columnheader', { name: /Up-to-date credit/ });
    await expect(header).toHaveAttribute('aria-sort', 'none');
    await userEvent.click(screen.getByShadowRole('button', { name: /Up-to-date credit/ }));
    await waitFor(() => expect(header).toHaveAttribute('aria-sort', 'ascending'));
    await userEvent.click(screen.getByShadowRole('button', { name: /Up-to-date credit/ }));
    await waitFor(() => expect(header).toHaveAttribute('aria-sort', 'descending'));
    await expect(screen.getByShadowRole('combobox', { name: 'Sort by' })).toHaveValue(
      '-uptodate_credit',
    );
    await rows();
    await expect(firstRowText()).not.toBe('');
  },
};

// ---------------------------------------------------------------- actions

/** Suspending asks for confirmation in a dialog, with a reason. */
export const ConfirmSuspend: Story = {
  play: async ({ args }) => {
    await rows();
    const active = screen
      .getAllByShadowRole('row')
      .find((row) => row.querySelector('[data-status="active"]'))!;
    const button = active.querySelector<HTMLButtonElement>('[part="actions-button"]')!;
    const name = button.getAttribute('aria-label')!.replace(/^Actions for /, '');
    await userEvent.click(button);
    await userEvent.click(await screen.findByShadowRole('menuitem', { name: 'Suspend' }));
    const [event] = mocked(args.onAction).mock.calls.at(-1)!;
    await expect((event as CustomEvent).detail).toMatchObject({ action: 'suspend' });
    const dialog = await screen.findByShadowRole('dialog', { name: `Suspend ${name}?` });
    await expect(dialog).toBeVisible();
    await expect(screen.getByShadowRole('combobox', { name: 'Reason' })).toBeVisible();
    await expect(screen.getByShadowRole('button', { name: 'Cancel' })).toBeVisible();
  },
};

/** Several clients selected: bulk suspend through one confirmation. */
export const BulkSuspend: Story = {
  play: async ({ args }) => {
    await rows();
    const activeRows = screen
      .getAllByShadowRole('row')
      .filter((row) => row.querySelector('[data-status="active"]'))
      .slice(0, 2);
    for (const row of activeRows) {
      await userEvent.click(row.querySelector<HTMLInputElement>('input[type="checkbox"]')!);
    }
    const bar = screen.getByShadowRole('group', { name: '2 selected' });
    await expect(bar).toBeVisible();
    await expect(
      screen.getByShadowRole('checkbox', { name: 'Select all clients' }),
    ).toBePartiallyChecked();
    // The bulk actions load with the first selection: wait for them.
    await userEvent.click(
      await screen.findByShadowRole('button', { name: 'Suspend selected' }, LOAD),
    );
    await expect(args.onBulkAction).toHaveBeenCalled();
    const dialog = await screen.findByShadowRole('dialog', { name: 'Suspend 2 clients?' });
    await userEvent.click(screen.getByShadowRole('button', { name: 'Suspend' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument(), LOAD);
    await waitFor(() =>
      expect(screen.queryByShadowRole('group', { name: /selected$/ })).toBeNull(),
    );
    for (const row of activeRows) {
      await waitFor(() => expect(row).toHaveTextContent(/Suspend(ing|ed)/));
    }
  },
};

/**
 * A bulk action under way (the server does not answer here): a progress bar and status
 * line, and a Stop button that sends nothing more; what was done stays done.
 */
export const BulkSuspendInProgress: Story = {
  parameters: { mocks: { handlers: [hangOperation('suspendClient')] } },
  play: async () => {
    await rows();
    const activeRows = screen
      .getAllByShadowRole('row')
      .filter((row) => row.querySelector('[data-status="active"]'))
      .slice(0, 3);
    for (const row of activeRows) {
      await userEvent.click(row.querySelector<HTMLInputElement>('input[type="checkbox"]')!);
    }
    // The bulk actions load with the first selection: wait for them.
    await userEvent.click(
      await screen.findByShadowRole('button', { name: 'Suspend selected' }, LOAD),
    );
    const dialog = await screen.findByShadowRole('dialog', { name: 'Suspend 3 clients?' });
    await userEvent.click(screen.getByShadowRole('button', { name: 'Suspend' }));
    await expect(await within(dialog).findByRole('status')).toHaveTextContent('0 of 3 done');
    const stop = within(dialog).getByRole('button', { name: 'Stop' });
    await expect(stop).toBeEnabled();
    await userEvent.click(stop);
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    await expect(screen.getByShadowRole('group', { name: '3 selected' })).toBeVisible();
  },
};

/**
 * The sign-up queue: filtered to pending approval, select every client from the header box
 * and approve them after one confirmation; the queue empties.
 */
export const ApprovePendingQueue: Story = {
  args: { filters: 'status=pending_approval' },
  play: async () => {
    await rows();
    const total = await serverTotal('status=pending_approval');
    await userEvent.click(screen.getByShadowRole('checkbox', { name: 'Select all clients' }));
    const bar = await screen.findByShadowRole('group', { name: `${total} selected` }, LOAD);
    // The bar's actions load on the first selection.
    await userEvent.click(
      await within(bar).findByRole('button', { name: 'Approve selected' }, LOAD),
    );
    const dialog = await screen.findByShadowRole('dialog', { name: `Approve ${total} clients?` });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument(), LOAD);
    await expect(
      screen.getByShadowRole('button', { name: 'Pending approval 0' }),
    ).toBeInTheDocument();
  },
};

/** The auditor may read but not act: the actions show disabled, each saying why. */
export const Auditor: Story = {
  parameters: { mocks: { persona: 'auditor' } },
  play: async () => {
    await rows();
    const [button] = screen.getAllByShadowRole('button', { name: /^Actions for / });
    await userEvent.click(button!);
    await expect(await screen.findByShadowRole('menuitem', { name: 'View' })).not.toHaveAttribute(
      'aria-disabled',
    );
    await expect(screen.getByShadowRole('menuitem', { name: 'Delete' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await userEvent.keyboard('{Escape}');
    await userEvent.click(screen.getAllByShadowRole('checkbox', { name: /^Select (?!all)/ })[0]!);
    // Disabled, still focusable, and saying why.
    const suspend = await screen.findByShadowRole('button', { name: 'Suspend selected' }, LOAD);
    await expect(suspend).toHaveAttribute('aria-disabled', 'true');
    await expect(suspend).toHaveAccessibleDescription('Your account is not allowed to do this.');
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
