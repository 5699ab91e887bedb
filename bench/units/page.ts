/**
 * The in-page half of the units-ledger benchmark: an in-memory ledger of `count` entries
 * (`makeUnitEntries`) given to `<units-ledger>` as its `dataProvider` (no API: the balance
 * panel is left out), measured with the page's own clock. Driven by units-ledger.bench.ts
 * through `window.unitsLedgerBench`.
 */

import {
  createUnitEntryArrayDataProvider,
  makeUnitEntries,
} from '../../packages/elements/src/testing/index.ts';
import type { UnitsLedger } from '../../packages/elements/src/units-ledger/units-ledger.ts';
import '../../packages/elements/src/define/units-ledger.ts';
import { countElements, type FrameStats, nextFrame, scrollFrames, settle } from '../measure.ts';

export type { FrameStats } from '../measure.ts';

export interface UnitsBenchResult {
  count: number;
  firstRowsMs: number;
  steady: FrameStats;
  jumps: FrameStats;
  lastRowMs: number;
  searchMs: number;
  elements: number;
  elementsAfterScroll: number;
}

const gridOf = (host: UnitsLedger) => host.shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!;

/** Resolves at the first frame whose DOM shows a loaded row `index` (1-based, header = 1) matching `test`. */
async function rowPainted(host: UnitsLedger, index: number, test: (text: string) => boolean) {
  for (let i = 0; i < 6000; i++) {
    await nextFrame();
    const row = host.shadowRoot?.querySelector(
      `[role="row"][aria-rowindex="${index}"]:not([aria-busy])`,
    );
    if (row && test(row.textContent ?? '')) {
      await nextFrame();
      return;
    }
  }
  throw new Error(`row ${index} never painted`);
}

async function run(count: number): Promise<UnitsBenchResult> {
  const old = document.querySelector('units-ledger');
  const host = document.createElement('units-ledger');
  host.setAttribute('client-id', 'cl_bench');
  old?.replaceWith(host);
  await host.updateComplete;
  const entries = makeUnitEntries(count);
  const provider = createUnitEntryArrayDataProvider(entries);
  await nextFrame();

  const newest = entries.at(-1)!;
  const start = performance.now();
  host.dataProvider = provider;
  await rowPainted(host, 2, (text) => text.includes(newest.id));
  const firstRowsMs = performance.now() - start;
  const elements = countElements();

  const steady = await scrollFrames(gridOf(host), 240, (top, max) => Math.min(max, top + 56 * 4));
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const jumps = await scrollFrames(gridOf(host), 120, (_top, max) => Math.floor(random() * max));
  await settle(host);
  const elementsAfterScroll = countElements();

  // The oldest entry: the end of the list, read through the reverse sort.
  gridOf(host).scrollTop = 0;
  await settle(host);
  const lastStart = performance.now();
  gridOf(host).scrollTop = gridOf(host).scrollHeight;
  await rowPainted(host, count + 1, (text) => text.includes(entries[0]!.description));
  const lastRowMs = performance.now() - lastStart;

  const searchStart = performance.now();
  host.query = 'web-03';
  const match = entries.findLast((e) => e.resource?.name === 'web-03')!;
  await rowPainted(host, 2, (text) => text.includes(match.id));
  const searchMs = performance.now() - searchStart;

  return { count, firstRowsMs, steady, jumps, lastRowMs, searchMs, elements, elementsAfterScroll };
}

declare global {
  interface Window {
    unitsLedgerBench: (count: number) => Promise<UnitsBenchResult>;
  }
}

window.unitsLedgerBench = run;
