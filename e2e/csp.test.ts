import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './portal.ts';

// The production build of the demo portal, served with a strict Content-Security-Policy that
// also requires Trusted Types: no inline script or style, no HTML from strings. The widgets
// must work unchanged; the only allowance is the portal's own policy for the mock worker URL.

const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html default',
].join('; ');

let outDir: string;
let server: PreviewServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let url: string;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'clientele-csp-'));
  await build({ configFile: 'demo/vite.config.ts', logLevel: 'error', build: { outDir } });
  server = await preview({
    configFile: 'demo/vite.config.ts',
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, strictPort: false, headers: { 'Content-Security-Policy': POLICY } },
  });
  url = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.dispose();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('demo portal under a strict CSP with Trusted Types', () => {
  it('renders the grid, its lazily loaded parts, the cards, the ticket queue, a client page and the quota editor without a single violation', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective}: ${event.sample || event.blockedURI}`);
      });
    });
    const violations = () =>
      page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

    await page.goto(`${url}/clients`);
    await page.getByRole('banner').getByText('Signed in as').waitFor();
    await page.getByRole('grid').getByRole('row').nth(1).getByRole('gridcell').nth(1).waitFor();
    // The parts loaded on first use, with the styles they adopt: filter panel, menu, dialog.
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByLabel('Tax exempt', { exact: true }).waitFor();
    await page
      .getByRole('button', { name: /^Actions for / })
      .first()
      .click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.evaluate((element) => getComputedStyle(element).borderRadius)).not.toBe(
      '0px',
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Cards' }).click();
    await page.getByRole('listitem').first().waitFor();
    await page.getByRole('link', { name: 'Tickets' }).click();
    await page.getByRole('grid').getByRole('row').nth(1).getByRole('gridcell').nth(1).waitFor();
    // The ticket list's filter controls and its form load on first use, chunks and styles alike.
    await page.getByLabel('Priority', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'New ticket' }).click();
    await page.getByRole('dialog', { name: 'Open a ticket' }).getByLabel('Title').waitFor();
    // A client's page: its tabs' panels and its action dialogs load on first use.
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('grid').getByRole('row').nth(1).getByRole('gridcell').nth(1).click();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Personal details' }).waitFor();
    await page.getByRole('tab', { name: 'Tickets' }).click();
    // The Cloud resources tab (its kinds' nested tabs) and the Domains tab's register form.
    await page.getByRole('tab', { name: 'Cloud resources' }).click();
    await page.getByRole('tab', { name: 'Volumes' }).click();
    await page.getByRole('tab', { name: 'Domains' }).click();
    await page.getByRole('button', { name: 'Register domain' }).click();
    await page.getByRole('dialog').getByLabel('Domain name').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByRole('dialog').getByLabel('Phone').waitFor();
    await page.keyboard.press('Escape');
    // The quota editor: its meters (widths set through the CSSOM) and its save dialog.
    await page.getByRole('link', { name: 'Quotas' }).click();
    await page.getByRole('list', { name: 'Matching clients' }).getByRole('link').first().click();
    const ports = page.getByRole('textbox', { name: 'Ports limit' });
    await ports.fill('60');
    await ports.press('Enter');
    await page.getByRole('dialog', { name: 'Save quota changes' }).waitFor();

    expect(await violations()).toEqual([]);
    await page.close();
  });
});
