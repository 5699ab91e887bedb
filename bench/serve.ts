/**
 * What both benchmarks do before measuring: build bench/ with Vite (production, so Lit runs
 * without its dev checks), serve the build on loopback, and open headless Chromium (1280×800,
 * `CHROMIUM_PATH` or Debian's) with a fresh profile. `close()` undoes all of it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { type BuildEnvironmentOptions, build, preview } from 'vite';
import { CHROMIUM_ARGS } from '../scripts/chromium.ts';

export interface BenchServer {
  /** Where the build is served, e.g. `http://127.0.0.1:4173`. */
  readonly origin: string;
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function serveBench(
  root: string,
  buildOptions: BuildEnvironmentOptions = {},
): Promise<BenchServer> {
  const outDir = mkdtempSync(join(tmpdir(), 'clientele-bench-'));
  const profile = mkdtempSync(join(tmpdir(), 'clientele-bench-profile-'));
  await build({
    root,
    logLevel: 'warn',
    mode: 'production',
    build: { target: 'es2022', ...buildOptions, outDir, emptyOutDir: true },
  });
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 4173;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: CHROMIUM_ARGS,
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    context,
    async close() {
      await context.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      rmSync(outDir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
