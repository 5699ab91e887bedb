import '@clientele/elements/define/client-detail-tabs';
import { defineClientDomainsTab } from '@clientele/elements';
import {
  emptyList,
  failOperation,
  forbidOperation,
  hangOperation,
  notFoundOperation,
} from '@clientele/mocks';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { HttpResponse, http } from 'msw';
import { screen, within } from 'shadow-dom-testing-library';
import { expect, fn, userEvent, waitFor } from 'storybook/test';

/**
 * `<client-domains-tab>`: the Domains tab of `<client-detail-tabs>`, shown here on its own
 * (it needs nothing from the tab frame but a `client-id`), over the in-browser mocks, whose
 * rules are the API's: a name already registered answers 409, an Idempotency-Key replays
 * its first answer.
 */
interface Args {
  clientId: string;
  onOpen: (event: Event) => void;
}

/** A seeded client with four domains (Willow Home B.V.). */
const CLIENT = 'cl_69f3b6cf93a21833';

const meta: Meta<Args> = {
  title: 'Widgets/client-detail-tabs/Domains',
  component: 'client-domains-tab',
  loaders: [async () => ({ defined: await defineClientDomainsTab() })],
  parameters: { docs: { story: { height: '560px' } } }, // room for the dialog
  args: { clientId: CLIENT, onOpen: fn((event: Event) => event.preventDefault()) },
  render: (args) =>
    html`<client-domains-tab client-id=${args.clientId} @resource-open=${args.onOpen}></client-domains-tab>`,
};
export default meta;

type Story = StoryObj<Args>;

const LOAD = { timeout: 8000 };
const table = () => screen.findByShadowRole('table', { name: 'Domains' }, LOAD);
const button = (name: string) => screen.getByShadowRole('button', { name });
async function openForm() {
  await table();
  await userEvent.click(button('Register domain'));
  const form = within(await screen.findByShadowRole('dialog', {}, LOAD));
  return { form, name: await form.findByShadowRole('textbox', { name: 'Domain name' }) };
}
const submit = (form: ReturnType<typeof within>) =>
  form.getByShadowRole('button', { name: 'Register' });

/** The domains the mock holds for the client, counted through the API. */
async function domainsOnTheMock(): Promise<string[]> {
  const response = await fetch(`/api/clients/${CLIENT}/domains?limit=200`, {
    headers: { Authorization: 'Bearer admin-token' },
  });
  const page = (await response.json()) as { items: { name: string }[] };
  return page.items.map((d) => d.name);
}

/** Name, status in words, id, created and expiry dates. */
export const Loaded: Story = {
  play: async () => {
    await table();
    for (const name of ['Domain', 'Status', 'ID', 'Created', 'Expires']) {
      await expect(screen.getByShadowRole('columnheader', { name })).toBeVisible();
    }
    await expect(screen.getByShadowText('4 domains')).toBeVisible();
  },
};

/** Registering a name: it appears in the list, pending. */
export const Register: Story = {
  play: async () => {
    const { form, name } = await openForm();
    await userEvent.type(name, 'willow-garden.example');
    await userEvent.selectOptions(
      form.getByShadowRole('combobox', { name: 'Registration period' }),
      '3',
    );
    await userEvent.click(submit(form));
    const row = await screen.findByShadowRole('row', { name: /willow-garden\.example/ }, LOAD);
    await expect(row).toHaveTextContent(/Pending/);
  },
};

/** A double click on Register makes one domain: counted on the mock. */
export const DoubleSubmit: Story = {
  play: async () => {
    const before = (await domainsOnTheMock()).length;
    const { form, name } = await openForm();
    await userEvent.type(name, 'willow-twice.example');
    await userEvent.dblClick(submit(form));
    await screen.findByShadowRole('row', { name: /willow-twice\.example/ }, LOAD);
    const after = await domainsOnTheMock();
    await expect(after.length).toBe(before + 1);
    await expect(after.filter((n) => n === 'willow-twice.example')).toHaveLength(1);
  },
};

/** The API's 409: the name is taken, said on the name field; the input stays. */
export const Taken: Story = {
  play: async () => {
    const { name, form } = await openForm();
    await userEvent.type(name, 'example.com');
    await userEvent.click(submit(form));
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    await expect(name).toHaveAccessibleDescription(/^example\.com is already registered\./);
    await expect(name).toHaveValue('example.com');
  },
};

/** The API's 422 on a field lands on that field. */
export const RefusedField: Story = {
  parameters: {
    mocks: {
      handlers: [
        http.post('/api/clients/:id/domains', () =>
          HttpResponse.json(
            {
              type: 'https://clientele.dev/problems/validation',
              title: 'Validation failed',
              status: 422,
              errors: [{ field: 'years', code: 'maximum', message: 'At most 5 years here.' }],
            },
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      ],
    },
  },
  play: async () => {
    const { form, name } = await openForm();
    await userEvent.type(name, 'willow-long.example');
    await userEvent.click(submit(form));
    const years = form.getByShadowRole('combobox', { name: 'Registration period' });
    await waitFor(() => expect(years).toHaveAttribute('aria-invalid', 'true'));
    await expect(years).toHaveAccessibleDescription('At most 5 years here.');
    await expect(name).toHaveValue('willow-long.example');
  },
};

/** The server fails: the dialog says so and keeps what was typed. */
export const RegisterFailed: Story = {
  parameters: { mocks: { handlers: [failOperation('registerClientDomain', { status: 500 })] } },
  play: async () => {
    const { form, name } = await openForm();
    await userEvent.type(name, 'willow-down.example');
    await userEvent.click(submit(form));
    await expect(await form.findByShadowRole('alert', {}, LOAD)).toBeVisible();
    await expect(name).toHaveValue('willow-down.example');
  },
};

/** The name is checked before it is sent (by Enter as by click). */
export const InvalidName: Story = {
  play: async () => {
    const { name } = await openForm();
    await userEvent.type(name, 'willow_home{Enter}');
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    await expect(name).toHaveAccessibleDescription(/^Use only letters, digits, hyphens and dots\./);
  },
};

/** Internationalised names are accepted and registered in their xn-- form. */
export const InternationalisedName: Story = {
  play: async () => {
    const { form, name } = await openForm();
    await userEvent.type(name, 'wöllow.example');
    await expect(await form.findByShadowRole('status')).toHaveTextContent(
      'Registered as xn--wllow-jua.example',
    );
    await userEvent.click(submit(form));
    await expect(
      await screen.findByShadowRole('row', { name: /xn--wllow-jua\.example/ }, LOAD),
    ).toBeVisible();
  },
};

/** A domain's name opens it: `resource-open` with kind `domain`. */
export const OpenDomain: Story = {
  play: async ({ args }) => {
    const domains = await table();
    await userEvent.click(domains.querySelector<HTMLButtonElement>('button')!);
    await waitFor(() => expect(args.onOpen).toHaveBeenCalled());
    const event = (args.onOpen as ReturnType<typeof fn>).mock.calls[0]?.[0] as CustomEvent;
    await expect(event.detail).toMatchObject({ kind: 'domain', clientId: CLIENT });
  },
};

/** The auditor sees the domains; Register is disabled and says why. */
export const Auditor: Story = {
  parameters: { mocks: { persona: 'auditor' } },
  play: async () => {
    await table();
    const register = button('Register domain');
    await waitFor(() => expect(register).toHaveAttribute('aria-disabled', 'true'));
    await expect(register).toHaveAccessibleDescription(
      'Your account may see domains but not register them.',
    );
  },
};

export const Loading: Story = {
  parameters: { mocks: { handlers: [hangOperation('listClientDomains')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Loading…')).toBeInTheDocument();
  },
};

export const Empty: Story = {
  parameters: { mocks: { handlers: [emptyList('listClientDomains')] } },
  play: async () => {
    // The toolbar shows once the (empty) list has loaded; the empty view with it.
    await expect(
      await screen.findByShadowRole('button', { name: 'Register domain' }, LOAD),
    ).toBeVisible();
    await expect(screen.getByShadowText('No domains')).toBeVisible();
  },
};

export const ServerError: Story = {
  parameters: { mocks: { handlers: [failOperation('listClientDomains', { status: 500 })] } },
  play: async () => {
    await expect(await screen.findByShadowRole('alert', {}, LOAD)).toBeVisible();
    await expect(button('Retry')).toBeVisible();
  },
};

export const Forbidden: Story = {
  parameters: { mocks: { handlers: [forbidOperation('listClientDomains')] } },
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
  parameters: { mocks: { handlers: [notFoundOperation('listClientDomains')] } },
  play: async () => {
    await expect(await screen.findByShadowText('Not found', {}, LOAD)).toBeVisible();
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async () => {
    await table();
    await expect(button('Domain registrieren')).toBeVisible();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async () => {
    await table();
  },
};

/** In a narrow place the rows stack. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-inline-size: 360px">${story()}</div>`],
  play: async () => {
    const domains = await table();
    await expect(domains.scrollWidth).toBeLessThanOrEqual(domains.parentElement!.clientWidth);
  },
};

/** As the Domains tab of `<client-detail-tabs>` (loaded when the tab opens). */
export const InClientDetailTabs: Story = {
  render: (args) =>
    html`<client-detail-tabs client-id=${args.clientId} active-tab="domains"></client-detail-tabs>`,
  play: async () => {
    await expect(await screen.findByShadowRole('tab', { name: 'Domains' }, LOAD)).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(await table()).toBeVisible();
  },
};
