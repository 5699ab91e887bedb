import { defineElement } from '../base/define.ts';
import { warmIntl } from '../base/format/warm-intl.ts';
import { ClientGrid } from '../client-grid/client-grid.ts';
import { clientGridParts } from '../client-grid/client-parts.ts';
import './clientele-state.ts';

defineElement('client-grid', ClientGrid);

// The first paint (the skeleton) does not need the list view and the rows' controls, the first
// rows do: their chunks start loading now, beside the page's own work, so the rows need not
// wait for them once the data is there. (A failure here is the grid's to show, with Retry.)
void clientGridParts.list().catch(() => undefined);
void clientGridParts.controls().catch(() => undefined);

// The rows format amounts, dates and countries: the engine's locale data loads while idle.
warmIntl();

declare global {
  interface HTMLElementTagNameMap {
    'client-grid': ClientGrid;
  }
}
