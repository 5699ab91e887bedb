import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startPortal } from './portal.ts';

// A staff member's task in the demo portal (in-browser mocks): open a client, terminate one of
// its services from the Services tab, see the row say so, and find the termination in the
// client's activity log.

type Browser = Awaited<ReturnType<typeof launchBrowser>>;
type Page = Awaited<ReturnType<Browser['newPage']>>;
let browser: Browser;
let portal: Awaited<ReturnType<typeof startPortal>>;

beforeAll(async () => {
  browser = await launchBrowser();
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
  await browser?.dispose();
});

/**
 * An active client with an active service whose product no other service of the client has
 * (so its buttons name one service), as the page's mock backend serves them.
 */
async function clientWithService(page: Page) {
  return page.evaluate(async () => {
    const headers = { Authorization: 'Bearer admin-token' };
    const get = async (path: string) => (await fetch(`/api${path}`, { headers })).json();
    const clients = (await get('/clients?status=active&limit=50')) as { items: { id: string }[] };
    for (const { id } of clients.items) {
      const services = (await get(`/clients/${id}/services?limit=100`)) as {
        items: { id: string; status: string; product: { name: string } }[];
      };
      const unique = services.items.find(
        (s) =>
          s.status === 'active' &&
          services.items.filter((o) => o.product.name === s.product.name).length === 1,
      );
      if (unique) return { clientId: id, product: unique.product.name };
    }
    throw new Error('No active client with a service to terminate');
  });
}

describe('demo portal: a client service', () => {
  it('terminates a service after typing its name, sees it terminated and logged', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/clients`);
    await page.getByRole('banner').getByText('Signed in as').waitFor();
    const { clientId, product } = await clientWithService(page);

    await page.goto(`${portal.url}/clients/${clientId}/services`);
    const main = page.getByRole('main');
    const panel = main.getByRole('tabpanel', { name: 'Services' });
    const row = panel
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: `Open service ${product}` }) });
    await row.getByText('Active', { exact: true }).waitFor();

    await row.getByRole('button', { name: `Terminate ${product}` }).click();
    const dialog = page.getByRole('dialog', { name: `Terminate ${product}?` });
    await dialog.getByRole('textbox', { name: /^Type / }).fill(product);
    await dialog.getByRole('textbox', { name: 'Reason (optional)' }).fill('Client moved away');
    await dialog.getByRole('button', { name: 'Terminate service' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByText('Terminated', { exact: true }).waitFor();
    expect(
      await row.getByRole('button', { name: `Terminate ${product}` }).getAttribute('aria-disabled'),
    ).toBe('true');

    // The termination is the newest entry of the client's activity log, with its reason.
    await main.getByRole('tab', { name: 'Activity' }).click();
    await page.waitForURL(`${portal.url}/clients/${clientId}/activity`);
    const newest = main
      .getByRole('tabpanel', { name: 'Activity' })
      .getByRole('grid')
      .getByRole('row')
      .nth(1);
    await newest.getByText('Service terminated').waitFor();
    expect(await newest.textContent()).toContain('Client moved away');
    await page.close();
  });
});
