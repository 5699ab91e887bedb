import '@clientele/elements/define/client-grid';
import { hangOperation } from '@clientele/mocks';
import { screen } from 'shadow-dom-testing-library';
import { expect, mocked, userEvent, waitFor, within } from 'storybook/test';
import { baseMeta, LOAD, rows, type Story, serverTotal } from './client-grid.shared.ts';

/** `<client-grid>`'s row and bulk actions, the approval queue, and what an auditor sees. */
const meta = {
  ...baseMeta,
  title: 'Widgets/client-grid/Actions',
  parameters: { ...baseMeta.parameters },
};
export default meta;

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
