import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startPortal } from './portal.ts';

// The demo portal's client page, Invoices tab, driven in Chromium as a staff member would:
// the portal owns navigation, so opening an invoice shows its toast instead of a page.

type Browser = Awaited<ReturnType<typeof launchBrowser>>;
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

describe('demo portal: a client’s invoices', () => {
  it('opens an active client’s Invoices tab, opens an invoice, and sees the toast naming it', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/clients?status=active`);
    const grid = page.getByRole('grid');
    await grid.getByRole('row').nth(1).getByRole('gridcell').nth(1).click();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/clients\/cl_[0-9a-f]+$/);
    const clientId = new URL(page.url()).pathname.split('/')[2]!;
    const main = page.getByRole('main');

    await main.getByRole('tab', { name: 'Invoices' }).click();
    await page.waitForURL(`${portal.url}/clients/${clientId}/invoices`);
    const panel = main.getByRole('tabpanel', { name: 'Invoices' });
    const invoices = panel.getByRole('grid', { name: 'Invoices' });
    const open = invoices.getByRole('button', { name: /^Open invoice / }).first();
    await open.waitFor();
    const number = ((await open.textContent()) ?? '').trim();

    // The invoice's id, as the page's backend knows it.
    const id = await page.evaluate(
      async ({ clientId, number }) => {
        const headers = { Authorization: 'Bearer admin-token' };
        const response = await fetch(`/api/clients/${clientId}/invoices?limit=200`, { headers });
        const page = (await response.json()) as { items: { id: string; number: string }[] };
        return page.items.find((invoice) => invoice.number === number)?.id;
      },
      { clientId, number },
    );
    expect(id).toMatch(/^inv_/);

    // Keyboard first (Enter on the focused number), then a click: a toast each.
    await open.focus();
    await page.keyboard.press('Enter');
    const toast = page.locator('#toasts').getByText(`Invoice ${number} opened`);
    await toast.waitFor();
    expect(await toast.textContent()).toContain(`a host shows its own view of ${id} here`);
    // The portal cancelled the event: the page stayed where it was.
    expect(page.url()).toBe(`${portal.url}/clients/${clientId}/invoices`);

    await open.click();
    await expect.poll(() => page.locator('#toasts .toast').count()).toBe(2);
    await page.close();
  });

  it('adds an invoice: it heads the list, once, and the activity log says it was issued', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/clients?status=active`);
    await page.getByRole('grid').getByRole('row').nth(2).getByRole('gridcell').nth(1).click();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/clients\/cl_[0-9a-f]+$/);
    const clientId = new URL(page.url()).pathname.split('/')[2]!;
    const main = page.getByRole('main');
    await main.getByRole('tab', { name: 'Invoices' }).click();
    const panel = main.getByRole('tabpanel', { name: 'Invoices' });
    const count = panel.getByRole('status').filter({ hasText: /\d+ invoices?$/ });
    await count.waitFor();
    const before = Number.parseInt((await count.textContent()) ?? '', 10);

    await panel.getByRole('button', { name: 'Add invoice' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an invoice' });
    const line = dialog.getByRole('group', { name: 'Line 1' });
    await line.getByRole('textbox', { name: 'Description' }).fill('Migration assistance (3 hours)');
    await line.getByRole('textbox', { name: 'Quantity' }).fill('3');
    await line.getByRole('textbox', { name: 'Unit price' }).fill('40.10');
    await dialog
      .getByRole('region', { name: 'Preview' })
      .getByText(/120\.30/)
      .first()
      .waitFor();
    await dialog.getByRole('button', { name: 'Create invoice' }).dblclick();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(async () => Number.parseInt((await count.textContent()) ?? '', 10))
      .toBe(before + 1);
    const first = panel.getByRole('grid', { name: 'Invoices' }).getByRole('row').nth(1);
    await first.getByText('Unpaid').waitFor();

    await main.getByRole('tab', { name: 'Activity' }).click();
    await page.waitForURL(`${portal.url}/clients/${clientId}/activity`);
    const log = main.getByRole('tabpanel', { name: 'Activity' }).getByRole('grid');
    await log.getByRole('row').nth(1).getByText('Invoice issued').waitFor();
    await page.close();
  });
});
