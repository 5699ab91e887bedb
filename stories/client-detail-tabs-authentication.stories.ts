import '@clientele/elements/define/client-detail-tabs';
import { defineClientAuthenticationTab } from '@clientele/elements';
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
 * `<client-authentication-tab>`: the Authentication tab of `<client-detail-tabs>` (Stack
 * Console's), shown here on its own (it needs nothing from the tab frame but a `client-id`).
 * The stories load through the SDK from the in-browser mocks, whose rules are the API's: a
 * block is audited in the activity log, an ended session is gone, a second password reset
 * within a minute is refused. Sessions are opened through the impersonate endpoints first.
 */
interface Args {
  clientId: string;
  onChange: (event: Event) => void;
}

/** A seeded client with two-factor on (app and email), 302 verification records and two owners. */
const CLIENT = 'cl_9e5674abf21362e1';
/** A seeded client whose sign-in a staff member blocked. */
const BLOCKED = 'cl_9de7c2b6c4ee642b';
/** A seeded client with two-factor off and nothing else to show. */
const QUIET = 'cl_bd12fc3d1faf4f5c';
const LOAD = { timeout: 8000 };

const meta: Meta<Args> = {
  title: 'Widgets/client-detail-tabs/Authentication',
  component: 'client-authentication-tab',
  // The panel is its own chunk, registered on demand (as the tab frame does when it opens).
  loaders: [async () => ({ defined: await defineClientAuthenticationTab() })],
  parameters: { docs: { story: { height: '640px' } } }, // room for the dialogs
  args: { clientId: CLIENT, onChange: fn() },
  render: (args) =>
    html`<client-authentication-tab
      client-id=${args.clientId}
      @client-authentication-change=${args.onChange}
    ></client-authentication-tab>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The mock API as the admin persona (to set a story up, or to check what it recorded). */
async function api(path: string, init: RequestInit = {}) {
  const response = await fetch(`/api${path}`, {
    ...init,
    headers: { Authorization: 'Bearer admin-token', 'Content-Type': 'application/json' },
  });
  return response.status === 204 ? undefined : response.json();
}

/** Opens a session as the client and one as its first user, then shows them. */
async function openSessions(clientId: string) {
  await api(`/clients/${clientId}/impersonate`, {
    method: 'POST',
    body: JSON.stringify({ reason: 'Reproduce a failing volume attach (T-100234)' }),
  });
  const users = await api(`/clients/${clientId}/users`);
  await api(`/clients/${clientId}/users/${users.items[0].id}/impersonate`, {
    method: 'POST',
    body: JSON.stringify({
      reason: 'See the billing page as the owner does',
      duration_minutes: 15,
    }),
  });
  await document.querySelector('client-authentication-tab')?.reload();
}

const button = (name: string) => screen.getByShadowRole('button', { name });
const loaded = () => screen.findByShadowRole('heading', { name: 'Signing in' }, LOAD);
async function openDialog(name: string) {
  await loaded();
  await userEvent.click(button(name));
  return within(await screen.findByShadowRole('dialog'));
}

/** Two-factor in words, the sign-in status, the verification records (a windowed grid). */
export const Loaded: Story = {
  play: async () => {
    await loaded();
    await expect(screen.getByShadowText('On: authenticator app and email code')).toBeVisible();
    const grid = await screen.findByShadowRole('grid', { name: 'Verification records' }, LOAD);
    await expect(grid).toHaveAttribute('aria-rowcount', '303');
    await expect(screen.getByShadowText('302 checks')).toBeVisible();
  },
};

/** Blocked by a staff member: by whom, when and why; Allow sign-in instead of Block. */
export const Blocked: Story = {
  args: { clientId: BLOCKED },
  play: async () => {
    await loaded();
    await expect(
      screen.getByShadowText('Blocked: no user of this client can sign in'),
    ).toBeVisible();
    await expect(button('Allow sign-in')).toBeVisible();
  },
};

/**
 * Blocking sign-in: the reason is required (the form's own message, by click and Enter
 * alike); once blocked, the client's activity log has it, in the security category.
 */
export const Block: Story = {
  play: async ({ args }) => {
    const form = await openDialog('Block sign-in');
    const reason = form.getByShadowRole('textbox', { name: 'Reason' });
    await userEvent.click(form.getByShadowRole('button', { name: 'Block sign-in' }));
    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'));
    await expect(reason).toHaveAccessibleDescription(/^Fill in this field\./);
    await userEvent.type(reason, 'Sign-ins from an unknown country{Enter}');
    await waitFor(() => expect(args.onChange).toHaveBeenCalled());
    await expect(
      await screen.findByShadowText('Reason: Sign-ins from an unknown country'),
    ).toBeVisible();
    const log = await api(`/clients/${CLIENT}/activity?category=security&limit=1`);
    await expect(log.items[0]).toMatchObject({
      action: 'client.sign_in_blocked',
      category: 'security',
      actor: { id: 'stf_admin' },
      parameters: { reason: 'Sign-ins from an unknown country' },
    });
  },
};

/** The server fails: the dialog says so, keeps the reason, and its button reads Retry. */
export const BlockFailed: Story = {
  parameters: { mocks: { handlers: [failOperation('blockClientSignIn', { status: 500 })] } },
  play: async () => {
    const form = await openDialog('Block sign-in');
    const reason = form.getByShadowRole('textbox', { name: 'Reason' });
    await userEvent.type(reason, 'Stolen laptop');
    await userEvent.click(form.getByShadowRole('button', { name: 'Block sign-in' }));
    await expect(await form.findByShadowRole('alert', {}, LOAD)).toHaveTextContent(
      /could not be blocked/,
    );
    await expect(reason).toHaveValue('Stolen laptop');
    await expect(form.getByShadowRole('button', { name: 'Retry' })).toBeVisible();
  },
};

export const Unblock: Story = {
  args: { clientId: BLOCKED },
  play: async ({ args }) => {
    const form = await openDialog('Allow sign-in');
    await userEvent.click(form.getByShadowRole('button', { name: 'Allow sign-in' }));
    await waitFor(() => expect(args.onChange).toHaveBeenCalled());
    await expect(
      await screen.findByShadowText("Allowed: the client's users can sign in"),
    ).toBeVisible();
  },
};

export const UnblockFailed: Story = {
  args: { clientId: BLOCKED },
  parameters: { mocks: { handlers: [failOperation('unblockClientSignIn', { status: 500 })] } },
  play: async () => {
    const form = await openDialog('Allow sign-in');
    await userEvent.click(form.getByShadowRole('button', { name: 'Allow sign-in' }));
    await expect(await form.findByShadowRole('alert', {}, LOAD)).toHaveTextContent(
      /could not be allowed/,
    );
  },
};

/** A reset goes to the client's owners, named in the answer; a second within a minute is refused. */
export const PasswordReset: Story = {
  play: async () => {
    let form = await openDialog('Send password reset');
    await userEvent.click(form.getByShadowRole('button', { name: 'Send reset' }));
    await waitFor(() =>
      expect(screen.getByShadowRole('status')).toHaveTextContent(
        /was sent to Astrid O.Brien \(.+\) and Lukas Li \(.+\)\./,
      ),
    );
    form = await openDialog('Send password reset');
    await userEvent.click(form.getByShadowRole('button', { name: 'Send reset' }));
    await expect(await form.findByShadowRole('alert', {}, LOAD)).toHaveTextContent(
      /less than a minute ago/,
    );
  },
};

export const PasswordResetFailed: Story = {
  parameters: { mocks: { handlers: [failOperation('sendClientPasswordReset', { status: 500 })] } },
  play: async () => {
    const form = await openDialog('Send password reset');
    await userEvent.click(form.getByShadowRole('button', { name: 'Send reset' }));
    await expect(await form.findByShadowRole('alert', {}, LOAD)).toHaveTextContent(
      /could not be sent/,
    );
  },
};

/** Sessions opened through the impersonate endpoints; ending one makes it gone. */
export const EndSession: Story = {
  play: async () => {
    await loaded();
    await openSessions(CLIENT);
    const sessions = await screen.findByShadowRole('table', {
      name: 'Active impersonation sessions',
    });
    await expect(within(sessions).getAllByShadowRole('row')).toHaveLength(3);
    const end = within(sessions).getAllByShadowRole('button', { name: /^End the session of/ })[0]!;
    await userEvent.click(end);
    const form = within(await screen.findByShadowRole('dialog'));
    await userEvent.click(form.getByShadowRole('button', { name: 'End session' }));
    await waitFor(() => expect(within(sessions).getAllByShadowRole('row')).toHaveLength(2));
  },
};

export const EndSessionFailed: Story = {
  parameters: {
    mocks: { handlers: [failOperation('endClientImpersonationSession', { status: 500 })] },
  },
  play: async () => {
    await loaded();
    await openSessions(CLIENT);
    const end = await screen.findAllByShadowRole('button', { name: /^End the session of/ }, LOAD);
    await userEvent.click(end[0]!);
    const form = within(await screen.findByShadowRole('dialog'));
    await userEvent.click(form.getByShadowRole('button', { name: 'End session' }));
    await expect(await form.findByShadowRole('alert', {}, LOAD)).toHaveTextContent(
      /could not be ended/,
    );
  },
};

export const EndAllSessions: Story = {
  play: async () => {
    await loaded();
    await openSessions(CLIENT);
    const form = await openDialog('End all sessions');
    await userEvent.click(form.getByShadowRole('button', { name: 'End all sessions' }));
    await expect(
      await screen.findByShadowText(
        'No one is signed in as this client or its users now.',
        {},
        LOAD,
      ),
    ).toBeVisible();
  },
};

/** The auditor sees everything; every change is disabled and says why. */
export const Auditor: Story = {
  parameters: { mocks: { persona: 'auditor' } },
  play: async () => {
    await loaded();
    const block = button('Block sign-in');
    await waitFor(() => expect(block).toHaveAttribute('aria-disabled', 'true'));
    await expect(block).toHaveAccessibleDescription(
      "Your account may see this client's sign-in security but not change it.",
    );
  },
};

/** In a narrow place the status blocks wrap, the sessions' rows stack and the grid drops columns. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-inline-size: 360px">${story()}</div>`],
  play: async () => {
    const records = await screen.findByShadowRole('grid', { name: 'Verification records' }, LOAD);
    await waitFor(() =>
      expect(records.scrollWidth).toBeLessThanOrEqual(records.parentElement!.clientWidth),
    );
  },
};

export const Loading: Story = {
  parameters: { mocks: { handlers: [hangOperation('getClientAuthentication')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Loading…')).toBeInTheDocument();
  },
};

export const Empty: Story = {
  args: { clientId: QUIET },
  parameters: { mocks: { handlers: [emptyList('listClientVerifications')] } },
  play: async () => {
    await loaded();
    await expect(screen.getByShadowText('No sign-in activity yet')).toBeVisible();
    await expect(button('Block sign-in')).toBeVisible();
  },
};

export const ServerError: Story = {
  parameters: { mocks: { handlers: [failOperation('getClientAuthentication', { status: 500 })] } },
  play: async () => {
    await expect(await screen.findByShadowRole('alert', {}, LOAD)).toBeVisible();
    await expect(button('Retry')).toBeVisible();
  },
};

export const Forbidden: Story = {
  parameters: { mocks: { handlers: [forbidOperation('getClientAuthentication')] } },
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
  parameters: { mocks: { handlers: [notFoundOperation('getClientAuthentication')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Not found', {}, LOAD)).toBeVisible();
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async () => {
    await expect(
      await screen.findByShadowText('An: Authenticator-App und Code per E-Mail', {}, LOAD),
    ).toBeVisible();
    await expect(button('Anmeldung sperren')).toBeVisible();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async () => {
    await loaded();
  },
};

/** As the Authentication tab of `<client-detail-tabs>` (the frame loads the panel when the tab opens). */
export const InClientDetailTabs: Story = {
  render: (args) =>
    html`<client-detail-tabs client-id=${args.clientId} active-tab="authentication"></client-detail-tabs>`,
  play: async () => {
    await expect(
      await screen.findByShadowRole('tab', { name: 'Authentication' }, LOAD),
    ).toHaveAttribute('aria-selected', 'true');
    await loaded();
  },
};
