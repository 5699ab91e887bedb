import { messageCatalog } from '../base/i18n/localize.ts';
import { type ClientActionsMessages, clientActionsEn } from './action-messages.en.ts';
import type { ClientGridText } from './messages.ts';

/** What <client-grid>'s actions say: the grid's messages and their own. */
export type ClientActionsText = ClientGridText & ClientActionsMessages;

/** The actions' own messages, which travel with them (`client-tools.ts`). */
export const clientActionsText = messageCatalog<ClientActionsMessages>({
  en: clientActionsEn,
  de: () => import('./action-messages.de.ts').then((m) => m.clientActionsDe),
});
