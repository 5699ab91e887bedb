/**
 * Side-by-side benchmark (not a test; it asserts nothing): client-grid, lit-virtualizer and
 * vaadin-grid over the same generated clients, in the same browser, in alternating order per
 * run (A-B-C, C-B-A, A-B-C...), one fresh page per grid and size. Prints the medians over the
 * runs (range in brackets) and, per run, each grid's ratio to lit-virtualizer in that run
 * (median of those ratios), then the gzip size of one grid tag with lit.
 *
 *   node bench/peers.bench.ts [--sizes=1000,100000] [--runs=3]
 *   node bench/peers.bench.ts --profile [--sizes=...]   (CPU profiles: first paint, sort)
 *   node bench/peers.bench.ts --trace [--sizes=...]     (first paint: main thread by kind)
 *   node bench/peers.bench.ts --trace-jumps [--sizes=...] (random jumps: the same per jump, and
 *                                                         the style engine's cost per element)
 *   ... --profile|--trace --grids=client-grid             (only those grids)
 *   node bench/peers.bench.ts --sdk-only [--runs=5]      (over HTTP alone: see below)
 *   ... --latency=0,100   (the mock API answers after these ms, one table each; default both)
 *
 * Then, in every run without --profile/--trace: over HTTP, against the mock API served on
 * loopback (./peers/sdk-run.ts), client-grid over the SDK and lit-virtualizer over one plain
 * fetch of the same first page, each added to a fresh page: the first list request's round trip
 * against the time from its response to the first rows painted, and the ratios.
 *
 * CHROMIUM_PATH overrides the browser (default /usr/bin/chromium).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BundleSize, bundleSize } from './peers/bundle-size.ts';
import type { PeerResult } from './peers/harness.ts';
import { profilePhases } from './peers/profile.ts';
import { measureSdk, type SdkRun, sdkTable } from './peers/sdk-run.ts';
import { traceFirstPaint, traceJumps } from './peers/trace.ts';
import { serveBench } from './serve.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const sizes = (arg('sizes') ?? '1000,100000').split(',').map(Number);
const runs = Number(arg('runs') ?? 3);
/** --profile and --trace: only these grids (comma-separated names). */
const only = arg('grids')?.split(',');
const tracingJumps = process.argv.includes('--trace-jumps');
const tracing = process.argv.includes('--trace') || tracingJumps;
const profiling = process.argv.includes('--profile') || tracing;
/** Only client-grid over the SDK against the mock API. */
const sdkOnly = process.argv.includes('--sdk-only');
/** The data right after the page loaded, without waiting for the page's first idle period. */
const cold = process.argv.includes('--cold');
/**
 * Over the SDK: the mock API answers after these ms. 0 is loopback, where the round trip is
 * shorter than any grid's first render; 100 is an API across a network, where what the page
 * does while the request is out is hidden behind it.
 */
const latencies = (arg('latency') ?? '0,100').split(',').map(Number);

const SUBJECTS = [
  {
    name: 'client-grid',
    page: 'peers/client-grid.html',
    entry: join(root, 'packages/elements/src/define/client-grid.ts'),
  },
  {
    name: 'lit-virtualizer',
    page: 'peers/lit-virtualizer.html',
    entry: join(here, 'peers/entries/lit-virtualizer.ts'),
  },
  {
    name: 'vaadin-grid',
    page: 'peers/vaadin-grid.html',
    entry: join(here, 'peers/entries/vaadin-grid.ts'),
  },
] as const;
type Name = (typeof SUBJECTS)[number]['name'];
const BASE: Name = 'lit-virtualizer';

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').trim();

/** results[run][size][name] */
type RunResults = Array<Map<number, Map<Name, PeerResult>>>;

async function measureAll(): Promise<{ results: RunResults; sdk: SdkRun[][] }> {
  const bench = await serveBench(here, {
    minify: !profiling && !process.env.SDK_PROFILE,
    rolldownOptions: {
      input: {
        ...Object.fromEntries(SUBJECTS.map((s) => [s.name, join(here, s.page)])),
        'client-grid-sdk': join(here, 'peers/client-grid-sdk.html'),
        'lit-virtualizer-http': join(here, 'peers/lit-virtualizer-http.html'),
      },
    },
  });
  const { context } = bench;
  // Nothing leaves the machine (a peer's development-mode telemetry, say).
  const blocked: string[] = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      blocked.push(route.request().url());
      return route.abort();
    },
  );
  const results: RunResults = [];
  const sdk: SdkRun[][] = [];
  try {
    if (profiling) {
      for (const count of sizes) {
        for (const subject of SUBJECTS.filter((s) => !only || only.includes(s.name))) {
          const page = await context.newPage();
          await page.goto(`${bench.origin}/${subject.page}`);
          await page.waitForFunction(() => typeof window.peerFirstPaint === 'function');
          const summary = tracingJumps
            ? await traceJumps(context, page, count, cold)
            : tracing
              ? await traceFirstPaint(context, page, count, cold)
              : await profilePhases(context, page, count, cold);
          console.info(`\n${subject.name}, ${count.toLocaleString('en')} clients: ${summary}`);
          await page.close();
        }
      }
      return { results, sdk };
    }
    for (let run = 0; run < (sdkOnly ? 0 : runs); run++) {
      const order = run % 2 === 0 ? [...SUBJECTS] : [...SUBJECTS].reverse();
      const bySize = new Map<number, Map<Name, PeerResult>>();
      results.push(bySize);
      for (const count of sizes) {
        const byName = new Map<Name, PeerResult>();
        bySize.set(count, byName);
        for (const subject of order) {
          const page = await context.newPage();
          page.on('pageerror', (error) => console.error(`${subject.name}: ${error.message}`));
          await page.goto(`${bench.origin}/${subject.page}`);
          await page.waitForFunction(() => typeof window.peerBench === 'function');
          const result = await page.evaluate(([n, c]) => window.peerBench(n, c), [
            count,
            cold,
          ] as const);
          await page.close();
          byName.set(subject.name, result);
          console.info(
            `run ${run + 1}/${runs}, ${count.toLocaleString('en')} clients, ${subject.name}: ` +
              `first rows ${ms(result.firstRowsMs)}, jumps ${ms(result.jumpWorkMedian)}, ` +
              `sort ${ms(result.sortMs)}`,
          );
        }
      }
    }
    for (const latencyMs of latencies) {
      sdk.push(await measureSdk(context, bench.origin, runs, { latencyMs }));
    }
  } finally {
    await bench.close();
  }
  if (blocked.length > 0) console.info(`\nBlocked requests off the machine: ${blocked.join(', ')}`);
  return { results, sdk };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, col) => Math.max(...all.map((row) => row[col]!.length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, col) => `${'-'.repeat(w + 1)}${col === 0 ? '-' : ':'}`).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

interface Metric {
  label: string;
  value: (r: PeerResult) => number | undefined;
  format: (value: number) => string;
  /** Show the range over the runs (timings); counts do not vary. */
  range: boolean;
}

const METRICS: Metric[] = [
  { label: 'data set -> first rows painted', value: (r) => r.firstRowsMs, format: ms, range: true },
  {
    label: '  of which in the data provider (scan, sort)',
    value: (r) => r.firstRowsProviderMs,
    format: ms,
    range: true,
  },
  {
    label: 'random jumps: main thread per frame (median)',
    value: (r) => r.jumpWorkMedian,
    format: ms,
    range: true,
  },
  {
    label: 'random jumps: main thread per frame (p95)',
    value: (r) => r.jumpWorkP95,
    format: ms,
    range: true,
  },
  {
    label: 'random jumps: frame time (median)',
    value: (r) => r.jumpFrameMedian,
    format: ms,
    range: true,
  },
  {
    label: 'sort by company -> first rows painted',
    value: (r) => r.sortMs,
    format: ms,
    range: true,
  },
  {
    label: '  of which in the data provider (scan, sort)',
    value: (r) => r.sortProviderMs,
    format: ms,
    range: true,
  },
  {
    label: 'elements incl. shadow roots',
    value: (r) => r.elements,
    format: String,
    range: false,
  },
  {
    label: '  of which in shadow roots',
    value: (r) => r.elementsInShadow,
    format: String,
    range: false,
  },
  {
    label: 'row height / scroller height (px)',
    value: (r) => r.rowHeight * 10_000 + r.scrollerHeight,
    format: (v) => `${Math.floor(v / 10_000)} / ${Math.round(v % 10_000)}`,
    range: false,
  },
];

const others = SUBJECTS.filter((s) => s.name !== BASE);

function sizeTable(results: RunResults, count: number): string {
  const header = [
    `${count.toLocaleString('en')} clients`,
    ...SUBJECTS.map((s) => s.name),
    ...others.map((s) => `${s.name} ÷ ${BASE}`),
  ];
  const rows = METRICS.map((metric) => {
    const cells = SUBJECTS.map((subject) => {
      const values = results
        .map((run) => metric.value(run.get(count)!.get(subject.name)!))
        .filter((v): v is number => v !== undefined);
      if (values.length === 0) return '–';
      const mid = metric.format(median(values));
      if (!metric.range) return mid;
      const low = Math.min(...values).toFixed(1);
      const high = Math.max(...values).toFixed(1);
      return `${mid} (${low}–${high})`;
    });
    const ratios = others.map((subject) => {
      if (metric.label.startsWith('row height')) return '';
      const per = results.flatMap((run) => {
        const value = metric.value(run.get(count)!.get(subject.name)!);
        const base = metric.value(run.get(count)!.get(BASE)!);
        return value === undefined || base === undefined || base === 0 ? [] : [value / base];
      });
      return per.length === 0 ? '–' : `${median(per).toFixed(2)}×`;
    });
    return [metric.label, ...cells, ...ratios];
  });
  return table(header, rows);
}

function sizeOfTags(bundles: Map<Name, BundleSize>): string {
  const base = bundles.get(BASE)!;
  const header = [
    'one grid tag with lit (gzip)',
    ...SUBJECTS.map((s) => s.name),
    ...others.map((s) => `${s.name} ÷ ${BASE}`),
  ];
  const row = (label: string, pick: (b: BundleSize) => number) => [
    label,
    ...SUBJECTS.map((s) => kB(pick(bundles.get(s.name)!))),
    ...others.map((s) => {
      const value = pick(bundles.get(s.name)!);
      return value === 0 || pick(base) === 0 ? '–' : `${(value / pick(base)).toFixed(2)}×`;
    }),
  ];
  return table(header, [
    row('before first paint', (b) => b.initialGzip),
    row('loaded on first use', (b) => b.lazyGzip),
    row('in all', (b) => b.initialGzip + b.lazyGzip),
  ]);
}

async function main(): Promise<void> {
  const started = new Date();
  const loadBefore = loadavg();
  const { results, sdk } = await measureAll();
  if (profiling) return;
  const loadAfter = loadavg();
  if (sdkOnly) {
    console.info(`\n/proc/loadavg before: ${loadBefore}, after: ${loadAfter}\n\n${sdkTables(sdk)}`);
    return;
  }
  const bundles = new Map<Name, BundleSize>();
  for (const subject of SUBJECTS) bundles.set(subject.name, await bundleSize(subject.entry));

  console.info(
    `\n${started.toISOString()}; ${runs} runs, order alternating; ` +
      `/proc/loadavg before: ${loadBefore}, after: ${loadAfter}\n`,
  );
  for (const count of sizes) console.info(`${sizeTable(results, count)}\n`);
  console.info(`${sizeOfTags(bundles)}\n`);
  console.info(sdkTables(sdk));
  console.info(
    '\nMedians over the runs, range in brackets; a ratio is the median over the runs of the' +
      ` grid's figure divided by ${BASE}'s in the same run. Main thread per frame: from the` +
      " frame's scroll event to the first task after that frame's rendering (paint included).",
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

function sdkTables(sdk: SdkRun[][]): string {
  return sdk.map((results, i) => sdkTable(results, { latencyMs: latencies[i] })).join('\n\n');
}
