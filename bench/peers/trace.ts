/**
 * `peers.bench.ts --trace`: a Chromium trace (devtools.timeline) of one grid's first paint,
 * summed by what the renderer's main thread did: script, style (UpdateLayoutTree), layout,
 * pre-paint and paint, and the animation frames it took. Unlike the CPU profile (`--profile`,
 * which charges a forced layout to the script that forced it), this says which kind of work
 * the time went to, and how much of it was forced by script before the frame.
 *
 * Thread time (CPU) is what a busy machine changes least; wall-clock figures on the shared VM
 * run two to four times their CPU time. TRACE_EVENTS=1 lists each task, style, layout, paint and
 * animation frame (wall and CPU ms); TRACE_NAMES=1 sums every event name.
 */
import type { BrowserContext, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time (CPU), µs: without the time the thread waited for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown>; beginData?: unknown; endData?: unknown };
}

/** Leaf kinds of work, by trace event name. Script is what remains of the tasks. */
/** One per animation frame (the harness waits for frames with requestAnimationFrame). */
const FRAME = 'FireAnimationFrame';

/** Script: style or layout inside one of these was forced by a script's read of the layout. */
const SCRIPT = new Set([
  'FunctionCall',
  'v8.callFunction',
  'EventDispatch',
  'TimerFire',
  'RunMicrotasks',
  'v8.run',
  'EvaluateScript',
]);

const KINDS: Record<string, string> = {
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  ParseHTML: 'parse',
  MajorGC: 'gc',
  MinorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
};

/** Listed with TRACE_EVENTS though not work: the network's events and the page's marks. */
const NOTED = /^Resource(SendRequest|ReceiveResponse|ReceivedData|Finish)$/;
const noted = (e: TraceEvent) =>
  NOTED.test(e.name) || (e.cat?.includes('user_timing') === true && e.ph !== 'X');

export interface TraceSummary {
  ms: number;
  /** Frames the renderer's main thread produced meanwhile. */
  frames: number;
  /** Main-thread time in tasks, ms. */
  busy: number;
  /** The same in thread time (CPU), ms: what a busy machine changes least. */
  cpu: number;
  /** Main-thread CPU time by kind, ms (style and layout forced by script apart). */
  byKind: Record<string, number>;
  /** Elements the style engine recalculated (the sum of its passes' element counts). */
  restyled: number;
  /** CPU time in style passes (nested ones once), ms. */
  styleCpu: number;
}

/** Traces `phase` in `page` and sums the main thread's work between its start and its end. */
export async function tracePhase(
  context: BrowserContext,
  page: Page,
  phase: () => Promise<number>,
  /** The user-timing marks that bound what is summed (the phase's own by default). */
  [startMark, endMark] = ['trace-start', 'trace-end'],
): Promise<TraceSummary> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
        'v8',
      ],
    },
  });
  await page.evaluate(() => performance.mark('trace-start'));
  const ms = await phase();
  await page.evaluate(() => performance.mark('trace-end'));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();

  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.name === startMark),
  );
  const onMain = events.filter((e) => e.pid === main?.pid && e.tid === main?.tid);
  const start = onMain.find((e) => e.name === startMark)?.ts ?? 0;
  const end = onMain.find((e) => e.name === endMark)?.ts ?? Number.POSITIVE_INFINITY;
  const within = onMain.filter((e) => e.ts >= start && e.ts <= end && (e.ph === 'X' || noted(e)));
  const byKind: Record<string, number> = {};
  const add = (kind: string, us: number) => {
    byKind[kind] = (byKind[kind] ?? 0) + us / 1000;
  };
  // Tasks: everything the main thread did; the leaf kinds (outermost only) are taken out
  // of them, and what remains is script (and the rest).
  let tasks = 0;
  let cpu = 0;
  for (const e of within) {
    if (e.name !== 'RunTask') continue;
    tasks += e.dur ?? 0;
    cpu += e.tdur ?? 0;
  }
  const frames = within.filter((e) => e.name === FRAME);
  const scripts = within.filter((e) => SCRIPT.has(e.name));
  const inScript = (e: TraceEvent) =>
    scripts.some((f) => e.ts >= f.ts && e.ts + (e.dur ?? 0) <= f.ts + (f.dur ?? 0));
  let leaves = 0;
  let coveredUntil = 0;
  for (const e of within.filter((x) => KINDS[x.name]).sort((a, b) => a.ts - b.ts)) {
    if (e.ts < coveredUntil) continue;
    coveredUntil = e.ts + (e.dur ?? 0);
    leaves += e.tdur ?? e.dur ?? 0;
    const kind = KINDS[e.name]!;
    const forced = (kind === 'style' || kind === 'layout') && inScript(e);
    add(forced ? `${kind} (forced by script)` : kind, e.tdur ?? e.dur ?? 0);
  }
  add('script and other', cpu - leaves);
  let restyled = 0;
  let styleCpu = 0;
  let styleUntil = 0;
  for (const e of within.filter((x) => x.name === 'UpdateLayoutTree').sort((a, b) => a.ts - b.ts)) {
    if (e.ts < styleUntil) continue;
    styleUntil = e.ts + (e.dur ?? 0);
    styleCpu += e.tdur ?? e.dur ?? 0;
    restyled += Number((e.args as { elementCount?: number } | undefined)?.elementCount ?? 0);
  }
  if (process.env.TRACE_EVENTS) {
    for (const e of within) {
      if (
        !KINDS[e.name] &&
        e.name !== FRAME &&
        e.name !== 'RunTask' &&
        !SCRIPT.has(e.name) &&
        !noted(e)
      )
        continue;
      const data = JSON.stringify(e.args?.beginData ?? e.args?.data ?? {}).slice(0, 160);
      console.info(
        `${((e.ts - start) / 1000).toFixed(1).padStart(7)} ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ${((e.tdur ?? 0) / 1000).toFixed(1).padStart(6)} ${e.name} ${inScript(e) ? 'forced ' : ''}${data}`,
      );
    }
  }
  if (process.env.TRACE_NAMES) {
    const names = new Map<string, number>();
    for (const e of within) names.set(e.name, (names.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    console.info([...names].sort((a, b) => b[1] - a[1]).slice(0, 40));
  }
  return {
    ms,
    frames: frames.length,
    busy: tasks / 1000,
    cpu: cpu / 1000,
    byKind,
    restyled,
    styleCpu: styleCpu / 1000,
  };
}
/**
 * `--trace-jumps`: traces a whole `peerBench` run of one grid and sums the random jumps alone
 * (between the harness's `jumps-start` and `jumps-end` marks), per frame, with what one restyled
 * element cost: the figure that found `box-sizing: inherit` making every element's style dear.
 */
export async function traceJumps(
  context: BrowserContext,
  page: Page,
  count: number,
  cold = false,
): Promise<string> {
  const jumps = 120;
  const { frames, cpu, byKind, restyled, styleCpu } = await tracePhase(
    context,
    page,
    async () =>
      (await page.evaluate(([n, c]) => window.peerBench(n, c), [count, cold] as const))
        .jumpWorkMedian,
    ['jumps-start', 'jumps-end'],
  );
  const lines = Object.entries(byKind)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, time]) => `${(time / jumps).toFixed(2).padStart(8)} ms  ${kind}`);
  return [
    `${jumps} jumps, ${frames} frames; per jump: CPU ${(cpu / jumps).toFixed(1)} ms, ` +
      `${Math.round(restyled / jumps)} elements restyled at ${((styleCpu * 1000) / Math.max(1, restyled)).toFixed(1)} µs each:`,
    ...lines,
  ].join('\n');
}

/** Traces the first paint of one grid in a fresh page. */
export async function traceFirstPaint(
  context: BrowserContext,
  page: Page,
  count: number,
  cold = false,
): Promise<string> {
  await page.evaluate(([n, c]) => window.peerPrepare(n, c), [count, cold] as const);
  const { ms, frames, busy, cpu, byKind } = await tracePhase(context, page, () =>
    page.evaluate(() => window.peerFirstPaint()),
  );
  const lines = Object.entries(byKind)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, time]) => `${time.toFixed(1).padStart(8)} ms  ${kind}`);
  return [
    `${ms.toFixed(1)} ms, ${frames} frames, main thread busy ${busy.toFixed(1)} ms (CPU ${cpu.toFixed(1)} ms):`,
    ...lines,
  ].join('\n');
}
