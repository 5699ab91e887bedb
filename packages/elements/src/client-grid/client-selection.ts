import type { Client } from '@clientele/sdk';
import { RowSelection } from '../list/row-selection.ts';
import type { ClientRows, GridContext } from './client-context.ts';
import type { LazyWalk } from './client-walk.ts';

/**
 * The selected clients. Selecting all means every matching client, not just the loaded rows.
 * The boxes that change it, and the bulk bar while clients are selected, come with the views
 * (`client-row-controls.ts`): nothing is selected before a view is there.
 */
export class ClientSelection extends RowSelection<Client> {
  readonly ctx: GridContext;
  /** The grid's rows (what "select all" selects). */
  readonly list: ClientRows;
  /** The walk that loads every matching client for "select all". */
  readonly walk: LazyWalk;

  constructor(ctx: GridContext, rows: ClientRows, walk: LazyWalk) {
    super(ctx.host, (client) => client.id);
    this.ctx = ctx;
    this.list = rows;
    this.walk = walk;
  }
}
