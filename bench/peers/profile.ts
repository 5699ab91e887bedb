/**
 * `peers.bench.ts --profile`: CPU profiles (V8 sampling, 100 µs) of one grid's first paint and
 * of its sort by company, summed by function (self time), for reading where a grid spends that time. "(program)" is
 * the browser's own work outside JavaScript (style, layout, paint), "(idle)" is waiting for
 * the next frame. Built unminified so that function names survive.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export async function profiled(
  context: BrowserContext,
  page: Page,
  phase: () => Promise<number>,
  top: number,
): Promise<string> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const ms = await phase();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  // CPU_PROFILES=dir keeps each raw profile (open it in DevTools' Performance panel).
  const dir = process.env.CPU_PROFILES;
  if (dir) writeFileSync(join(dir, `${Date.now()}.cpuprofile`), JSON.stringify(profile));
  await cdp.detach();

  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const file = frame.url.split('/').pop() ?? '';
    const name = `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${frame.lineNumber + 1}` : ''}`;
    const delta = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(name, (self.get(name) ?? 0) + delta);
    total += delta;
  });
  const lines = [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, time]) => `${time.toFixed(1).padStart(8)} ms  ${name}`);
  return [`${ms.toFixed(1)} ms; ${total.toFixed(1)} ms sampled; self time:`, ...lines].join('\n');
}

/** Profiles the first paint, then the sort by company, in the page (a fresh one). */
export async function profilePhases(
  context: BrowserContext,
  page: Page,
  count: number,
  cold = false,
  top = 25,
): Promise<string> {
  await page.evaluate(([n, c]) => window.peerPrepare(n, c), [count, cold] as const);
  const first = await profiled(
    context,
    page,
    () => page.evaluate(() => window.peerFirstPaint()),
    top,
  );
  await page.evaluate(() => window.peerSettle());
  const sort = await profiled(
    context,
    page,
    () => page.evaluate(() => window.peerSortPaint()),
    top,
  );
  return `first rows painted in ${first}\n\nsorted by company, first rows painted in ${sort}`;
}
