/**
 * The in-page half of the over-HTTP measurement, the same for every grid: the page adds its
 * grid (which asks the mock API for its first page) and this module measures, with the page's
 * clock and its Resource Timing, the round trip of the first list request and the time from its
 * response to the first rows painted. client-grid goes through the SDK and a provider
 * (./client-grid-sdk.ts); lit-virtualizer through one plain `fetch` (./lit-virtualizer-http.ts).
 */

import { afterFrame, nextFrame } from './frames.ts';

export type HttpGrid = 'client-grid' | 'lit-virtualizer';

export interface SdkResult {
  grid: HttpGrid;
  /** From adding the grid to the first rows painted. */
  totalMs: number;
  /** The first `GET …/clients` request: from its start to its response's last byte. */
  roundTripMs: number;
  /** From that response's last byte to the first rows painted. */
  responseToPaintedMs: number;
  /**
   * The first frame that showed the list's placeholder rows (the list while its first page
   * loads), against the list's response: negative when they came before it.
   */
  placeholdersVsResponseMs: number | undefined;
  /**
   * Frames the page rendered after that response and before the one that showed the rows: 0
   * when the rows came in the first frame after the response (one round trip plus one frame).
   */
  framesBetween: number;
  /** `cold`: the grid added right after the page loaded; `warm`: after its first idle period. */
  page: 'cold' | 'warm';
  /**
   * Every request the page made meanwhile (method-less: Resource Timing has no method), with
   * when its response ended against the list's.
   */
  requests: string[];
}

/** What a page's grid gives the measurement once added. */
export interface AddedGrid {
  /** The first data row is in the DOM, visible, inside the grid's scrolling box. */
  rowShown(): boolean;
  /** Placeholder rows (the list while its first page loads) are in the DOM. */
  placeholdersShown?(): boolean;
}

declare global {
  interface Window {
    sdkBench: (apiUrl: string, page: 'cold' | 'warm') => Promise<SdkResult>;
  }
}

/** The row lies inside the box that scrolls it, with a height. */
export function inside(row: Element | null | undefined, scroller: Element): boolean {
  if (!row?.checkVisibility()) return false;
  const frame = scroller.getBoundingClientRect();
  const box = row.getBoundingClientRect();
  return box.height > 0 && box.top >= frame.top && box.bottom <= frame.bottom + 0.5;
}

/** Sets `window.sdkBench` for the page's grid: `add` adds it, asking `apiUrl` for its rows. */
export function exposeHttpBench(grid: HttpGrid, add: (apiUrl: string) => AddedGrid): void {
  window.sdkBench = async (apiUrl, page) => {
    performance.setResourceTimingBufferSize(1000);
    for (let i = 0; i < 3; i++) await nextFrame();
    // A warm page is a host app that shows the list some time after it loaded (a route change):
    // what registering the tag started (the list view's chunks, the formatters) is done.
    if (page === 'warm') {
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
      await nextFrame();
    }
    const start = performance.now();
    const added = add(apiUrl);
    let painted: number | undefined;
    /** When each frame's animation callbacks ran (the frame's start, on the page's clock). */
    const frames: number[] = [];
    let placeholders: number | undefined;
    for (let i = 0; i < 3000 && painted === undefined; i++) {
      frames.push(await nextFrame());
      if (placeholders === undefined && added.placeholdersShown?.()) placeholders = frames.at(-1);
      // The first frame that shows the rows: painted once its rendering is done.
      if (added.rowShown()) painted = await afterFrame();
    }
    if (painted === undefined) throw new Error('rows never painted');
    const entries = performance
      .getEntriesByType('resource')
      .filter((e): e is PerformanceResourceTiming => e.name.startsWith(apiUrl));
    const list = entries.find((e) => new URL(e.name).pathname.endsWith('/clients'));
    if (!list) throw new Error(`no list request among ${entries.map((e) => e.name).join(', ')}`);
    // The page's own files fetched after the grid was added (a chunk the rows wait for, say).
    const files = performance
      .getEntriesByType('resource')
      .filter(
        (e): e is PerformanceResourceTiming => !e.name.startsWith(apiUrl) && e.startTime >= start,
      );
    return {
      grid,
      totalMs: painted - start,
      roundTripMs: list.responseEnd - list.startTime,
      responseToPaintedMs: painted - list.responseEnd,
      placeholdersVsResponseMs:
        placeholders === undefined ? undefined : placeholders - list.responseEnd,
      // At least 0: a frame that began before the response's end may still show its rows.
      framesBetween: Math.max(0, frames.filter((time) => time > list.responseEnd).length - 1),
      page,
      // Each request with when its response ended, relative to the list's response.
      requests: [...entries, ...files].map((e) => {
        const after = e.responseEnd - list.responseEnd;
        const name = e.name.startsWith(apiUrl)
          ? e.name.slice(apiUrl.length)
          : new URL(e.name).pathname.split('/').pop();
        return `${name} ${after >= 0 ? '+' : ''}${after.toFixed(0)} ms`;
      }),
    };
  };
}
