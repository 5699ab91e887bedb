/**
 * The Node half of the measurement over HTTP (./http-measure.ts): starts the mock API over HTTP
 * on loopback, opens a fresh page per grid and run (client-grid over the SDK,
 * ./client-grid-sdk.ts; lit-virtualizer over one plain fetch, ./lit-virtualizer-http.ts), and
 * tabulates the round trip of the first list request against the time from its response to the
 * first rows painted, with client-grid's ratio to lit-virtualizer in the same run.
 * SDK_TRACE=1 traces each run (see ./trace.ts; with TRACE_EVENTS=1, event by event), SDK_PROFILE=1
 * takes a CPU profile of each (./profile.ts).
 */

import { slowNetwork } from '@clientele/mocks';
import { startHttpServer } from '@clientele/mocks/http';
import type { BrowserContext } from 'playwright-core';
import type { HttpGrid, SdkResult } from './http-measure.ts';
import { profiled } from './profile.ts';
import { tracePhase } from './trace.ts';

/** One frame at 60 Hz: the response should be on screen within it. */
const FRAME_MS = 1000 / 60;

/** The pages measured over HTTP, each with its grid (./http-measure.ts). */
const PAGES: Record<HttpGrid, string> = {
  'client-grid': 'peers/client-grid-sdk.html',
  'lit-virtualizer': 'peers/lit-virtualizer-http.html',
};

export async function measureSdk(
  context: BrowserContext,
  origin: string,
  runs: number,
  { size = 1000, latencyMs = 0 }: { size?: number; latencyMs?: number } = {},
): Promise<SdkRun[]> {
  const api = await startHttpServer({ host: '127.0.0.1', port: 0, size });
  // A server (or a network) that takes its time: every request answers after latencyMs.
  if (latencyMs > 0) api.backend.handlers.unshift(slowNetwork({ delayMs: latencyMs }));
  const results: SdkRun[] = [];
  try {
    // Each run measures each grid on a cold page (added as the page loads, its chunks still
    // coming) and a warm one (added after the page's first idle period), in alternating order.
    const grids = Object.keys(PAGES) as HttpGrid[];
    const jobs = Array.from({ length: runs }, (_, run) => {
      const modes = run % 2 ? (['warm', 'cold'] as const) : (['cold', 'warm'] as const);
      const order = run % 2 ? [...grids].reverse() : grids;
      return modes.flatMap((mode) => order.map((grid) => ({ run, mode, grid })));
    }).flat();
    for (const { run, mode, grid } of jobs) {
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`${grid} (HTTP): ${error.message}`));
      await page.goto(`${origin}/${PAGES[grid]}`);
      await page.waitForFunction(() => typeof window.sdkBench === 'function');
      const measure = () =>
        page.evaluate(([url, m]) => window.sdkBench(url, m), [api.url, mode] as const);
      let result: SdkResult | undefined;
      if (process.env.SDK_PROFILE) {
        console.info(
          await profiled(
            context,
            page,
            async () => {
              result = await measure();
              return result.totalMs;
            },
            30,
          ),
        );
      } else if (process.env.SDK_TRACE) {
        const traced = await tracePhase(context, page, async () => {
          result = await measure();
          return result.totalMs;
        });
        console.info(traced.byKind);
      } else result = await measure();
      if (!result) throw new Error('no result');

      await page.close();
      results.push({ ...result, run });
      console.info(
        `run ${run + 1}/${runs}, ${grid === 'client-grid' ? 'client-grid over the SDK' : `${grid} over a plain fetch`}, ${mode} page, API answers after ${latencyMs} ms: round trip ${result.roundTripMs.toFixed(1)} ms, ` +
          `response -> painted ${result.responseToPaintedMs.toFixed(1)} ms, ` +
          `request sent ${(result.totalMs - result.responseToPaintedMs - result.roundTripMs).toFixed(0)} ms after the grid was added, ${result.framesBetween} frames between, ` +
          `placeholders ${result.placeholdersVsResponseMs === undefined ? 'never shown' : `${result.placeholdersVsResponseMs.toFixed(0)} ms from the response`} ` +
          `(${result.requests.join(', ')})`,
      );
    }
  } finally {
    await api.close();
  }
  return results;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** One page load's figures, with the run it belongs to. */
export type SdkRun = SdkResult & { run: number };

export function sdkTable(results: SdkRun[], { size = 1000, latencyMs = 0 } = {}): string {
  const modes = ['cold', 'warm'] as const;
  const columns = (['client-grid', 'lit-virtualizer'] as const).flatMap((grid) =>
    modes.map((mode) => ({ grid, mode })),
  );
  const by = columns.map(({ grid, mode }) =>
    results.filter((r) => r.grid === grid && r.page === mode),
  );
  const cell = (values: number[], unit = ' ms', digits = 1) =>
    values.length
      ? `${median(values).toFixed(digits)}${unit} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`
      : '–';
  /** Per page mode, the median over the runs of client-grid's figure ÷ lit-virtualizer's. */
  const ratios = (pick: (r: SdkResult) => number) =>
    modes.map((mode) => {
      const of = (grid: HttpGrid, run: number) =>
        results.find((r) => r.grid === grid && r.page === mode && r.run === run);
      const values = results
        .filter((r) => r.grid === 'client-grid' && r.page === mode)
        .flatMap((r) => {
          const peer = of('lit-virtualizer', r.run);
          return peer && pick(peer) > 0 ? [pick(r) / pick(peer)] : [];
        });
      return values.length ? `${median(values).toFixed(2)}×` : '–';
    });
  const row = (
    label: string,
    pick: (r: SdkResult) => number,
    { unit, digits, ratio = true }: { unit?: string; digits?: number; ratio?: boolean } = {},
  ) =>
    `| ${label} | ${[...by.map((rs) => cell(rs.map(pick), unit, digits)), ...(ratio ? ratios(pick) : ['', ''])].join(' | ')} |`;
  const count = (label: string, test: (r: SdkResult) => boolean) =>
    `| ${label} | ${[...by.map((rs) => `${rs.filter(test).length} of ${rs.length}`), '', ''].join(' | ')} |`;
  return [
    `| mock API over HTTP (${size.toLocaleString('en')} clients, ${latencyMs ? `answers after ${latencyMs} ms` : 'loopback, no added latency'}): median (range) | ${columns.map(({ grid, mode }) => `${grid === 'client-grid' ? 'client-grid over the SDK' : `${grid} over a plain fetch`}, ${mode} page`).join(' | ')} | client-grid ÷ lit-virtualizer, cold | warm |`,
    `|---|${columns.map(() => '---:').join('|')}|---:|---:|`,
    row('first list request: round trip', (r) => r.roundTripMs, { ratio: false }),
    row('its response -> first rows painted', (r) => r.responseToPaintedMs),
    row('frames rendered between the response and the rows', (r) => r.framesBetween, {
      unit: '',
      digits: 0,
      ratio: false,
    }),
    row('grid added -> first rows painted', (r) => r.totalMs),
    row(
      'of which not under the round trip (added -> painted, minus the round trip)',
      (r) => r.totalMs - r.roundTripMs,
    ),
    count('runs with the rows in the first frame after the response', (r) => r.framesBetween === 0),
    count(
      `runs painted within ${FRAME_MS.toFixed(1)} ms of the response`,
      (r) => r.responseToPaintedMs <= FRAME_MS,
    ),
  ].join('\n');
}
