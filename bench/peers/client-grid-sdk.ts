/**
 * client-grid over the SDK against the mock API served over HTTP (`@clientele/mocks/http`, in
 * the benchmark's Node process, on loopback), as a host page would use it: a
 * `<clientele-provider>` with a base URL and a token around a `<client-grid>`. Measures, with
 * the page's clock and its Resource Timing, the round trip of the first list request and the
 * time from its response to the first rows painted.
 */
import '../../packages/elements/src/define/client-grid.ts';
import '../../packages/elements/src/define/clientele-provider.ts';

export interface SdkResult {
  /** From adding the provider and grid to the first rows painted. */
  totalMs: number;
  /** The first `GET …/clients` request: from its start to its response's last byte. */
  roundTripMs: number;
  /** From that response's last byte to the first rows painted. */
  responseToPaintedMs: number;
  /** Every request the page made meanwhile (method-less: Resource Timing has no method). */
  requests: string[];
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** The first task after the current frame's rendering (style, layout, paint): its time. */
function afterFrame(): Promise<number> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(performance.now());
    };
    channel.port2.postMessage(null);
  });
}

function firstRowShown(grid: Element): boolean {
  const row = grid.shadowRoot?.querySelector('[role="row"][aria-rowindex="2"]:not([aria-busy])');
  if (!row?.checkVisibility()) return false;
  const scroller = grid.shadowRoot!.querySelector('[role="grid"]')!.getBoundingClientRect();
  const box = row.getBoundingClientRect();
  return box.height > 0 && box.top >= scroller.top && box.bottom <= scroller.bottom + 0.5;
}

declare global {
  interface Window {
    sdkBench: (apiUrl: string) => Promise<SdkResult>;
  }
}

window.sdkBench = async (apiUrl) => {
  performance.setResourceTimingBufferSize(1000);
  for (let i = 0; i < 3; i++) await nextFrame();
  const provider = document.createElement('clientele-provider');
  provider.setAttribute('base-url', apiUrl);
  provider.setAttribute('token', 'admin-token');
  const grid = document.createElement('client-grid');
  provider.append(grid);
  const start = performance.now();
  document.body.append(provider);
  let painted: number | undefined;
  for (let i = 0; i < 3000 && painted === undefined; i++) {
    await nextFrame();
    // The first frame that shows the rows: painted once its rendering is done.
    if (firstRowShown(grid)) painted = await afterFrame();
  }
  if (painted === undefined) throw new Error('rows never painted');
  const entries = performance
    .getEntriesByType('resource')
    .filter((e): e is PerformanceResourceTiming => e.name.startsWith(apiUrl));
  const list = entries.find((e) => new URL(e.name).pathname.endsWith('/clients'));
  if (!list) throw new Error(`no list request among ${entries.map((e) => e.name).join(', ')}`);
  return {
    totalMs: painted - start,
    roundTripMs: list.responseEnd - list.startTime,
    responseToPaintedMs: painted - list.responseEnd,
    requests: entries.map((e) => e.name.slice(apiUrl.length)),
  };
};
