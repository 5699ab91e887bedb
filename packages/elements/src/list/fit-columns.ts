/** A column as fitting sees it: its id and its narrowest width in rem. */
interface Fitted {
  readonly id: string;
  readonly minWidth: number;
}

/** Whether the columns' narrowest widths add up to `width` rem at most. */
export const fits = (columns: readonly Fitted[], width: number): boolean =>
  columns.reduce((sum, column) => sum + column.minWidth, 0) <= width;

/**
 * The columns that fit a width (in rem): whole, or without those of `hideOrder` (first hides
 * first) until the rest fit. Columns not in `hideOrder` never hide, fitting or not. `columns`
 * is left as it is (it is the answer when all fit).
 */
export function fitColumns<C extends Fitted>(
  columns: C[],
  width: number,
  hideOrder: readonly string[],
): C[] {
  let shown = columns;
  for (const id of hideOrder) {
    if (!fits(shown, width)) shown = shown.filter((column) => column.id !== id);
  }
  return shown;
}
