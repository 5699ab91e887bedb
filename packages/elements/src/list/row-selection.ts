import type { ReactiveControllerHost } from 'lit';

/**
 * The rows a user selected, by id, with the rows themselves (a bulk action needs their
 * status, and a selected row may be scrolled out of a windowed list's cache). Every change
 * asks the host to render.
 */
export class RowSelection<T> {
  readonly #host: ReactiveControllerHost;
  readonly #idOf: (row: T) => string;
  readonly #rows = new Map<string, T>();

  constructor(host: ReactiveControllerHost, idOf: (row: T) => string) {
    this.#host = host;
    this.#idOf = idOf;
  }

  get size(): number {
    return this.#rows.size;
  }

  /** The selected ids, in the order they were selected. */
  get ids(): string[] {
    return [...this.#rows.keys()];
  }

  /** The selected rows, in the order they were selected. */
  get rows(): T[] {
    return [...this.#rows.values()];
  }

  has(row: T): boolean {
    return this.#rows.has(this.#idOf(row));
  }

  /** Selects or deselects one row. */
  set(row: T, selected: boolean): void {
    if (selected) this.#rows.set(this.#idOf(row), row);
    else this.#rows.delete(this.#idOf(row));
    this.#host.requestUpdate();
  }

  /** Adds rows to the selection. */
  add(rows: Iterable<T>): void {
    for (const row of rows) this.#rows.set(this.#idOf(row), row);
    this.#host.requestUpdate();
  }

  clear(): void {
    if (this.#rows.size === 0) return;
    this.#rows.clear();
    this.#host.requestUpdate();
  }
}
