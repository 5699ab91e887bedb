import type { ClientStatus, ClientStatusCounts } from '@clientele/sdk';
import { CLIENT_STATUSES } from './client-query.ts';

/**
 * The toolbar's clients per status (over the filters but the status filter), from the pages
 * as they arrive and kept true after an action moved a client. Counts may come after the rows
 * (a page's `statusCounts` is then a promise): `pending` meanwhile, and `onLate` when they
 * land. Drawn (each count a button that filters by its status alone) by `renderStatusCounts`,
 * which comes with the views.
 */
export class StatusCounts {
  #counts: ClientStatusCounts | undefined;
  #pending: PromiseLike<ClientStatusCounts> | undefined;
  readonly #onLate: () => void;

  constructor(onLate: () => void) {
    this.#onLate = onLate;
  }

  /** Forgets the counts (a new query's pages bring their own). */
  reset(): void {
    this.#counts = undefined;
    this.#pending = undefined;
  }

  /** Takes a page's counts; true when they differ from those shown. */
  take(counts: ClientStatusCounts | PromiseLike<ClientStatusCounts> | undefined): boolean {
    if (counts && 'then' in counts) {
      if (counts === this.#pending) return false;
      const wanted = counts;
      this.#pending = wanted;
      counts.then(
        (late) => {
          if (this.#pending !== wanted) return;
          this.#pending = undefined;
          if (this.take(late)) this.#onLate();
        },
        // A failed count leaves the counts out; the rows stand.
        () => {
          if (this.#pending === wanted) this.#pending = undefined;
          this.#onLate();
        },
      );
      return this.#counts === undefined;
    }
    if (!counts) return false;
    const changed =
      this.#counts === undefined ||
      CLIENT_STATUSES.some((status) => counts[status] !== this.#counts?.[status]);
    this.#counts = counts;
    return changed;
  }

  /** A client went from one status to another. */
  move(from: ClientStatus, to: ClientStatus): void {
    const counts = this.#counts;
    if (!counts || from === to) return;
    this.#counts = { ...counts, [from]: Math.max(0, counts[from] - 1), [to]: counts[to] + 1 };
  }

  /** The counts shown: undefined until a page brought them, `pending` while they are counted. */
  get counts(): ClientStatusCounts | 'pending' | undefined {
    return this.#counts ?? (this.#pending ? 'pending' : undefined);
  }
}
