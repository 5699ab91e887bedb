import type { ReactiveControllerHost } from 'lit';

/**
 * The host's own inline size in rem: the widget's container query, for what CSS container
 * queries cannot decide. The grid's columns are ARIA structure (a hidden column must leave
 * `aria-colcount` and the arrow keys' path, not only the screen), and `container-type` on a
 * widget would size it as empty wherever a host lets content size it (a flex row, a
 * fit-content panel). The host renders again only when `layout` gives another answer.
 */
export class HostWidth {
  /** The last measured inline size in rem; undefined until the first measure. */
  rem: number | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, layout: (rem: number) => unknown) {
    const observer = new ResizeObserver(([entry]) => {
      const root = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
      const rem = (entry?.contentRect.width ?? 0) / (root || 16);
      const before = this.rem;
      if (!rem) return; // hidden: nothing to fit
      this.rem = rem;
      if (before === undefined || layout(rem) !== layout(before)) host.requestUpdate();
    });
    host.addController({
      hostConnected: () => observer.observe(host),
      hostDisconnected: () => observer.disconnect(),
    });
  }
}
