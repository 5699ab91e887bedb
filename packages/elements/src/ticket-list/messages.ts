import { commonDe } from '../i18n/common.de.ts';
import { type CommonMessages, commonEn } from '../i18n/common.en.ts';
import { messageCatalog } from '../i18n/localize.ts';
import { ticketListDe } from './messages.de.ts';
import { type TicketListMessages, ticketListEn } from './messages.en.ts';

/** What <ticket-list> says: the shared messages and its own. */
export type TicketListText = CommonMessages & TicketListMessages;

export const ticketListText: (locale: string | null | undefined) => TicketListText =
  messageCatalog<TicketListText>({
    en: { ...commonEn, ...ticketListEn },
    de: { ...commonDe, ...ticketListDe },
  });
