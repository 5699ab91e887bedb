import type { CommonMessages } from '../base/i18n/common.en.ts';
import { widgetMessages } from '../base/i18n/localize.ts';
import { type TicketListMessages, ticketListEn } from './messages.en.ts';

/** What <ticket-list> says: the shared messages and its own. */
export type TicketListText = CommonMessages & TicketListMessages;

export const ticketListText = widgetMessages<TicketListMessages>({
  en: ticketListEn,
  de: () => import('./messages.de.ts').then((m) => m.ticketListDe),
});

declare module '../base/i18n/localize.ts' {
  /** <ticket-list>'s messages are part of the kit's `Messages`. */
  interface Messages extends TicketListMessages {}
}
