import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Below this width of its own (CSS px) the grid shows cards unless `cards-below` says otherwise. */
export const DEFAULT_CARDS_BELOW = 600;

/** What the grid's border and a vertical scrollbar take from its columns, in px. */
const GRID_CHROME = 18;

/**
 * Cards stay until the width is this much over the breakpoint: the list is taller than the
 * cards, so a page scrollbar that comes with it must not flip the view back.
 */
const CARDS_HYSTERESIS = 24;

/** A column as fitting sees it: its id and its narrowest width in rem. */
interface Fitted {
  readonly id: string;
  readonly minWidth: number;
}

/**
 * The columns that fit a width (in rem): whole, or without those of `hideOrder` (first hides
 * first) until the rest fit. Columns not in `hideOrder` never hide.
 */
export function fitColumns<C extends Fitted>(
  columns: readonly C[],
  width: number,
  hideOrder: readonly string[],
): C[] {
  let shown = [...columns];
  const needs = () => shown.reduce((sum, column) => sum + column.minWidth, 0);
  for (const id of hideOrder) {
    if (needs() <= width) break;
    shown = shown.filter((column) => column.id !== id);
  }
  return shown;
}

/**
 * The grid's own width (not the viewport's), followed with a ResizeObserver on the host: which
 * list columns fit it, and whether cards replace the list. This is a container query in script
 * rather than in CSS because the data grid counts its columns (arrow keys, `aria-colcount`):
 * a column hidden by CSS alone would still take the keyboard's focus.
 */
export class GridLayout implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #observer: ResizeObserver | undefined;
  /** The host's content width in px; undefined until measured. */
  #width: number | undefined;
  #cards = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new ResizeObserver(([entry]) => {
      // Hidden (display: none) is no width: the layout stays as it was.
      const width = entry?.contentRect.width || undefined;
      if (width === undefined || width === this.#width) return;
      // Applied in the next frame: an update inside the observer's report that resizes the
      // page (a scrollbar) would leave a report undelivered, a loop error.
      requestAnimationFrame(() => {
        this.#width = width;
        this.#host.requestUpdate();
      });
    });
    this.#observer.observe(this.#host);
  }

  /**
   * The first update measures at once (one layout read), so the first render fits already:
   * no list that turns into cards, nor a re-render the observer would ask for.
   */
  hostUpdate(): void {
    if (this.#width !== undefined) return;
    const style = getComputedStyle(this.#host);
    const padding =
      Number.parseFloat(style.paddingInlineStart) + Number.parseFloat(style.paddingInlineEnd);
    this.#width = this.#host.clientWidth - (padding || 0) || undefined;
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** Whether the grid is too narrow for the list: under `below` px (false until measured). */
  cards(below: number): boolean {
    const width = this.#width;
    if (width === undefined) return false;
    this.#cards = width < below || (this.#cards && width < below + CARDS_HYSTERESIS);
    return this.#cards;
  }

  /** The columns that fit the list's width, by priority (all of them until measured). */
  fit<C extends Fitted>(columns: readonly C[], hideOrder: readonly string[]): C[] {
    if (this.#width === undefined) return [...columns];
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    return fitColumns(columns, (this.#width - GRID_CHROME) / rem, hideOrder);
  }
}
