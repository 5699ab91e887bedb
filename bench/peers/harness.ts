/**
 * The in-page half of the side-by-side benchmark, the same for every grid: each grid's page
 * describes itself as a `Subject`, and this module measures it with the page's own clock.
 * Driven by ../peers.bench.ts through `window.peerBench`, one fresh page per grid and size.
 */
import type { Client } from '@clientele/sdk';
import { makeClients } from '../../packages/elements/src/testing/index.ts';
import { sortByCompany } from './columns.ts';
import { afterFrame, nextFrame } from './frames.ts';

export interface Subject {
  /** The element that scrolls the rows (the header stays in it, as in client-grid). */
  scroller(): HTMLElement;
  /** The first body row in the DOM, if any, and the text it shows. */
  firstRow(): { element: Element; text: string } | null;
  /** Hands the clients over, newest first (client-grid's default order). */
  setData(clients: readonly Client[]): void;
  /** Sorts by company: client-grid through its provider, a peer as its user would. */
  sortByCompany(clients: readonly Client[]): void;
  /** Time spent in the data provider since the last call (client-grid only). */
  takeProviderMs?(): number;
}

export interface PeerResult {
  count: number;
  firstRowsMs: number;
  /** client-grid only: of which synchronous work in the data provider (scan and sort). */
  firstRowsProviderMs?: number;
  jumpWorkMedian: number;
  jumpWorkP95: number;
  jumpFrameMedian: number;
  sortMs: number;
  sortProviderMs?: number;
  elements: number;
  elementsInShadow: number;
  rowHeight: number;
  scrollerHeight: number;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Elements in the document, shadow roots included, and how many of them are in shadow roots. */
function countElements(
  root: Document | ShadowRoot = document,
  inShadow = false,
): { all: number; shadow: number } {
  let all = 0;
  let shadow = 0;
  for (const element of root.querySelectorAll('*')) {
    all++;
    if (inShadow) shadow++;
    if (element.shadowRoot) {
      const inner = countElements(element.shadowRoot, true);
      all += inner.all;
      shadow += inner.shadow;
    }
  }
  return { all, shadow };
}

/** The first row shows `email`, is visible and lies inside the scroller's box. */
function shows(subject: Subject, email: string): boolean {
  const row = subject.firstRow();
  if (!row?.text.includes(email)) return false;
  if (!row.element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
    return false;
  }
  const box = row.element.getBoundingClientRect();
  const frame = subject.scroller().getBoundingClientRect();
  return box.height > 0 && box.top >= frame.top && box.bottom <= frame.bottom + 0.5;
}

/** Resolves at the end of the first animation frame whose DOM shows the first row. */
async function firstRowPainted(subject: Subject, email: string): Promise<void> {
  for (let i = 0; i < 6000; i++) {
    await nextFrame();
    if (shows(subject, email)) {
      await nextFrame(); // the frame that painted it has ended
      return;
    }
  }
  throw new Error('rows never painted');
}

/**
 * Jumps to a random offset every frame and measures each frame's main-thread work: from its
 * scroll event (a capturing listener on the scroller, so it runs before the grid's own) to
 * the first task after that frame's rendering.
 */
async function randomJumps(subject: Subject, frames: number) {
  const scroller = subject.scroller();
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  let scrollStart: number | undefined;
  const onScroll = () => {
    scrollStart ??= performance.now();
  };
  scroller.addEventListener('scroll', onScroll, { capture: true, passive: true });
  const work: Array<Promise<number>> = [];
  const frameTimes: number[] = [];
  let last = await nextFrame();
  for (let i = 0; i < frames; i++) {
    const now = await nextFrame();
    if (scrollStart !== undefined) {
      const start = scrollStart;
      scrollStart = undefined;
      work.push(afterFrame().then((end) => end - start));
    }
    if (i > 0) frameTimes.push(now - last);
    last = now;
    const max = scroller.scrollHeight - scroller.clientHeight;
    scroller.scrollTop = Math.floor(random() * max);
  }
  const times = await Promise.all(work);
  scroller.removeEventListener('scroll', onScroll, { capture: true });
  return {
    workMedian: percentile(times, 50),
    workP95: percentile(times, 95),
    frameMedian: percentile(frameTimes, 50),
  };
}

async function settle(frames = 10): Promise<void> {
  for (let i = 0; i < frames; i++) await nextFrame();
}

/**
 * A few frames, then the page's next idle period: each grid's start-up work that waits for idle
 * (client-grid warms its formatters and row templates then) is done, as on a page whose data
 * arrives some time after the script ran. `cold` skips the idle wait: the data comes right
 * after the page loaded and competes with that work (`pnpm bench:peers --cold`).
 */
async function settled(cold: boolean): Promise<void> {
  await settle(3);
  if (cold) return;
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
  await settle(1);
}

export async function measure(subject: Subject, count: number, cold = false): Promise<PeerResult> {
  const clients = makeClients(count);
  const newest = clients.at(-1)!;
  const firstByCompany = sortByCompany(clients)[0]!;
  await settled(cold);

  subject.takeProviderMs?.();
  const start = performance.now();
  subject.setData(clients);
  await firstRowPainted(subject, newest.email);
  const firstRowsMs = performance.now() - start;
  const firstRowsProviderMs = subject.takeProviderMs?.();
  await settle();
  const { all: elements, shadow: elementsInShadow } = countElements();
  const rowHeight = subject.firstRow()?.element.getBoundingClientRect().height ?? 0;
  const scrollerHeight = subject.scroller().getBoundingClientRect().height;

  performance.mark('jumps-start');
  const jumps = await randomJumps(subject, 120);
  performance.mark('jumps-end');
  await settle();
  subject.scroller().scrollTop = 0;
  await settle();

  subject.takeProviderMs?.();
  const sortStart = performance.now();
  subject.sortByCompany(clients);
  await firstRowPainted(subject, firstByCompany.email);
  const sortMs = performance.now() - sortStart;
  const sortProviderMs = subject.takeProviderMs?.();

  return {
    count,
    firstRowsMs,
    firstRowsProviderMs,
    jumpWorkMedian: jumps.workMedian,
    jumpWorkP95: jumps.workP95,
    jumpFrameMedian: jumps.frameMedian,
    sortMs,
    sortProviderMs,
    elements,
    elementsInShadow,
    rowHeight,
    scrollerHeight,
  };
}

declare global {
  interface Window {
    peerBench: (count: number, cold?: boolean) => Promise<PeerResult>;
    peerPrepare: (count: number, cold?: boolean) => Promise<void>;
    peerFirstPaint: () => Promise<number>;
    peerSettle: () => Promise<void>;
    peerSortPaint: () => Promise<number>;
  }
}

export function expose(subject: Subject): void {
  window.peerBench = (count, cold) => measure(subject, count, cold);
  // For CPU profiles of the first paint and of the sort alone (peers.bench.ts --profile): the
  // data and the expected rows are made before, and the grid settles between the two.
  let clients: Client[] = [];
  let firstByCompany: Client | undefined;
  window.peerPrepare = async (count, cold) => {
    clients = makeClients(count);
    firstByCompany = sortByCompany(clients)[0];
    await settled(cold ?? false);
  };
  window.peerFirstPaint = async () => {
    const start = performance.now();
    subject.setData(clients);
    await firstRowPainted(subject, clients.at(-1)!.email);
    return performance.now() - start;
  };
  window.peerSettle = () => settle();
  window.peerSortPaint = async () => {
    const start = performance.now();
    subject.sortByCompany(clients);
    await firstRowPainted(subject, firstByCompany!.email);
    return performance.now() - start;
  };
}
