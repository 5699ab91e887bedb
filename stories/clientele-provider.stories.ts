import { failOperation } from '@clientele/mocks';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor, within } from 'storybook/test';

/**
 * `<clientele-provider>` gives every widget inside it the API client, the locale, the
 * signed-in staff user and their permissions. These stories show a host reading the user
 * from the `me-load` event, as the demo portal's header does.
 */
const meta: Meta = {
  title: 'Foundation/clientele-provider',
  component: 'clientele-provider',
  parameters: { provider: false },
  render: (_args, { parameters }) => {
    const token = (parameters.token as string | undefined) ?? 'admin-token';
    const show = (event: Event) => {
      const provider = event.currentTarget as HTMLElement;
      const output = provider.querySelector('output')!;
      if (event.type === 'me-load') {
        const { me } = (event as HTMLElementEventMap['me-load']).detail;
        output.textContent = `Signed in as ${me.name} (${me.role}): ${me.permissions.length} permissions`;
      } else {
        const { error } = (event as HTMLElementEventMap['me-error']).detail;
        output.textContent = `Not signed in: ${error.message}`;
      }
    };
    return html`<clientele-provider
      base-url="/api"
      token=${token}
      @me-load=${show}
      @me-error=${show}
    >
      <output aria-live="polite">Signing in…</output>
    </clientele-provider>`;
  },
};
export default meta;

type Story = StoryObj;

export const Administrator: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() =>
      expect(canvas.getByText(/Signed in as Alex Admin \(admin\)/)).toBeInTheDocument(),
    );
  },
};

export const Auditor: Story = {
  parameters: { token: 'auditor-token' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() =>
      expect(
        canvas.getByText('Signed in as Ada Auditor (auditor): 2 permissions'),
      ).toBeInTheDocument(),
    );
  },
};

export const InvalidToken: Story = {
  parameters: { token: 'expired-token' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText(/^Not signed in:/)).toBeInTheDocument());
  },
};

export const ServerError: Story = {
  parameters: { mocks: { handlers: [failOperation('getMe', { status: 500 })] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText(/^Not signed in:/)).toBeInTheDocument());
  },
};
