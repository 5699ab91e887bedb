import type { TicketPriority, TicketStatus, TicketWaitingOn } from '@clientele/sdk';
import type { TicketListText } from './messages.ts';
import type { TicketFilterKey } from './ticket-query.ts';

/** The message of each status, priority, quick filter and filter name, and each status's tone. */

export const TICKET_STATUS_KEYS: Record<TicketStatus, keyof TicketListText> = {
  open: 'ticketStatusOpen',
  customer_reply: 'ticketStatusCustomerReply',
  answered: 'ticketStatusAnswered',
  in_progress: 'ticketStatusInProgress',
  on_hold: 'ticketStatusOnHold',
  closed: 'ticketStatusClosed',
};

/**
 * Bar and label colour per status: red for new tickets nobody picked up, amber for a client
 * waiting on an answer, blue while staff work on it, green once answered, grey when parked or
 * closed. The text always says the status; colour only repeats it.
 */
export const TICKET_STATUS_TONES: Record<TicketStatus, string> = {
  open: 'red',
  customer_reply: 'amber',
  in_progress: 'blue',
  answered: 'green',
  on_hold: 'grey',
  closed: 'grey',
};

export const PRIORITY_KEYS: Record<TicketPriority, keyof TicketListText> = {
  low: 'priorityLow',
  medium: 'priorityMedium',
  high: 'priorityHigh',
};

/** Per quick filter: the button's text and the active filter chip's value. */
export const WAITING_KEYS: Record<
  TicketWaitingOn,
  [button: keyof TicketListText, value: keyof TicketListText]
> = {
  staff: ['waitingOnStaff', 'waitingOnStaffValue'],
  client: ['waitingOnClient', 'waitingOnClientValue'],
};

/** The name of each filter on its active filter chip. */
export const FILTER_LABELS: Record<TicketFilterKey, keyof TicketListText> = {
  status: 'columnStatus',
  waiting_on: 'waitingOnLabel',
  department_id: 'columnDepartment',
  priority: 'columnPriority',
};
