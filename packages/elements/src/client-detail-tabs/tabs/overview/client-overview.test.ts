import { html, render } from 'lit';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../../define/clientele-provider.ts';
import '../../../define/client-overview.ts';
import { detailBackend } from '../../../testing/client-detail-fixture.ts';
import { problem } from '../../../testing/fake-api.ts';
import { useListContainer } from '../../../testing/list-fixture.ts';

const container = useListContainer();

function mount(server: ReturnType<typeof detailBackend>, clientId = server.record.id) {
  render(
    html`<clientele-provider .client=${server.api.client({ token: 'admin-token' })}>
      <client-overview client-id=${clientId}></client-overview>
    </clientele-provider>`,
    container(),
  );
}

describe('<client-overview> on its own', () => {
  it('loads the client and shows every group, money exact', async () => {
    const base = detailBackend().record;
    const server = detailBackend({
      ...base,
      credit: { amount: '12345678901234567.89', currency: 'USD' },
    });
    mount(server);
    await expect.element(page.getByRole('heading', { name: 'Personal details' })).toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'Company and address' })).toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'Billing' })).toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'Account' })).toBeVisible();
    await expect.element(page.getByText(server.record.email)).toBeVisible();
    // Beyond a float's precision, every digit kept.
    await expect
      .element(page.getByText('$12,345,678,901,234,567.89', { exact: true }))
      .toBeVisible();
  });

  it('a client that does not exist is not found; a failure has Retry', async () => {
    const server = detailBackend();
    mount(server, 'cl_missing');
    await expect.element(page.getByText('Not found')).toBeVisible();

    const failing = detailBackend();
    failing.fail(`GET /clients/${failing.record.id}`, problem(500, { title: 'Server error' }));
    mount(failing);
    await expect.element(page.getByText('Server error')).toBeVisible();
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.element(page.getByRole('heading', { name: 'Personal details' })).toBeVisible();
  });
});
