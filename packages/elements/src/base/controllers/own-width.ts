import type { ReactiveControllerHost } from 'lit';

let rootPx = 0;

/**
 * A rem in CSS px: the root element's font size, read again only when `fresh` (an `OwnWidth`
 * reads it with each new width): reading a computed style after the DOM changed forces a
 * style recalculation, too dear for every render.
 */
export function remPx(fresh?: boolean): number {
  if (fresh || !rootPx) {
    rootPx = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
  }
  return rootPx;
}

/**
 * The width this widget has (its content box's, not the viewport's): the widget's
 * container query, for what CSS container queries cannot decide. A list's columns are ARIA
 * structure (a hidden column must leave `aria-colcount` and the arrow keys' path, not only the
 * screen), and `container-type` on a widget would size it as empty wherever a host lets content
 * size it (a flex row, a fit-content panel).
 *
 * The first read (`px`, from the first update on) measures at once (one layout read), so the
 * first update decides with the real width, its render fits already: no
 * layout that turns into another a frame later. Then a ResizeObserver follows the host. A new
 * width applies in the next frame (an update inside the observer's report that resizes the page,
 * a scrollbar, would leave a report undelivered: a loop error), and the host renders again only
 * when `layout` gives another answer than before. Hidden (display: none) is no width: the last
 * one stays. The root font size is read with each new width (`remPx`).
 */
export class OwnWidth {
  readonly #host: HTMLElement;
  #px: number | undefined;

  /**
   * `layout`: what the host draws differently at another width, read from this controller (the
   * width itself, `px`, when anything may change).
   */
  constructor(host: ReactiveControllerHost & HTMLElement, layout: () => unknown) {
    this.#host = host;
    const observer = new ResizeObserver(([entry]) => {
      const px = entry?.contentRect.width;
      if (px)
        requestAnimationFrame(() => {
          const before = layout();
          this.#px = px;
          remPx(true);
          if (layout() !== before) host.requestUpdate();
        });
    });
    host.addController({
      hostConnected: () => observer.observe(host),
      // Measured by the update's end at the latest, read or not.
      hostUpdate: () => this.px,
      hostDisconnected: () => observer.disconnect(),
    });
  }

  /** The content box's width in CSS px; undefined while the widget has none (not connected, hidden). */
  get px(): number | undefined {
    if (this.#px === undefined && this.#host.isConnected) {
      const style = getComputedStyle(this.#host);
      this.#px =
        this.#host.clientWidth -
          Number.parseFloat(style.paddingLeft) -
          Number.parseFloat(style.paddingRight) || undefined;
    }
    return this.#px;
  }

  /** The content box's width in rem; undefined until measured. */
  get rem(): number | undefined {
    return this.px && this.px / remPx();
  }
}
