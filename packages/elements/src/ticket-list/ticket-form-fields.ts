import type { TicketCreate } from '@clientele/sdk';

/**
 * The fields of the "open a ticket" form, named like `TicketCreate`'s properties. Apart from
 * the form, which loads on first use, so that naming them does not load it.
 */
export const TICKET_FORM_FIELDS = [
  'client_id',
  'department_id',
  'priority',
  'title',
  'message',
] as const satisfies readonly (keyof TicketCreate)[];
export type TicketFormField = (typeof TICKET_FORM_FIELDS)[number];
