/*
 * What the benchmark pages measure with, the same for every widget: frames, percentiles,
 * elements into shadow roots, and a scroller driven one step per animation frame.
 */

export interface FrameStats {
  frames: number;
  frameMedian: number;
  frameP95: number;
  workMedian: number;
  workP95: number;
}

export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Every element in the document, shadow roots included. */
export function countElements(root: Document | ShadowRoot = document): number {
  let count = 0;
  for (const element of root.querySelectorAll('*')) {
    count++;
    if (element.shadowRoot) count += countElements(element.shadowRoot);
  }
  return count;
}

/** Ten frames, each after the element's pending update: the widget has settled. */
export async function settle(host: { updateComplete: Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await nextFrame();
    await host.updateComplete;
  }
}

/**
 * Scrolls `grid` for `frames` animation frames, to `next(current, max)` in each, and measures
 * the time between frames and the main-thread work from each frame's `scroll` event to its
 * style and layout (forced in the next frame: `grid`'s, and `layoutOf()`'s when given).
 */
export async function scrollFrames(
  grid: HTMLElement,
  frames: number,
  next: (current: number, max: number) => number,
  layoutOf?: () => Element | null | undefined,
): Promise<FrameStats> {
  const frameTimes: number[] = [];
  const work: number[] = [];
  let scrollStart: number | undefined;
  const onScroll = () => {
    scrollStart ??= performance.now();
  };
  grid.addEventListener('scroll', onScroll, { capture: true });
  let last = await nextFrame();
  for (let i = 0; i < frames; i++) {
    const now = await nextFrame();
    if (scrollStart !== undefined) {
      void grid.offsetHeight; // style and layout of this frame, now
      void layoutOf?.()?.getBoundingClientRect();
      work.push(performance.now() - scrollStart);
      scrollStart = undefined;
    }
    if (i > 0) frameTimes.push(now - last);
    last = now;
    grid.scrollTop = next(grid.scrollTop, grid.scrollHeight - grid.clientHeight);
  }
  grid.removeEventListener('scroll', onScroll, { capture: true });
  return {
    frames,
    frameMedian: percentile(frameTimes, 50),
    frameP95: percentile(frameTimes, 95),
    workMedian: percentile(work, 50),
    workP95: percentile(work, 95),
  };
}
