/**
 * units-ledger benchmark (not a test): builds bench/units with Vite (production), opens it in
 * headless Chromium and, for in-memory ledgers of 1,000 / 10,000 entries (by default), reports
 * the time from setting the data to the first rows painted, frame times and main-thread work
 * per frame for steady scrolling and random jumps, the time to the oldest entry (the end of the
 * list, read through the reverse sort), the time to the first row of a text search, and the
 * element count including shadow roots.
 *
 *   node bench/units-ledger.bench.ts [--sizes=1000,10000]
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveBench } from './serve.ts';
import type { FrameStats, UnitsBenchResult } from './units/page.ts';

const here = dirname(fileURLToPath(import.meta.url));
const sizesArg = process.argv.find((arg) => arg.startsWith('--sizes='));
const sizes = sizesArg ? sizesArg.slice('--sizes='.length).split(',').map(Number) : [1_000, 10_000];

async function main(): Promise<void> {
  const bench = await serveBench(join(here, 'units'));
  try {
    const page = bench.context.pages()[0] ?? (await bench.context.newPage());
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`${bench.origin}/index.html`);
    await page.waitForFunction(() => typeof window.unitsLedgerBench === 'function');
    const results: UnitsBenchResult[] = [];
    for (const count of sizes) {
      results.push(await page.evaluate((n) => window.unitsLedgerBench(n), count));
    }
    report(results);
  } finally {
    await bench.close();
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const frames = (s: FrameStats) => `${ms(s.frameMedian)} / ${ms(s.frameP95)}`;
const work = (s: FrameStats) => `${ms(s.workMedian)} / ${ms(s.workP95)}`;

function report(results: UnitsBenchResult[]): void {
  const rows: Array<[string, (r: UnitsBenchResult) => string]> = [
    ['set data -> first rows painted', (r) => ms(r.firstRowsMs)],
    ['steady scroll: frame time (median / p95)', (r) => frames(r.steady)],
    ['steady scroll: main thread per frame (median / p95)', (r) => work(r.steady)],
    ['random jumps: frame time (median / p95)', (r) => frames(r.jumps)],
    ['random jumps: main thread per frame (median / p95)', (r) => work(r.jumps)],
    ['scroll to the oldest entry -> painted', (r) => ms(r.lastRowMs)],
    ['search "web-03" -> first match painted', (r) => ms(r.searchMs)],
    ['elements incl. shadow roots (loaded)', (r) => String(r.elements)],
    ['elements incl. shadow roots (after scrolling)', (r) => String(r.elementsAfterScroll)],
  ];
  const header = ['', ...results.map((r) => `${r.count.toLocaleString('en')} entries`)];
  const table = [header, ...rows.map(([label, cell]) => [label, ...results.map(cell)])];
  const widths = header.map((_, col) => Math.max(...table.map((row) => row[col]!.length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join(' | ')} |`;
  console.info(line(header));
  console.info(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of table.slice(1)) console.info(line(row));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
