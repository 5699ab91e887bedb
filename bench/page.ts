/**
 * The in-page half of the client-grid benchmark: builds an in-memory data source and measures
 * with the page's own clock. Driven by client-grid.bench.ts through `window.clientGridBench`.
 */

import type { ClientGrid } from '../packages/elements/src/client-grid/client-grid.ts';
import { createArrayDataProvider, makeClients } from '../packages/elements/src/testing/index.ts';
import '../packages/elements/src/define/client-grid.ts';
import { countElements, type FrameStats, nextFrame, scrollFrames, settle } from './measure.ts';

export type { FrameStats } from './measure.ts';

export interface BenchResult {
  count: number;
  firstRowsMs: number;
  steady: FrameStats;
  jumps: FrameStats;
  resortMs: number;
  afterResort: FrameStats;
  elements: number;
  elementsAfterScroll: number;
}

function gridOf(host: ClientGrid): HTMLElement {
  return host.shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!;
}

/** Resolves at the first frame whose DOM shows a loaded first row matching `test`. */
/** The last rendered row, whose layout each measured frame forces too. */
const lastRow = (host: ClientGrid) => () =>
  host.shadowRoot!.querySelector('[role="row"]:last-child');

async function firstRowsPainted(host: ClientGrid, test: (text: string) => boolean): Promise<void> {
  for (let i = 0; i < 6000; i++) {
    await nextFrame();
    const row = host.shadowRoot?.querySelector('[role="row"][aria-rowindex="2"]:not([aria-busy])');
    if (row && test(row.textContent ?? '')) {
      await nextFrame(); // the frame that painted it has ended
      return;
    }
  }
  throw new Error('rows never painted');
}

/**
 * Scrolls for `frames` frames, one step per frame (`next` gives the next scroll offset), and
 * measures each frame: the time between animation frames, and the main-thread work of the
 * frame from its scroll event to the end of style and layout (forced in the next rAF).
 */
async function run(count: number): Promise<BenchResult> {
  const old = document.querySelector('client-grid');
  const host = document.createElement('client-grid');
  old?.replaceWith(host);
  await host.updateComplete;
  const clients = makeClients(count);
  const provider = createArrayDataProvider(clients);
  await nextFrame();

  const newest = clients.at(-1)!;
  const start = performance.now();
  host.dataProvider = provider;
  await firstRowsPainted(host, (text) => text.includes(newest.email));
  const firstRowsMs = performance.now() - start;
  const elements = countElements();

  const steady = await scrollFrames(
    gridOf(host),
    240,
    (top, max) => Math.min(max, top + 52 * 4),
    lastRow(host),
  );
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  performance.mark('jumps-start');
  const jumps = await scrollFrames(
    gridOf(host),
    120,
    (_top, max) => Math.floor(random() * max),
    lastRow(host),
  );
  performance.mark('jumps-end');
  await settle(host);
  const elementsAfterScroll = countElements();

  gridOf(host).scrollTop = 0;
  await settle(host);
  const byCompany = [...clients].sort((a, b) =>
    (a.company ?? `${a.last_name} ${a.first_name}`).localeCompare(
      b.company ?? `${b.last_name} ${b.first_name}`,
      'en',
      { sensitivity: 'base', numeric: true },
    ),
  );
  const first = byCompany[0]!;
  const resortStart = performance.now();
  host.sort = 'company';
  await firstRowsPainted(host, (text) => text.includes(first.email));
  const resortMs = performance.now() - resortStart;
  const afterResort = await scrollFrames(
    gridOf(host),
    120,
    (top, max) => Math.min(max, top + 52 * 4),
    lastRow(host),
  );

  return {
    count,
    firstRowsMs,
    steady,
    jumps,
    resortMs,
    afterResort,
    elements,
    elementsAfterScroll,
  };
}

declare global {
  interface Window {
    clientGridBench: (count: number) => Promise<BenchResult>;
  }
}

window.clientGridBench = run;
