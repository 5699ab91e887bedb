import '@clientele/elements/define/quota-editor';
import {
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
 * `<quota-editor>`: a client's quotas, and the limits staff change safely. The stories load
 * through the SDK from the in-browser mocks (via the provider the preview wraps every story
 * in), whose quota handlers have the contract's semantics: If-Match, below-usage refusals,
 * resets and change requests.
 */
interface Args {
  clientId: string;
  readonly: boolean;
  onSave: (event: Event) => void;
  onRequest: (event: Event) => void;
}

/** Seeded clients of the mock data (seed 1). */
const CLIENTS = {
  /** 14 instances; snapshots unlimited; no pending request. */
  loaded: 'cl_4bc3cc2487c4f705',
  /** Three unlimited resources. */
  unlimited: 'cl_4768ffcac8122f1d',
  /** A pending change request from a colleague. */
  pending: 'cl_e79bc4aa41919a38',
} as const;

const meta: Meta<Args> = {
  title: 'Widgets/quota-editor',
  component: 'quota-editor',
  args: { clientId: CLIENTS.loaded, readonly: false, onSave: fn(), onRequest: fn() },
  argTypes: { clientId: { control: 'text' } },
  parameters: { docs: { story: { inline: false, height: '760px' } } },
  render: (args) =>
    html`<quota-editor
      client-id=${args.clientId || nothing}
      ?readonly=${args.readonly}
      @quota-save=${args.onSave}
      @quota-request=${args.onRequest}
    ></quota-editor>`,
};
export default meta;

type Story = StoryObj<Args>;

const table = () => screen.findByShadowRole('table', { name: 'Quotas' });
const field = (name: string) => screen.getByShadowRole('textbox', { name: `${name} limit` });
/** Replaces a field's text as a user does (select all, type). */
async function typeInto(element: HTMLElement, text: string) {
  await userEvent.click(element);
  await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
  if (text) await userEvent.keyboard(text);
}
/** Whether the element has focus (inside its shadow root, where `document.activeElement` is the host). */
const focused = (element: HTMLElement) => element.matches(':focus');
const escaped = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const row = (resource: string) => {
  const cell = screen.getByShadowRole('rowheader', { name: new RegExp(`^${resource}`) });
  return within(cell.closest('tr') as HTMLElement);
};

/** A staff member with every permission: usage, limits to edit, defaults. */
export const Loaded: Story = {
  play: async ({ step }) => {
    await table();
    await expect(screen.getAllByShadowRole('row')).toHaveLength(15);
    const meter = screen.getByShadowRole('meter', { name: 'Instances: Usage' });
    await expect(meter.getAttribute('aria-valuetext')).toMatch(/^\d+ of \d+ \(\d+%\)/);
    await step('steppers and arrow keys change a limit; the row says it is edited', async () => {
      const instances = field('Instances');
      const before = Number((instances as HTMLInputElement).value);
      await userEvent.click(screen.getByShadowRole('button', { name: 'Increase Instances limit' }));
      await userEvent.click(instances);
      await userEvent.keyboard('{ArrowUp}');
      await expect(instances).toHaveValue(String(before + 2));
      await expect(row('Instances').getByShadowText('Edited')).toBeVisible();
      await expect(screen.getByShadowText('1 limit changed')).toBeVisible();
      await userEvent.keyboard('{Escape}');
      await expect(instances).toHaveValue(String(before));
      await expect(screen.getByShadowText('No changes')).toBeVisible();
    });
  },
};

/** Save: a summary of old -> new, then one request; the success is announced. */
export const Save: Story = {
  play: async ({ args }) => {
    await table();
    await typeInto(field('Floating IPs'), '12{Enter}');
    const dialog = await screen.findByShadowRole('dialog', { name: 'Save quota changes' });
    await expect(within(dialog).getByShadowText(/Floating IPs: \d+ → 12/)).toBeVisible();
    await userEvent.click(within(dialog).getByShadowRole('button', { name: 'Save 1 change' }));
    await waitFor(() =>
      expect(screen.getByShadowRole('status')).toHaveTextContent('Saved: 1 limit changed.'),
    );
    await expect(args.onSave).toHaveBeenCalledOnce();
    await expect(field('Floating IPs')).toHaveValue('12');
  },
};

/** A resource with no limit: the switch is on, the field hidden, the meter says "No limit". */
export const Unlimited: Story = {
  args: { clientId: CLIENTS.unlimited },
  play: async () => {
    await table();
    const snapshots = screen.getByShadowRole('switch', { name: 'Snapshots: unlimited' });
    await expect(snapshots).toBeChecked();
    await expect(row('Snapshots').getByShadowText(/No limit/)).toBeVisible();
    await userEvent.click(snapshots);
    await expect(field('Snapshots')).toBeVisible();
    await expect(row('Snapshots').getByShadowText('Edited')).toBeVisible();
  },
};

/** Limits are checked as typed: letters, negatives, decimals and numbers past the maximum. */
export const Validation: Story = {
  play: async ({ step }) => {
    await table();
    const cases = [
      ['abc', 'Use digits only (0–9).'],
      ['-3', 'A limit cannot be negative.'],
      ['2.5', 'Use a whole number, without decimals.'],
      ['99999999999', 'The largest limit is 2,147,483,647.'],
    ] as const;
    for (const [typed, message] of cases) {
      await step(`"${typed}": ${message}`, async () => {
        await typeInto(field('Ports'), `${typed}{Enter}`);
        await expect(field('Ports')).toHaveAccessibleDescription(escaped(message));
        await expect(focused(field('Ports'))).toBe(true);
        await expect(screen.queryByShadowRole('dialog')).toBeNull();
      });
    }
  },
};

/** A limit below in use + reserved is flagged on its row and needs an explicit force. */
export const BelowUsage: Story = {
  play: async ({ args }) => {
    await table();
    await typeInto(field('Instances'), '1');
    await expect(field('Instances')).toHaveAccessibleDescription(/Below what is in use/);
    await userEvent.click(screen.getByShadowRole('button', { name: 'Review and save…' }));
    const dialog = await screen.findByShadowRole('dialog', { name: 'Save quota changes' });
    await userEvent.click(within(dialog).getByShadowRole('button', { name: 'Save 1 change' }));
    const force = within(dialog).getByShadowRole('checkbox', {
      name: 'Apply the limits below current usage anyway',
    });
    await expect(force).toHaveAccessibleDescription(/Confirm that limits below usage/);
    await userEvent.click(force);
    await userEvent.click(within(dialog).getByShadowRole('button', { name: 'Save 1 change' }));
    await waitFor(() => expect(args.onSave).toHaveBeenCalledOnce());
    await expect(args.onSave).toHaveBeenCalledWith(
      expect.objectContaining({ detail: expect.objectContaining({ force: true }) }),
    );
  },
};

/** A colleague saved meanwhile: the 412 view shows their values beside the user's edits. */
export const Conflict: Story = {
  play: async ({ step }) => {
    await table();
    await typeInto(field('Ports'), '77');
    await step('a colleague changes the quotas', async () => {
      const response = await fetch(`/api/clients/${CLIENTS.loaded}/quotas`, {
        method: 'PUT',
        headers: {
          Authorization: 'Bearer admin-token',
          'Content-Type': 'application/json',
          'If-Match': '*',
        },
        body: JSON.stringify({ limits: { ports: 66, routers: 9 } }),
      });
      await expect(response.status).toBe(200);
    });
    await userEvent.click(screen.getByShadowRole('button', { name: 'Review and save…' }));
    const dialog = await screen.findByShadowRole('dialog', { name: 'Save quota changes' });
    await userEvent.click(within(dialog).getByShadowRole('button', { name: 'Save 1 change' }));
    const conflict = await screen.findByShadowRole('region', {
      name: 'Someone else changed these quotas',
    });
    await expect(within(conflict).getByShadowRole('row', { name: /Ports .* 66 77/ })).toBeVisible();
    await expect(
      within(conflict).getByShadowRole('row', { name: /Routers .* 9 No edit/ }),
    ).toBeVisible();
    await expect(field('Ports')).toHaveValue('77');
    await step('reapply the edit to the new version', async () => {
      await userEvent.click(
        within(conflict).getByShadowRole('button', { name: 'Reapply my edits to the new version' }),
      );
      await expect(screen.queryByShadowRole('region', { name: /Someone else/ })).toBeNull();
      await expect(field('Ports')).toHaveValue('77');
      await expect(row('Ports').getByShadowText('Was 66')).toBeVisible();
    });
  },
};

/** Read only (the `readonly` attribute): values, no fields, and the reason. */
export const ReadOnly: Story = {
  args: { readonly: true },
  play: async () => {
    await table();
    await expect(screen.queryAllByShadowRole('textbox')).toHaveLength(0);
    const save = screen.getByShadowRole('button', { name: 'Review and save…' });
    await expect(save).toHaveAttribute('aria-disabled', 'true');
    await expect(save).toHaveAccessibleDescription(/Read only/);
  },
};

/** An auditor sees the limits and why they cannot change them. */
export const Auditor: Story = {
  parameters: { mocks: { persona: 'auditor' } },
  play: async () => {
    await table();
    await expect(screen.queryAllByShadowRole('textbox')).toHaveLength(0);
    await expect(
      await screen.findByShadowText('Your account may view these limits but not change them.'),
    ).toBeVisible();
  },
};

/** A colleague's pending request: approve (applied with If-Match) or reject with a reason. */
export const RequestPending: Story = {
  args: { clientId: CLIENTS.pending },
  play: async ({ args }) => {
    const requests = await screen.findByShadowRole('region', { name: '1 pending change request' });
    await expect(within(requests).getByShadowText(/Asked by/)).toBeVisible();
    await userEvent.click(within(requests).getByShadowRole('button', { name: 'Approve…' }));
    const dialog = await screen.findByShadowRole('dialog', { name: 'Approve the change request' });
    await userEvent.click(within(dialog).getByShadowRole('button', { name: 'Approve and apply' }));
    await waitFor(() => expect(args.onRequest).toHaveBeenCalledOnce());
    await expect(args.onSave).toHaveBeenCalledWith(
      expect.objectContaining({ detail: expect.objectContaining({ action: 'approve' }) }),
    );
    await waitFor(() => expect(screen.queryByShadowRole('region', { name: /pending/ })).toBeNull());
  },
};

/** Support staff may only propose: the same fields, a reason, and nothing changes yet. */
export const ProposeChange: Story = {
  parameters: { mocks: { persona: 'support' } },
  play: async ({ args }) => {
    await table();
    await typeInto(field('vCPUs'), '96{Enter}');
    const dialog = await screen.findByShadowRole('dialog', { name: 'Propose a quota change' });
    await userEvent.click(within(dialog).getByShadowRole('button', { name: 'Send proposal' }));
    await waitFor(() =>
      expect(focused(within(dialog).getByShadowRole('textbox', { name: 'Reason' }))).toBe(true),
    );
    await userEvent.type(
      within(dialog).getByShadowRole('textbox', { name: 'Reason' }),
      'Migration.',
    );
    await userEvent.click(within(dialog).getByShadowRole('button', { name: 'Send proposal' }));
    await waitFor(() => expect(args.onRequest).toHaveBeenCalledOnce());
    await expect(
      await screen.findByShadowRole('region', { name: '1 pending change request' }),
    ).toBeVisible();
    await expect(args.onSave).not.toHaveBeenCalled();
  },
};

/** A narrow container (a tab panel, a phone): each resource becomes a block. */
export const Narrow: Story = {
  render: (args) =>
    html`<div style="max-inline-size: 360px"><quota-editor client-id=${args.clientId}></quota-editor></div>`,
  play: async () => {
    await table();
    await expect(field('Instances')).toBeVisible();
  },
};

export const Loading: Story = {
  parameters: { mocks: { handlers: [hangOperation('getClientQuotas')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Loading…')).toBeInTheDocument();
  },
};

export const Empty: Story = {
  parameters: {
    mocks: {
      handlers: [
        http.get('/api/clients/:id/quotas', ({ params }) =>
          HttpResponse.json(
            { client_id: params.id, items: [], updated_at: '2026-02-01T10:00:00Z' },
            { headers: { ETag: '"q1"' } },
          ),
        ),
      ],
    },
  },
  play: async () => {
    await expect(await screen.findByShadowText('Nothing to show')).toBeVisible();
  },
};

export const ServerError: Story = {
  parameters: { mocks: { handlers: [failOperation('getClientQuotas', { status: 500 })] } },
  play: async () => {
    const alert = await screen.findByShadowRole('alert');
    await expect(alert).toHaveTextContent(/Internal server error/);
    await expect(screen.getByShadowRole('button', { name: 'Retry' })).toBeVisible();
  },
};

export const SaveFails: Story = {
  parameters: { mocks: { handlers: [failOperation('updateClientQuotas', { status: 503 })] } },
  play: async () => {
    await table();
    await typeInto(field('Images'), '8{Enter}');
    const dialog = await screen.findByShadowRole('dialog', { name: 'Save quota changes' });
    await userEvent.click(within(dialog).getByShadowRole('button', { name: 'Save 1 change' }));
    await expect(await within(dialog).findByShadowRole('alert')).toHaveTextContent(
      /Service unavailable/,
    );
    await userEvent.click(within(dialog).getByShadowRole('button', { name: 'Cancel' }));
    await expect(field('Images')).toHaveValue('8');
  },
};

export const Forbidden: Story = {
  parameters: { mocks: { handlers: [forbidOperation('getClientQuotas')] } },
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
  parameters: { mocks: { handlers: [notFoundOperation('getClientQuotas')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Not found')).toBeVisible();
  },
};

export const SlowNetwork: Story = {
  parameters: { mocks: { handlers: [slowNetwork({ delayMs: 800 })] } },
  play: async () => {
    await table();
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async () => {
    await expect(await screen.findByShadowRole('table', { name: 'Kontingente' })).toBeVisible();
    await expect(screen.getByShadowRole('textbox', { name: 'Limit für Instanzen' })).toBeVisible();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async () => {
    await table();
  },
};
