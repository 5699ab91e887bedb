import { defineElement } from '../base/define.ts';
import { warmIntl } from '../base/format/warm-intl.ts';
import { TicketList } from '../ticket-list/ticket-list.ts';
import { ticketListParts } from '../ticket-list/ticket-parts.ts';
import './clientele-state.ts';

defineElement('ticket-list', TicketList);

// The first paint (the skeleton) does not need the grid, the first rows do: its chunk starts
// loading now, so the rows need not wait for it once the data is there.
void ticketListParts.grid().catch(() => undefined);

// The rows format amounts, dates and countries: the engine's locale data loads while idle.
warmIntl();

declare global {
  interface HTMLElementTagNameMap {
    'ticket-list': TicketList;
  }
}
