import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS } from './scripts/chromium.ts';

// One Chromium for every browser project: CHROMIUM_PATH (set by scripts/test.mjs) or Debian's.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// A fresh options object per project: vitest refuses one shared between projects.
function chromium() {
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({
      launchOptions: {
        executablePath,
        args: CHROMIUM_ARGS,
      },
    }),
    instances: [{ browser: 'chromium' as const }],
  };
}

// How long expect.element and expect.poll wait for the page to get there. Vitest's 1 s
// default is tight on a loaded CI machine; a condition that never holds still fails.
const poll = { timeout: 5000 };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          // The SDK's tests, and the tests that read the project's files (the elements' layers,
          // the stories' registrations).
          name: 'node',
          environment: 'node',
          include: [
            'packages/sdk/test/**/*.test.ts',
            'packages/elements/test/**/*.test.ts',
            'stories/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'mocks',
          environment: 'node',
          include: ['mocks/test/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        optimizeDeps: { include: ['lit', '@lit/context', '@lit/task', 'openapi-fetch'] },
        test: {
          name: 'elements',
          include: ['packages/elements/src/**/*.test.ts'],
          browser: chromium(),
          expect: { poll },
        },
      },
      {
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'stories',
          browser: chromium(),
          expect: { poll },
          // A play function may wait for a chunk the dev server transforms on first request,
          // then for its data (Server Error Then Retry also sits through the SDK's backoff):
          // 15 s was not always enough on a busy CI machine. A bound, not a duration asserted.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
