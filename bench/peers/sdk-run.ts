/**
 * The Node half of client-grid's measurement over the SDK (./client-grid-sdk.ts): starts the
 * mock API over HTTP on loopback, opens a fresh page per run, and tabulates the round trip of
 * the first list request against the time from its response to the first rows painted.
 * SDK_TRACE=1 traces each run (see ./trace.ts; with TRACE_EVENTS=1, event by event), SDK_PROFILE=1
 * takes a CPU profile of each (./profile.ts).
 */
import { startHttpServer } from '@clientele/mocks/http';
import type { BrowserContext } from 'playwright-core';
import type { SdkResult } from './client-grid-sdk.ts';
import { profiled } from './profile.ts';
import { tracePhase } from './trace.ts';

/** One frame at 60 Hz: the response should be on screen within it. */
const FRAME_MS = 1000 / 60;

export async function measureSdk(
  context: BrowserContext,
  origin: string,
  runs: number,
  size = 1000,
): Promise<SdkResult[]> {
  const api = await startHttpServer({ host: '127.0.0.1', port: 0, size });
  const results: SdkResult[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`client-grid (SDK): ${error.message}`));
      await page.goto(`${origin}/peers/client-grid-sdk.html`);
      await page.waitForFunction(() => typeof window.sdkBench === 'function');
      const measure = () => page.evaluate((url) => window.sdkBench(url), api.url);
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
      results.push(result);
      console.info(
        `run ${run + 1}/${runs}, client-grid over the SDK: round trip ${result.roundTripMs.toFixed(1)} ms, ` +
          `response -> painted ${result.responseToPaintedMs.toFixed(1)} ms (${result.requests.join(', ')})`,
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

export function sdkTable(results: SdkResult[], size = 1000): string {
  const row = (label: string, values: number[]) =>
    `| ${label} | ${median(values).toFixed(1)} ms (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}) |`;
  const within = results.filter((r) => r.responseToPaintedMs <= FRAME_MS).length;
  return [
    `| client-grid over the SDK, mock API over HTTP (${size.toLocaleString('en')} clients) | median (range) |`,
    '|---|---:|',
    row(
      'first list request: round trip',
      results.map((r) => r.roundTripMs),
    ),
    row(
      'its response -> first rows painted',
      results.map((r) => r.responseToPaintedMs),
    ),
    row(
      'grid added -> first rows painted',
      results.map((r) => r.totalMs),
    ),
    `| runs painted within one frame (${FRAME_MS.toFixed(1)} ms) of the response | ${within} of ${results.length} |`,
  ].join('\n');
}
