import { ApiError } from '@clientele/sdk';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { screen } from 'shadow-dom-testing-library';
import { expect, fn, userEvent, waitFor } from 'storybook/test';

/**
 * `<clientele-state>` is the one place where every widget's loading, empty, error,
 * forbidden and not-found views live, so they look, read and behave the same everywhere.
 */
const problem = (status: number, body: Record<string, unknown>) =>
  ApiError.fromResponse(
    new Response(JSON.stringify({ status, ...body }), {
      status,
      headers: { 'Content-Type': 'application/problem+json' },
    }),
  );

const meta: Meta = {
  title: 'Foundation/clientele-state',
  component: 'clientele-state',
  args: { onRetry: fn() },
  render: (args, { loaded }) =>
    html`<clientele-state
      state=${args.state}
      .error=${loaded.error}
      @retry=${args.onRetry}
    >
      <p>Three clients, all active.</p>
    </clientele-state>`,
};
export default meta;

type Story = StoryObj;

export const Loading: Story = {
  args: { state: 'loading' },
  play: async () => {
    await expect(await screen.findByShadowText('Loading…')).toBeInTheDocument();
  },
};

export const Loaded: Story = {
  args: { state: 'loaded' },
  play: async () => {
    await expect(screen.getByShadowText('Three clients, all active.')).toBeVisible();
  },
};

export const Empty: Story = {
  args: { state: 'empty' },
  play: async () => {
    await expect(await screen.findByShadowText('Nothing to show')).toBeVisible();
  },
};

export const ServerError: Story = {
  args: { state: 'error' },
  loaders: [
    async () => ({
      error: await problem(500, {
        title: 'Internal server error',
        detail: 'The billing database did not answer.',
        request_id: 'req_7f3a',
      }),
    }),
  ],
  play: async ({ args }) => {
    const alert = await screen.findByShadowRole('alert');
    await expect(alert).toHaveTextContent('Internal server error');
    await expect(alert).toHaveTextContent('The billing database did not answer.');
    await expect(alert).toHaveTextContent('req_7f3a');
    await userEvent.click(screen.getByShadowRole('button', { name: 'Retry' }));
    await waitFor(() => expect(args.onRetry).toHaveBeenCalledTimes(1));
  },
};

export const Forbidden: Story = {
  args: { state: 'forbidden' },
  loaders: [
    async () => ({
      error: await problem(403, { title: 'Permission denied', detail: 'Needs clients.read.' }),
    }),
  ],
  play: async () => {
    await expect(await screen.findByShadowText('Access denied')).toBeVisible();
    await expect(
      screen.getByShadowText('Your account does not have permission to view this.'),
    ).toBeVisible();
  },
};

export const NotFound: Story = {
  args: { state: 'notFound' },
  loaders: [
    async () => ({
      error: await problem(404, { title: 'Not found', detail: 'No client cl_0000000000000000.' }),
    }),
  ],
  play: async () => {
    await expect(await screen.findByShadowText('Not found')).toBeVisible();
    await expect(screen.queryByShadowRole('button', { name: 'Retry' })).toBeNull();
  },
};
