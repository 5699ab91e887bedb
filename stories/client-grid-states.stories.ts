import '@clientele/elements/define/client-grid';
import {
  emptyList,
  failOperation,
  forbidOperation,
  hangOperation,
  notFoundOperation,
  slowNetwork,
} from '@clientele/mocks';
import { HttpResponse, http } from 'msw';
import { screen } from 'shadow-dom-testing-library';
import { expect, userEvent } from 'storybook/test';
import { baseMeta, LOAD, rows, type Story } from './client-grid.shared.ts';

/** `<client-grid>`'s states: loading, empty, no match, error (and Retry), forbidden, not found, slow. */
const meta = {
  ...baseMeta,
  title: 'Widgets/client-grid/States',
  parameters: { ...baseMeta.parameters },
};
export default meta;

// ---------------------------------------------------------------- states

/**
 * The first page never comes: the grid is there with its header and a viewport of placeholder
 * rows (busy, row count unknown), the status counts without numbers.
 */
export const Loading: Story = {
  parameters: { mocks: { handlers: [hangOperation('listClients')] } },
  play: async () => {
    const grid = await screen.findByShadowRole('grid', { name: 'Clients' }, LOAD);
    await expect(grid).toHaveAttribute('aria-busy', 'true');
    await expect(grid).toHaveAttribute('aria-rowcount', '-1');
    await expect(screen.getByShadowRole('columnheader', { name: 'Email' })).toBeVisible();
    expect(screen.getAllByShadowText('Loading…').length).toBeGreaterThan(0);
    const counts = screen.getByShadowRole('group', { name: 'Filter by status' });
    await expect(counts).toHaveAttribute('aria-busy', 'true');
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
/**
 * Every list request fails until the user presses Retry, however many requests the page makes
 * before (the SDK's own retries, a request started again as the page settles): a count of
 * one-time failures could run out before the last of them on a busy machine.
 */
let failUntilRetry = true;
const listFailsUntilRetry = http.get('/api/clients', () =>
  failUntilRetry
    ? HttpResponse.json(
        {
          type: 'about:blank',
          title: 'Internal server error',
          status: 500,
          detail: 'The server failed to process listClients (simulated 500).',
          errors: [],
        },
        { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
      )
    : undefined,
);

export const ServerErrorThenRetry: Story = {
  parameters: { mocks: { handlers: [listFailsUntilRetry] } },
  beforeEach: () => {
    failUntilRetry = true;
  },
  play: async () => {
    const alert = await screen.findByShadowRole('alert', {}, LOAD);
    await expect(alert).toHaveTextContent('Internal server error');
    failUntilRetry = false;
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
    expect((await screen.findAllByShadowText('Loading…')).length).toBeGreaterThan(0);
    await rows();
    await expect(screen.getByShadowRole('grid', { name: 'Clients' })).toBeVisible();
  },
};
