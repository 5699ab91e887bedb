import '@clientele/elements/define/client-detail-tabs';
import { defineClientUsersTab } from '@clientele/elements';
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
 * `<client-users-tab>`: the Users tab of `<client-detail-tabs>`, shown here on its own (it
 * needs nothing from the tab frame but a `client-id`). The stories load through the SDK from
 * the in-browser mocks, whose rules are the API's (a client keeps one owner).
 */
interface Args {
  clientId: string;
  onChange: (event: Event) => void;
  onImpersonate: (event: Event) => void;
}

/** A seeded client with an owner (Aoife Bernard), a member and a custom role. */
const CLIENT = 'cl_5b2613dd8942e748';

const meta: Meta<Args> = {
  title: 'Widgets/client-detail-tabs/Users',
  component: 'client-users-tab',
  // The panel is its own chunk, registered on demand (as the tab frame does when it opens).
  loaders: [async () => ({ defined: await defineClientUsersTab() })],
  parameters: { docs: { story: { height: '560px' } } }, // room for the dialogs
  args: {
    clientId: CLIENT,
    onChange: fn(),
    // The story's host owns the session, so no window opens while the stories run.
    onImpersonate: fn((event: Event) => event.preventDefault()),
  },
  render: (args) =>
    html`<client-users-tab
      client-id=${args.clientId}
      @client-user-change=${args.onChange}
      @client-impersonate=${args.onImpersonate}
    ></client-users-tab>`,
};
export default meta;

type Story = StoryObj<Args>;

const table = () => screen.findByShadowRole('table', { name: 'Users' }, { timeout: 15_000 });
const button = (name: string) => screen.getByShadowRole('button', { name });
async function openDialog(name: string) {
  await table();
  await userEvent.click(button(name));
  return within(await screen.findByShadowRole('dialog'));
}

/** The users with their roles; the only owner's Remove and Change role say why not. */
export const Loaded: Story = {
  play: async () => {
    await table();
    await expect(screen.getByShadowText('Maya Kowalski')).toBeVisible();
    const remove = button('Remove Aoife Bernard from this client');
    await expect(remove).toHaveAttribute('aria-disabled', 'true');
    await expect(remove).toHaveAccessibleDescription(/The only owner/);
  },
};

/** Associating a user: a searchable picker over the user directory, then a role. */
export const Associate: Story = {
  play: async ({ args }) => {
    const form = await openDialog('Associate user');
    await userEvent.click(form.getByShadowRole('combobox', { name: 'User' }));
    await waitFor(() => {
      const listbox = form.getByShadowRole('listbox', { name: 'User' });
      expect(within(listbox).getAllByShadowRole('option').length).toBeGreaterThan(3);
    });
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await userEvent.click(form.getByShadowRole('button', { name: 'Associate' }));
    await waitFor(() => expect(args.onChange).toHaveBeenCalled());
    await waitFor(() => expect(screen.getAllByShadowRole('row').length).toBe(5));
  },
};

/** Sent without a user (by click or Enter alike): the picker says so, and has the focus. */
export const AssociateWithoutUser: Story = {
  play: async () => {
    const form = await openDialog('Associate user');
    await userEvent.click(form.getByShadowRole('button', { name: 'Associate' }));
    const picker = form.getByShadowRole('combobox', { name: 'User' });
    await waitFor(() => expect(picker).toHaveAttribute('aria-invalid', 'true'));
    await expect(picker).toHaveAccessibleDescription(/^Choose a user from the list\./);
  },
};

export const ChangeRole: Story = {
  play: async ({ args }) => {
    const form = await openDialog('Change role of Astrid Meier');
    await userEvent.selectOptions(form.getByShadowRole('combobox', { name: 'Role' }), 'role_owner');
    await userEvent.click(form.getByShadowRole('button', { name: 'Change role' }));
    await waitFor(() => expect(args.onChange).toHaveBeenCalled());
    await waitFor(() =>
      expect(button('Remove Aoife Bernard from this client')).not.toHaveAttribute('aria-disabled'),
    );
  },
};

/** The server refuses (here: always, as if the data had moved on): the form says why and stays. */
export const ChangeRoleRefused: Story = {
  parameters: {
    mocks: {
      handlers: [failOperation('updateClientUser', { status: 409, detail: 'The last owner.' })],
    },
  },
  play: async () => {
    const form = await openDialog('Change role of Astrid Meier');
    await userEvent.selectOptions(form.getByShadowRole('combobox', { name: 'Role' }), 'role_owner');
    await userEvent.click(form.getByShadowRole('button', { name: 'Change role' }));
    await expect(await form.findByShadowRole('alert')).toHaveTextContent(/only owner now/);
  },
};

export const Remove: Story = {
  play: async ({ args }) => {
    const form = await openDialog('Remove Astrid Meier from this client');
    await userEvent.click(form.getByShadowRole('button', { name: 'Remove' }));
    await waitFor(() => expect(args.onChange).toHaveBeenCalled());
    await waitFor(() => expect(screen.queryByShadowText('Astrid Meier')).toBeNull());
  },
};

export const RemoveFailed: Story = {
  parameters: { mocks: { handlers: [failOperation('dissociateClientUser', { status: 500 })] } },
  play: async () => {
    const form = await openDialog('Remove Astrid Meier from this client');
    await userEvent.click(form.getByShadowRole('button', { name: 'Remove' }));
    await expect(await form.findByShadowRole('alert', {}, { timeout: 15_000 })).toBeVisible();
  },
};

/** Logging in as one user: a reason (recorded in the activity log) and a duration. */
export const LogInAsUser: Story = {
  play: async ({ args }) => {
    const form = await openDialog('Log in as Maya Kowalski');
    await userEvent.type(
      form.getByShadowRole('textbox', { name: 'Reason' }),
      'Reproduce ticket T-100240 as she sees it',
    );
    await userEvent.click(form.getByShadowRole('button', { name: 'Open session' }));
    await waitFor(() => expect(args.onImpersonate).toHaveBeenCalled());
  },
};

/** The server's field error lands on the reason; what was typed stays. */
export const LogInAsUserRefused: Story = {
  parameters: { mocks: { handlers: [failOperation('impersonateClientUser', { status: 422 })] } },
  play: async () => {
    const form = await openDialog('Log in as Maya Kowalski');
    const reason = form.getByShadowRole('textbox', { name: 'Reason' });
    await userEvent.type(reason, 'Looking around');
    await userEvent.click(form.getByShadowRole('button', { name: 'Open session' }));
    await expect(await form.findByShadowRole('alert')).toBeVisible();
    await expect(reason).toHaveValue('Looking around');
  },
};

/** The auditor sees the users; every change is disabled and says why. */
export const Auditor: Story = {
  parameters: { mocks: { persona: 'auditor' } },
  play: async () => {
    await table();
    const associate = button('Associate user');
    await waitFor(() => expect(associate).toHaveAttribute('aria-disabled', 'true'));
    await expect(associate).toHaveAccessibleDescription(
      "Your account may see this client's users but not change them.",
    );
    await expect(button('Log in as Astrid Meier')).toHaveAccessibleDescription(
      'Your account may not log in as users.',
    );
  },
};

/** In a narrow place the table's rows stack. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-inline-size: 360px">${story()}</div>`],
  play: async () => {
    const users = await table();
    await expect(users.scrollWidth).toBeLessThanOrEqual(users.parentElement!.clientWidth);
  },
};

export const Loading: Story = {
  parameters: { mocks: { handlers: [hangOperation('listClientUsers')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Loading…')).toBeInTheDocument();
  },
};

export const Empty: Story = {
  parameters: { mocks: { handlers: [emptyList('listClientUsers')] } },
  play: async () => {
    await expect(
      await screen.findByShadowRole('button', { name: 'Associate user' }, { timeout: 15_000 }),
    ).toBeVisible();
    await expect(screen.getByShadowText('No users yet')).toBeVisible();
  },
};

export const ServerError: Story = {
  parameters: { mocks: { handlers: [failOperation('listClientUsers', { status: 500 })] } },
  play: async () => {
    await expect(await screen.findByShadowRole('alert', {}, { timeout: 15_000 })).toBeVisible();
    await expect(button('Retry')).toBeVisible();
  },
};

export const Forbidden: Story = {
  parameters: { mocks: { handlers: [forbidOperation('listClientUsers')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Access denied')).toBeVisible();
  },
};

export const NotFound: Story = {
  args: { clientId: 'cl_0000000000000000' },
  play: async () => {
    await expect(await screen.findByShadowText('Not found')).toBeVisible();
  },
};

export const NotFoundScenario: Story = {
  parameters: { mocks: { handlers: [notFoundOperation('listClientUsers')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Not found')).toBeVisible();
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async () => {
    await expect(await screen.findByShadowRole('table', { name: 'Benutzer' })).toBeVisible();
    await expect(button('Benutzer zuordnen')).toBeVisible();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async () => {
    await table();
  },
};

/** As the Users tab of `<client-detail-tabs>` (the frame loads the panel when the tab opens). */
export const InClientDetailTabs: Story = {
  render: (args) =>
    html`<client-detail-tabs client-id=${args.clientId} active-tab="users"></client-detail-tabs>`,
  play: async () => {
    await expect(await screen.findByShadowRole('tab', { name: 'Users' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(await table()).toBeVisible();
    await expect(button('Change role of Astrid Meier')).toBeVisible();
  },
};
