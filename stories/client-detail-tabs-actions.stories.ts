import '@clientele/elements/define/client-detail-tabs';
import { failOperation } from '@clientele/mocks';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { screen, within } from 'shadow-dom-testing-library';
import { expect, userEvent, waitFor } from 'storybook/test';
import { type Args, baseMeta, header, LOAD } from './client-detail-tabs.shared.ts';

/**
 * `<client-detail-tabs>`'s header actions, each with its dialog (loaded on first use):
 * success and failure. The other stories are in `client-detail-tabs.stories.ts`.
 */
const meta: Meta<Args> = {
  ...baseMeta,
  title: 'Widgets/client-detail-tabs/Actions',
  parameters: { ...baseMeta.parameters },
};
export default meta;

type Story = StoryObj<Args>;

/** Types over what a field holds (the user's select-all, which testing-library's `clear` cannot do inside a shadow root). */
async function retype(input: HTMLElement, text: string) {
  (input as HTMLInputElement).value = '';
  await userEvent.type(input, text);
}

async function openDialog(action: string, name: RegExp) {
  await header();
  await userEvent.click(screen.getByShadowRole('button', { name: action }));
  const dialog = await screen.findByShadowRole('dialog', { name }, LOAD);
  return { dialog, inDialog: within(dialog) };
}

export const EditDetails: Story = {
  play: async ({ args }) => {
    const { dialog, inDialog } = await openDialog('Edit details', /^Edit /);
    const phone = inDialog.getByShadowRole('textbox', { name: 'Phone' });
    await retype(phone, '+1 555 0142');
    await userEvent.click(inDialog.getByShadowRole('button', { name: 'Save' }));
    await waitFor(() => expect(dialog.isConnected).toBe(false), LOAD);
    await expect(await screen.findByShadowText('+1 555 0142', {}, LOAD)).toBeVisible();
    await expect(args.onChange).toHaveBeenCalled();
  },
};

/** The API refuses: its problem shows in the dialog, and what was typed stays. */
export const EditFails: Story = {
  parameters: { mocks: { handlers: [failOperation('updateClient', { status: 500 })] } },
  play: async () => {
    const { inDialog } = await openDialog('Edit details', /^Edit /);
    const city = inDialog.getByShadowRole('textbox', { name: 'City' });
    await retype(city, 'Typed City');
    await userEvent.click(inDialog.getByShadowRole('button', { name: 'Save' }));
    await expect(await inDialog.findByShadowRole('alert', {}, LOAD)).toBeVisible();
    await expect(city).toHaveValue('Typed City');
  },
};

/** Someone else saved meanwhile (412): their values beside the edits; save again or discard. */
export const EditConflict: Story = {
  play: async () => {
    const { inDialog } = await openDialog('Edit details', /^Edit /);
    // Another staff member changes the city behind the form's back.
    const headers = { Authorization: 'Bearer admin-token', 'Content-Type': 'application/json' };
    const current = await fetch('/api/clients/cl_3edc3d127e45365d', { headers });
    await fetch('/api/clients/cl_3edc3d127e45365d', {
      method: 'PATCH',
      headers: { ...headers, 'If-Match': current.headers.get('ETag') ?? '' },
      body: JSON.stringify({ city: 'Elsewhere' }),
    });
    const city = inDialog.getByShadowRole('textbox', { name: 'City' });
    await retype(city, 'Mine');
    await userEvent.click(inDialog.getByShadowRole('button', { name: 'Save' }));
    await expect(
      await inDialog.findByShadowText('Someone else changed this client', {}, LOAD),
    ).toBeVisible();
    await expect(inDialog.getByShadowText('On the server now: Elsewhere')).toBeVisible();
    await expect(city).toHaveValue('Mine');
    await userEvent.click(inDialog.getByShadowRole('button', { name: 'Discard my edits' }));
    await expect(city).toHaveValue('Elsewhere');
  },
};

export const Suspend: Story = {
  play: async () => {
    const { dialog, inDialog } = await openDialog('Suspend', /^Suspend /);
    await userEvent.selectOptions(
      inDialog.getByShadowRole('combobox', { name: 'Reason' }),
      'credit',
    );
    await userEvent.click(inDialog.getByShadowRole('button', { name: 'Suspend' }));
    await waitFor(() => expect(dialog.isConnected).toBe(false), LOAD);
    await expect(await screen.findByShadowRole('button', { name: 'Resume' }, LOAD)).toBeVisible();
  },
};

export const LogInAs: Story = {
  play: async ({ args }) => {
    const { dialog, inDialog } = await openDialog('Log in as client', /^Log in as /);
    await userEvent.click(inDialog.getByShadowRole('button', { name: 'Log in as client' }));
    await expect(await inDialog.findByShadowText('Fill in this field.')).toBeVisible();
    await userEvent.type(
      inDialog.getByShadowRole('textbox', { name: /^Reason/ }),
      'Reproduce a failing volume attach',
    );
    // The host owns the redirect: it cancels the widget's default (a new tab).
    const widget = document.querySelector('client-detail-tabs')!;
    widget.addEventListener('client-impersonate', (event) => event.preventDefault(), {
      once: true,
    });
    await userEvent.click(inDialog.getByShadowRole('button', { name: 'Log in as client' }));
    await waitFor(() => expect(dialog.isConnected).toBe(false), LOAD);
    await expect(args.onImpersonate).toHaveBeenCalled();
  },
};

export const Delete: Story = {
  play: async () => {
    const { inDialog } = await openDialog('Delete', /^Delete /);
    await userEvent.type(inDialog.getByShadowRole('textbox', { name: /to confirm$/ }), 'nope');
    await userEvent.click(inDialog.getByShadowRole('button', { name: 'Delete' }));
    await expect(await inDialog.findByShadowText(/exactly as shown\.$/)).toBeVisible();
  },
};

export const CreateSimilar: Story = {
  play: async ({ args }) => {
    const { dialog, inDialog } = await openDialog('Create similar', /^Create a client like /);
    await userEvent.type(inDialog.getByShadowRole('textbox', { name: 'First name' }), 'Mihai');
    await userEvent.type(inDialog.getByShadowRole('textbox', { name: 'Last name' }), 'Ionescu');
    await userEvent.type(
      inDialog.getByShadowRole('textbox', { name: 'Email' }),
      'mihai@example.net',
    );
    await userEvent.click(inDialog.getByShadowRole('button', { name: 'Create client' }));
    await waitFor(() => expect(dialog.isConnected).toBe(false), LOAD);
    await expect(args.onSelect).toHaveBeenCalled();
  },
};

export const SendEmail: Story = {
  play: async () => {
    const { dialog, inDialog } = await openDialog('Send email', /^Email /);
    await userEvent.type(inDialog.getByShadowRole('textbox', { name: 'Subject' }), 'Maintenance');
    await userEvent.type(inDialog.getByShadowRole('textbox', { name: 'Message' }), 'On Monday.');
    await userEvent.click(inDialog.getByShadowRole('button', { name: 'Send' }));
    await waitFor(() => expect(dialog.isConnected).toBe(false), LOAD);
    await expect(await screen.findByShadowText(/^Email sent to /, {}, LOAD)).toBeInTheDocument();
  },
};

export const SendEmailFails: Story = {
  parameters: { mocks: { handlers: [failOperation('emailClient', { status: 500 })] } },
  play: async () => {
    const { inDialog } = await openDialog('Send email', /^Email /);
    await userEvent.type(inDialog.getByShadowRole('textbox', { name: 'Subject' }), 'Maintenance');
    await userEvent.type(inDialog.getByShadowRole('textbox', { name: 'Message' }), 'On Monday.');
    await userEvent.click(inDialog.getByShadowRole('button', { name: 'Send' }));
    await expect(await inDialog.findByShadowRole('alert', {}, LOAD)).toBeVisible();
    await expect(inDialog.getByShadowRole('textbox', { name: 'Message' })).toHaveValue(
      'On Monday.',
    );
  },
};
