import type { CommonMessages } from '../i18n/common.en.ts';
import { widgetMessages } from '../i18n/localize.ts';
import { ticketListDe } from './messages.de.ts';
import { type TicketListMessages, ticketListEn } from './messages.en.ts';

/** What <ticket-list> says: the shared messages and its own. */
export type TicketListText = CommonMessages & TicketListMessages;

export const ticketListText = widgetMessages<TicketListMessages>({
  en: ticketListEn,
  de: ticketListDe,
});
