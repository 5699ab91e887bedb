/**
 * client-grid benchmark (not a test): builds bench/ with Vite (production), opens it in
 * headless Chromium and, for in-memory data sources of 1,000 / 10,000 / 100,000 clients,
 * reports the time from setting the data to the first rows painted, frame times and
 * main-thread work per frame (median, p95) for steady scrolling and for random jumps, the
 * time to re-sort and the frames of scrolling after it, and the element count including
 * shadow roots.
 *
 *   node bench/client-grid.bench.ts [--sizes=1000,10000,100000]
 *
 * CHROMIUM_PATH overrides the browser (default /usr/bin/chromium).
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult, FrameStats } from './page.ts';
import { serveBench } from './serve.ts';

const here = dirname(fileURLToPath(import.meta.url));
const sizesArg = process.argv.find((arg) => arg.startsWith('--sizes='));
const sizes = sizesArg
  ? sizesArg.slice('--sizes='.length).split(',').map(Number)
  : [1_000, 10_000, 100_000];

async function main(): Promise<void> {
  const bench = await serveBench(here);
  try {
    const page = bench.context.pages()[0] ?? (await bench.context.newPage());
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`${bench.origin}/index.html`);
    await page.waitForFunction(() => typeof window.clientGridBench === 'function');
    const results: BenchResult[] = [];
    for (const count of sizes) {
      results.push(await page.evaluate((n) => window.clientGridBench(n), count));
    }
    report(results);
  } finally {
    await bench.close();
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const frames = (stats: FrameStats) => `${ms(stats.frameMedian)} / ${ms(stats.frameP95)}`;
const work = (stats: FrameStats) => `${ms(stats.workMedian)} / ${ms(stats.workP95)}`;

function report(results: BenchResult[]): void {
  const rows: Array<[string, (r: BenchResult) => string]> = [
    ['set data -> first rows painted', (r) => ms(r.firstRowsMs)],
    ['steady scroll: frame time (median / p95)', (r) => frames(r.steady)],
    ['steady scroll: main thread per frame (median / p95)', (r) => work(r.steady)],
    ['random jumps: frame time (median / p95)', (r) => frames(r.jumps)],
    ['random jumps: main thread per frame (median / p95)', (r) => work(r.jumps)],
    ['re-sort by company -> first rows painted', (r) => ms(r.resortMs)],
    ['scroll after re-sort: frame time (median / p95)', (r) => frames(r.afterResort)],
    ['scroll after re-sort: main thread per frame (median / p95)', (r) => work(r.afterResort)],
    ['elements incl. shadow roots (loaded)', (r) => String(r.elements)],
    ['elements incl. shadow roots (after scrolling)', (r) => String(r.elementsAfterScroll)],
  ];
  const header = ['', ...results.map((r) => `${r.count.toLocaleString('en')} clients`)];
  const table = [header, ...rows.map(([label, cell]) => [label, ...results.map(cell)])];
  const widths = header.map((_, col) => Math.max(...table.map((row) => row[col]!.length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join(' | ')} |`;
  console.info(line(header));
  console.info(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of table.slice(1)) console.info(line(row));
  console.info(
    "\nMain thread per frame: from the frame's scroll event through rendering, style and layout" +
      ' (forced in the next animation frame); paint and compositing are not included.',
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
