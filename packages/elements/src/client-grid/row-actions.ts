import type { Client } from '@clientele/sdk';
import { nothing } from 'lit';
import { dispatch } from '../base/events.ts';
import { LazyPart } from '../ui/lazy-part.ts';
import type { ClientActions, ClientActionsOptions } from './client-actions.ts';
import type { GridContext } from './client-context.ts';
import { clientGridParts } from './client-parts.ts';

type ActionsModule = Awaited<ReturnType<typeof clientGridParts.actions>>;

/**
 * The grid's side of its actions: what each row's and card's actions button and the bulk bar
 * (`client-row-controls.ts`) open, and `client-select`. What they lead to (the
 * menu, the dialogs, the requests: `ClientActions`) loads on the first click of a button or
 * the first selection; meanwhile the button or the bar is `aria-busy` with a spinner, and a
 * failed load is an alert whose Retry loads again and carries on (opens the menu asked for).
 */
export class RowActions {
  readonly ctx: GridContext;
  readonly #part: LazyPart<ActionsModule, ClientActions>;
  /** The client whose menu was asked for while the actions load. */
  #pending: string | undefined;

  constructor(ctx: GridContext, options: Omit<ClientActionsOptions, 'onSelect'>) {
    this.ctx = ctx;
    this.#part = new LazyPart(
      ctx.host,
      () => clientGridParts.actions(ctx.locale()),
      (module) => new module.ClientActions(ctx, { ...options, onSelect: (id) => this.select(id) }),
    );
  }

  /** The menu, the dialogs and the bulk buttons, once loaded. */
  get loaded(): ClientActions | undefined {
    return this.#part.part;
  }

  /** True while they load. */
  get busy(): boolean {
    return this.#part.busy;
  }

  /** Tells the host the user chose a client. */
  select(clientId: string): void {
    dispatch(this.ctx.host, 'client-select', { clientId });
  }

  /** Closes the row menu (the rows changed under it), leaving the focus where it is. */
  closeMenu(): void {
    this.#part.part?.closeMenu();
  }

  /** Loads the actions ahead of their use (clients were selected: the bulk bar offers them). */
  prepare(): void {
    this.#part.prefetch();
  }

  /** The menu and the dialog, once loaded (in the top layer, wherever they are rendered). */
  render() {
    return this.#part.part?.render() ?? nothing;
  }

  /** Why the actions did not load, with Retry (shown above the list). */
  renderError() {
    return this.#part.renderError(this.ctx.t());
  }

  /** Whether the menu of this client was asked for and waits for the actions to load. */
  waitsFor(clientId: string): boolean {
    return this.busy && this.#pending === clientId;
  }

  /** Opens the row menu of a client at its button (once the actions are loaded). */
  openMenu(anchor: HTMLElement, client: Client): void {
    this.#pending = client.id;
    this.#part.use((actions) => {
      if (this.#pending !== client.id) return;
      this.#pending = undefined;
      if (anchor.isConnected) actions.openMenu(anchor, client);
    });
    this.ctx.host.requestUpdate();
  }
}
