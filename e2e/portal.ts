import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { CHROMIUM_ARGS } from '../scripts/chromium.ts';

/** Starts the demo portal's dev server on a free loopback port; env is read at start. */
export async function startPortal(env: Record<string, string | undefined> = {}) {
  // The portal reads these at start; only what `env` says applies, the caller's are put back.
  const keys = ['API_URL', 'API_TOKEN', 'MOCKS_REFERENCE_TIME', ...Object.keys(env)];
  const saved = Object.fromEntries(keys.map((key) => [key, process.env[key]]));
  for (const key of keys) {
    const value = env[key];
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
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
