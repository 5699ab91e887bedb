import type { Client } from '@clientele/sdk';
import type { ReactiveControllerHost } from 'lit';
import type { WalkProgress } from '../list/list-walk.ts';
import { LazyPart } from '../ui/lazy-part.ts';
import type { ClientRows, ClientWalk, GridContext } from './client-context.ts';
import { clientGridParts } from './client-parts.ts';

type WalkModule = Awaited<ReturnType<typeof clientGridParts.walk>>;
type WalkKind = 'export' | 'select';

/**
 * The grid's walk through every matching client (a CSV export, "select all"), whose code
 * (`ListWalk`) loads with the grid's tools on the first export or "select all" that needs it.
 * While it loads, the walk asked for already counts as running (at 0 of the total): the
 * status line and the select-all box say so. A failed load is an alert with Retry
 * (`renderError`), which loads it again and starts the walk after all.
 */
export class LazyWalk {
  readonly #host: ReactiveControllerHost;
  readonly #rows: ClientRows;
  readonly #part: LazyPart<WalkModule, ClientWalk>;
  /** The walk asked for while the code loads. */
  #pending: WalkKind | undefined;

  constructor(ctx: GridContext, rows: ClientRows) {
    this.#host = ctx.host;
    this.#rows = rows;
    this.#part = new LazyPart(
      ctx.host,
      () => clientGridParts.walk(),
      (module) => new module.ListWalk(ctx.host, rows),
    );
  }

  /** The walk in progress (or waiting for its code), if any. */
  get running(): WalkProgress<WalkKind> | undefined {
    const walk = this.#part.part;
    if (walk) return walk.running;
    if (this.#pending && this.#part.busy) {
      return { kind: this.#pending, done: 0, total: this.#rows.total ?? 0 };
    }
    return undefined;
  }

  /** What the last walk was for, when it failed. */
  get failed(): WalkKind | undefined {
    return this.#part.part?.failed;
  }

  /** Every matching client (see `ListWalk.run`), once the walk's code is there. */
  run(kind: WalkKind): Promise<Client[] | undefined> {
    return new Promise((resolve) => {
      this.#pending = kind;
      this.#part.use((walk) => {
        // Stopped while the code loaded.
        if (this.#pending !== kind) return resolve(undefined);
        this.#pending = undefined;
        void walk.run(kind).then(resolve);
      });
      this.#host.requestUpdate();
    });
  }

  /** Stops the walk in progress, or the one waiting for its code. */
  stop(): void {
    this.#pending = undefined;
    this.#part.part?.stop();
    this.#host.requestUpdate();
  }

  /** Why the walk's code did not load, with Retry (nothing otherwise). */
  renderError(t: Parameters<LazyPart<WalkModule, ClientWalk>['renderError']>[0]) {
    return this.#part.renderError(t);
  }
}
