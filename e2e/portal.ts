import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { CHROMIUM_ARGS } from '../scripts/chromium.ts';

/** Starts the demo portal's dev server on a free loopback port; env is read at start. */
export async function startPortal(env: Record<string, string | undefined> = {}) {
  const saved = { API_URL: process.env.API_URL, API_TOKEN: process.env.API_TOKEN };
  Object.assign(process.env, { API_URL: undefined, API_TOKEN: undefined });
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  if (env.API_URL === undefined) delete process.env.API_URL;
  if (env.API_TOKEN === undefined) delete process.env.API_TOKEN;
  let server: ViteDevServer;
  try {
    server = await createServer({
      configFile: 'demo/vite.config.ts',
      logLevel: 'error',
      server: { port: 0, strictPort: false },
    });
    await server.listen();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The demo dev server did not report a URL');
  return { url: url.replace(/\/$/, ''), close: () => server.close() };
}

/** A headless Chromium with a throw-away profile (Debian's, or CHROMIUM_PATH). */
export async function launchBrowser(): Promise<BrowserContext & { dispose(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'clientele-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return Object.assign(context, {
    async dispose() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  });
}
