import { defineElement } from '../base/define.ts';
import { TicketList } from '../ticket-list/ticket-list.ts';
import './clientele-state.ts';

defineElement('ticket-list', TicketList);

declare global {
  interface HTMLElementTagNameMap {
    'ticket-list': TicketList;
  }
}
