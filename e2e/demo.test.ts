import { createMockBackend, hostReferenceTime } from '@clientele/mocks';
import { createClient } from '@clientele/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startPortal } from './portal.ts';

// The demo portal driven in Chromium as a staff member would, once with the mocks running
// in the browser and once against a separate HTTP server that implements the spec.

type Browser = Awaited<ReturnType<typeof launchBrowser>>;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.dispose();
});

/** The signed-in user's name as the backend itself reports it, through the SDK. */
async function expectedName(baseUrl: string, token: string): Promise<string> {
  const api = createClient({ baseUrl, token, retry: false });
  const { data } = await api.GET('/me');
  if (!data) throw new Error('GET /me returned no body');
  return data.name;
}

/** A client's id and creation date as the page's mock backend serves them. */
async function clientDates(page: Awaited<ReturnType<Browser['newPage']>>, id: string) {
  return page.evaluate(async (clientId) => {
    const headers = { Authorization: 'Bearer admin-token' };
    const response = await fetch(`/api/clients/${clientId}`, { headers });
    const client = (await response.json()) as { id: string; created_at: string };
    return { id: client.id, created_at: client.created_at };
  }, id);
}

/** The same client as `pnpm mocks:serve` (same seed and size) serves it for a reference time. */
function servedDates(referenceTime: number | string) {
  const { id, created_at } = createMockBackend({ referenceTime }).store.clients[3]!.client;
  return { id, created_at };
}

describe('demo portal with the in-browser mocks', () => {
  let portal: Awaited<ReturnType<typeof startPortal>>;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(async () => {
    await portal?.close();
  });

  it('shows the signed-in staff user from /me and a page per widget', async () => {
    const page = await browser.newPage();
    await page.goto(portal.url);
    const header = page.getByRole('banner');
    await header.getByText('Signed in as').waitFor();
    expect(page.url()).toBe(`${portal.url}/clients`);
    const name = await page.evaluate(async () => {
      const response = await fetch('/api/me', { headers: { Authorization: 'Bearer admin-token' } });
      return ((await response.json()) as { name: string }).name;
    });
    expect(await header.getByText('Signed in as').textContent()).toContain(name);

    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const link of ['Clients', 'Tickets', 'Quotas', 'Units']) {
      await nav.getByRole('link', { name: link }).click();
      await page.getByRole('heading', { level: 1, name: link }).waitFor();
      expect(await nav.getByRole('link', { name: link }).getAttribute('aria-current')).toBe('page');
    }
    await page.close();
  });

  it('dates its data as mocks:serve does: the history ends today at 12:00 UTC', async () => {
    const before = hostReferenceTime();
    const page = await browser.newPage();
    await page.goto(portal.url);
    await page.getByRole('banner').getByText('Signed in as').waitFor();
    // What `pnpm mocks:serve` serves for today (read twice, for a run across midnight UTC).
    const expected = [servedDates(before), servedDates(hostReferenceTime())];
    expect(expected).toContainEqual(await clientDates(page, expected[0]!.id));
    await page.close();
  });

  it('says the portal is loading until its script is up, then shows the page', async () => {
    const page = await browser.newPage();
    // Requests a service worker answers never reach page.route: the earlier tests' mock
    // worker is unregistered first (the portal registers it again as it boots).
    await page.goto(`${portal.url}/mockServiceWorker.js`);
    await page.evaluate(async () => {
      for (const registration of await navigator.serviceWorker.getRegistrations()) {
        await registration.unregister();
      }
    });
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The portal's script is held, as a cold dev server or a slow network holds it.
    await page.route('**/src/main.ts', async (route) => {
      await held;
      await route.continue();
    });
    // Not waiting for "load": that waits for the held script.
    await page.goto(`${portal.url}/clients`, { waitUntil: 'commit' });
    const main = page.getByRole('main');
    const loading = main.getByRole('status').filter({ hasText: 'Loading the portal…' });
    await loading.waitFor();
    release();
    await main.getByRole('heading', { name: 'Clients' }).waitFor();
    expect(await loading.count()).toBe(0);
    await page.close();
  });

  it('joins a running mock worker whose registration update loses a race', async () => {
    // A first page keeps the worker registered (MSW's worker unregisters with its last page),
    // so the second one finds the registration and MSW updates it without awaiting the update.
    const first = await browser.newPage();
    await first.goto(`${portal.url}/tickets`);
    await first.getByRole('banner').getByText('Signed in as').waitFor();
    const page = await browser.newPage();
    const uncaught: string[] = [];
    page.on('pageerror', (error) => uncaught.push(error.message));
    // Every update fails as one overtaken by another frame's registration or a reload does.
    await page.addInitScript(() => {
      ServiceWorkerRegistration.prototype.update = () =>
        Promise.reject(
          new TypeError(
            "Failed to update a ServiceWorker for scope ('/') with script ('/mockServiceWorker.js'): An unknown error occurred when fetching the script.",
          ),
        );
    });
    await page.goto(`${portal.url}/tickets`);
    await page.getByRole('grid').getByRole('row').nth(1).waitFor();
    await page.getByRole('banner').getByText('Signed in as').waitFor();
    expect(uncaught).toEqual([]);
    await page.close();
    await first.close();
  });

  it('finds a client, opens its page, and keeps the search in a shareable URL', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/clients`);
    const grid = page.getByRole('grid');
    await grid.getByRole('row').nth(1).waitFor();
    const count = page.getByRole('status').filter({ hasText: /\d+ clients/ });
    const total = await count.textContent();

    await page.getByRole('searchbox', { name: 'Search clients' }).fill('llc');
    await expect.poll(() => count.textContent()).not.toBe(total);
    expect(new URL(page.url()).searchParams.get('q')).toBe('llc');
    const firstRow = grid.getByRole('row').nth(1);
    const company = (await firstRow.getByRole('gridcell').nth(1).textContent())?.trim() ?? '';
    expect(company.toLowerCase()).toContain('llc');

    await firstRow.getByRole('gridcell').nth(1).click();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/clients\/cl_[0-9a-f]+$/);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain(company.split('\n')[0]?.trim().slice(0, 10));

    await page.goBack();
    await page.getByRole('grid').getByRole('row').nth(1).waitFor();
    expect(await page.getByRole('searchbox', { name: 'Search clients' }).inputValue()).toBe('llc');
    await page.close();
  });

  it('says once that an unknown client does not exist, with a way back to the list', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/clients/cl_doesnotexist`);
    const main = page.getByRole('main');
    await main.getByText('Not found', { exact: true }).waitFor();
    // One not-found view: no second report from the page, none from a ticket list.
    expect(await main.getByText(/not found/i).count()).toBe(1);
    expect(await main.getByRole('alert').count()).toBe(0);
    expect(await main.locator('ticket-list').count()).toBe(0);
    expect(await main.textContent()).not.toContain('`');

    await main.getByRole('link', { name: /All clients/ }).click();
    await page.waitForURL(`${portal.url}/clients`);
    await page.getByRole('grid').getByRole('row').nth(1).waitFor();
    await page.close();
  });

  it('opens a client from the grid, edits its phone, sees it in Overview and in the activity log; the URL keeps the tab', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/clients?status=active`);
    const grid = page.getByRole('grid');
    await grid.getByRole('row').nth(1).getByRole('gridcell').nth(1).click();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/clients\/cl_[0-9a-f]+$/);
    const id = new URL(page.url()).pathname.split('/')[2];
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Personal details' }).waitFor();

    const phone = `+40 721 ${String(Date.now()).slice(-6)}`;
    await main.getByRole('button', { name: 'Edit details' }).click();
    const dialog = page.getByRole('dialog', { name: /^Edit / });
    await dialog.getByLabel('Phone').fill(phone);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await main.getByRole('tabpanel', { name: 'Overview' }).getByText(phone).waitFor();

    // The edit is in the client's activity log, newest first.
    await main.getByRole('tab', { name: 'Activity' }).click();
    await page.waitForURL(`${portal.url}/clients/${id}/activity`);
    const log = main.getByRole('tabpanel', { name: 'Activity' }).getByRole('grid');
    await log.getByRole('row').nth(1).getByText('Details changed').waitFor();
    await main.getByRole('tab', { name: 'Overview' }).click();
    await page.waitForURL(`${portal.url}/clients/${id}/overview`);

    // Tabs go into the URL: back and forward follow, a reload lands on the same tab.
    await main.getByRole('tab', { name: 'Tickets' }).click();
    await page.waitForURL(`${portal.url}/clients/${id}/tickets`);
    await page.goBack();
    await main.getByRole('tab', { name: 'Overview', selected: true }).waitFor();
    await page.goForward();
    await main.getByRole('tab', { name: 'Tickets', selected: true }).waitFor();
    await page.reload();
    await main.getByRole('tab', { name: 'Tickets', selected: true }).waitFor();
    await page.close();
  });

  it('suspends an active client after confirming, and the status follows', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/clients?status=active`);
    const grid = page.getByRole('grid');
    const row = grid.getByRole('row').nth(1);
    await row.getByRole('gridcell').nth(1).waitFor();
    const actions = row.getByRole('button', { name: /^Actions for / });
    const name = ((await actions.getAttribute('aria-label')) ?? '').replace(/^Actions for /, '');

    await actions.click();
    await page.getByRole('menuitem', { name: 'Suspend' }).click();
    const dialog = page.getByRole('dialog', { name: `Suspend ${name}?` });
    await dialog.getByRole('combobox', { name: 'Reason' }).selectOption('fraud');
    await dialog.getByRole('button', { name: 'Suspend' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Filtered on active, the client leaves the list; by name it shows suspending/suspended.
    await page.getByRole('searchbox', { name: 'Search clients' }).fill(name);
    await page.getByRole('button', { name: /^Active/ }).click();
    await expect.poll(() => grid.getByRole('row').nth(1).textContent()).toMatch(/Suspend(ing|ed)/);
    await page.close();
  });

  it('works through the sign-up queue: approves every pending client at once', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/clients?status=pending_approval`);
    const grid = page.getByRole('grid');
    await grid.getByRole('row').nth(1).getByRole('gridcell').nth(1).waitFor();
    const pending = page.getByRole('button', { name: /^Pending approval \d+$/ });
    const before = Number(((await pending.textContent()) ?? '').replace(/\D/g, ''));
    expect(before).toBeGreaterThan(0);

    await grid.getByRole('checkbox', { name: 'Select all clients' }).click();
    const bar = page.getByRole('group', { name: `${before} selected` });
    await bar.getByRole('button', { name: 'Approve selected' }).click();
    const dialog = page.getByRole('dialog', { name: `Approve ${before} clients?` });
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await dialog.waitFor({ state: 'detached' });

    await expect
      .poll(async () => ((await pending.textContent()) ?? '').replace(/\s+/g, ' ').trim())
      .toBe('Pending approval 0');
    await expect.poll(() => grid.getByRole('row').nth(1).textContent()).toMatch(/Active/);
    await page.close();
  });

  it('filters the ticket queue and opens a ticket for a client', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/tickets`);
    const count = page.getByRole('status').filter({ hasText: /\d+ tickets/ });
    await page.getByRole('grid').getByRole('row').nth(1).waitFor();
    const total = await count.textContent();

    await page.getByRole('button', { name: 'Waiting on staff' }).click();
    await expect.poll(() => count.textContent()).not.toBe(total);

    await page.getByRole('button', { name: 'New ticket' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open a ticket' });
    await dialog.getByRole('combobox', { name: 'Client' }).click();
    const searched = page.waitForResponse(
      (response) => new URL(response.url()).searchParams.get('search') === 'LLC',
    );
    await page.keyboard.type('LLC');
    await searched;
    await dialog.getByText(/clients? found$/).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('Department').selectOption({ index: 1 });
    await dialog.getByLabel('Title').fill('Backups failing since Monday');
    await dialog.getByLabel('Message').fill('The nightly volume backups report errors.');
    await dialog.getByRole('button', { name: 'Open ticket' }).click();

    await page
      .getByText(/^Ticket T-\d+ opened\.$/)
      .first()
      .waitFor();
    await expect
      .poll(() => page.getByRole('grid').getByRole('row').nth(1).textContent())
      .toContain('Backups failing since Monday');
    await page.close();
  });

  it('picks a client on the Units page and credits units once, seeing the new balance', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/units`);
    await page.getByRole('searchbox', { name: 'Client' }).fill('Tangent Research');
    await page
      .getByRole('list', { name: 'Matching clients' })
      .getByRole('link', { name: /^Tangent Research UG/ })
      .click();
    await page.waitForURL(/\/units\/cl_/);
    // The chosen client by name above its ledger, with a way to its page.
    await page.getByRole('heading', { level: 2, name: /^Tangent Research UG/ }).waitFor();
    await page.getByRole('link', { name: 'Open the client’s page' }).waitFor();
    const ledger = page.locator('units-ledger');
    const amount = ledger.locator('[part="balance-amount"]');
    await amount.waitFor();
    const before = await amount.textContent();
    await ledger.getByRole('grid', { name: 'Ledger entries' }).getByRole('row').nth(1).waitFor();

    await ledger.getByRole('button', { name: 'Credit or debit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Credit or debit units' });
    await dialog.getByLabel('Amount').fill('75.5');
    await dialog.getByLabel('Description').fill('Goodwill credit for the outage');
    await dialog.getByText(/Balance after this entry:/).waitFor();
    await dialog.getByRole('button', { name: /^Credit 75\.5/ }).dblclick();

    await page.getByText(/^Entry ue_\w+ added to the ledger\.$/).waitFor();
    await expect.poll(() => amount.textContent()).not.toBe(before);
    await expect
      .poll(() => ledger.getByRole('grid').getByRole('row').nth(1).textContent())
      .toContain('Goodwill credit for the outage');
    const credits = await ledger.getByText('Goodwill credit for the outage').count();
    expect(credits).toBe(1);
    await page.close();
  });

  it("changes a client's quotas after reviewing them, and approves a colleague's request", async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/quotas`);
    await page.getByRole('banner').getByText('Signed in as').waitFor();
    // Pick a client by company, from the search results.
    const search = page.getByRole('searchbox', { name: 'Find a client' });
    await search.fill('Tangent Research UG');
    const results = page.getByRole('list', { name: 'Matching clients' });
    await results.getByRole('link', { name: /^Tangent Research UG/ }).click();
    await page.getByRole('table', { name: 'Quotas' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Tangent Research UG/ }).waitFor();
    const vcpus = page.getByRole('textbox', { name: 'vCPUs limit' });
    const wanted = String(Number(await vcpus.inputValue()) + 16);
    await vcpus.fill(wanted);
    await vcpus.press('Enter');
    const review = page.getByRole('dialog', { name: 'Save quota changes' });
    await review.waitFor();
    await review.getByText(/vCPUs: .* → /).waitFor();
    await review.getByRole('button', { name: 'Save 1 change' }).click();
    await page.getByText(/Quotas of cl_\w+ saved: 1 limit changed/).waitFor();
    expect(await vcpus.inputValue()).toBe(wanted);

    // Another client, with a request a colleague proposed: approving applies it.
    await search.fill('Larkspur Energy PLC');
    await results.getByRole('link', { name: /^Larkspur Energy PLC/ }).click();
    const requests = page.getByRole('region', { name: '1 pending change request' });
    await requests.getByRole('button', { name: 'Approve…' }).click();
    await page
      .getByRole('dialog', { name: 'Approve the change request' })
      .getByRole('button', { name: 'Approve and apply' })
      .click();
    await page.getByText(/Change request qr_\w+: approve/).waitFor();
    await expect.poll(() => requests.count()).toBe(0);
    await page.close();
  });

  it('switches to the read-only auditor', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/tickets`);
    await page.getByRole('banner').getByText('Signed in as').waitFor();
    await page.getByLabel('Sign in as').selectOption('auditor');
    await page.getByRole('banner').getByText('auditor', { exact: true }).waitFor();
    expect(await page.getByRole('banner').textContent()).toContain('Ada Auditor');
    await page.getByLabel('Sign in as').selectOption('admin');
    await page.getByRole('banner').getByText('admin', { exact: true }).waitFor();
    await page.close();
  });
});

describe('demo portal with MOCKS_REFERENCE_TIME', () => {
  it('pins where the in-browser mock data ends', async () => {
    const referenceTime = '2026-11-15T12:00:00Z';
    const portal = await startPortal({ MOCKS_REFERENCE_TIME: referenceTime });
    try {
      const page = await browser.newPage();
      await page.goto(portal.url);
      await page.getByRole('banner').getByText('Signed in as').waitFor();
      const expected = servedDates(referenceTime);
      expect(await clientDates(page, expected.id)).toEqual(expected);
      await page.close();
    } finally {
      await portal.close();
    }
  });
});

describe('demo portal against a server that implements the spec (API_URL)', () => {
  let portal: Awaited<ReturnType<typeof startPortal>>;
  let api: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    const { startHttpServer } = await import('@clientele/mocks/http');
    api = await startHttpServer({ host: '127.0.0.1', port: 0 });
    portal = await startPortal({ API_URL: api.url, API_TOKEN: 'admin-token' });
  });
  afterAll(async () => {
    await portal?.close();
    await api?.close();
  });

  it('shows the user the real server returns and says where the data comes from', async () => {
    const name = await expectedName(api.url, 'admin-token');
    const page = await browser.newPage();
    await page.goto(`${portal.url}/clients`);
    const header = page.getByRole('banner');
    await header.getByText(name).waitFor();
    expect(await page.getByRole('contentinfo').textContent()).toContain('API_URL');
    // The persona switch belongs to the mocks only.
    expect(await page.getByLabel('Sign in as').isVisible()).toBe(false);
    await page.close();
  });
});
