import type { ReactiveControllerHost } from 'lit';
import { OwnWidth, remPx } from '../base/controllers/own-width.ts';
import { fitColumns } from '../list/fit-columns.ts';

/** Below this width of its own (CSS px) the grid shows cards unless `cards-below` says otherwise. */
export const DEFAULT_CARDS_BELOW = 600;

/** What the grid's border and a vertical scrollbar take from its columns, in px. */
const GRID_CHROME = 18;

/**
 * Cards stay until the width is this much over the breakpoint: the list is taller than the
 * cards, so a page scrollbar that comes with it must not flip the view back.
 */
const CARDS_HYSTERESIS = 24;

/**
 * The grid's own width (not the viewport's, see `OwnWidth`): which list columns fit it, and
 * whether cards replace the list. Measured before the first render, so a narrow grid starts
 * as cards (no list that turns into cards); it renders again at every new width.
 */
export class GridLayout {
  readonly #width: OwnWidth;
  #cards = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    // Every width may move the cards breakpoint (it has hysteresis) or the columns.
    this.#width = new OwnWidth(host, () => this.#width.px);
  }

  /** Whether the grid is too narrow for the list: under `below` px (false until measured). */
  cards(below: number): boolean {
    const width = this.#width.px;
    if (width === undefined) return false;
    this.#cards = width < below || (this.#cards && width < below + CARDS_HYSTERESIS);
    return this.#cards;
  }

  /** The columns that fit the list's width, by priority (all of them until measured). */
  fit<C extends { readonly id: string; readonly minWidth: number }>(
    columns: C[],
    hideOrder: readonly string[],
  ): C[] {
    const width = this.#width.px;
    if (width === undefined) return columns;
    return fitColumns(columns, (width - GRID_CHROME) / remPx(), hideOrder);
  }
}
