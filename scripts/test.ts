// `pnpm test`: every check the project has, in order, stopping at the first failure.
// Static checks first (cheap), then all vitest projects (SDK, mocks, elements in Chromium,
// stories as tests, demo end to end), then production builds.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromiumVersion, findChromium } from './chromium.ts';

let chromium: string;
try {
  chromium = findChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
process.env.CHROMIUM_PATH = chromium;
console.info(`Chromium: ${chromium} (${chromiumVersion(chromium)})`);

mkdirSync('reports', { recursive: true });

const steps: Array<[name: string, command: string, args: string[]]> = [
  ['spec lint', 'pnpm', ['run', '--silent', 'lint:spec']],
  ['type drift', 'pnpm', ['run', '--silent', 'gen:check']],
  ['custom elements manifest', 'pnpm', ['run', '--silent', 'cem']],
  ['typecheck', 'pnpm', ['run', '--silent', 'typecheck']],
  ['lint', 'pnpm', ['run', '--silent', 'lint']],
  ['size budgets', 'pnpm', ['run', '--silent', 'size']],
  [
    'tests',
    'pnpm',
    [
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=reports/vitest.json',
    ],
  ],
  ['package builds', 'pnpm', ['run', '--silent', 'build']],
  ['demo build', 'pnpm', ['--filter', '@clientele/demo', 'run', 'build']],
  ['storybook build', 'pnpm', ['run', '--silent', 'build-storybook']],
];

for (const [name, command, args] of steps) {
  console.info(`\n── ${name} ──`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed (${seconds} s)`);
    process.exit(result.status ?? 1);
  }
  console.info(`✓ ${name} (${seconds} s)`);
}
