import type { CommonMessages } from '../base/i18n/common.en.ts';
import { messageCatalog } from '../base/i18n/localize.ts';
import { type ClientActionsMessages, clientActionsEn } from './action-messages.en.ts';
import type { ClientStatusMessages } from './status-messages.en.ts';

/**
 * What the actions on a client say: the shared messages, a client's statuses and reasons, and
 * the actions' own. A widget's catalog that has the first two (spreading `clientStatusEn` into
 * its own) merged with `clientActionsText` gives it.
 */
export type ClientActionsText = CommonMessages & ClientStatusMessages & ClientActionsMessages;

/** The actions' own messages, which travel with them (loaded on first use by each widget). */
export const clientActionsText = messageCatalog<ClientActionsMessages>({
  en: clientActionsEn,
  de: () => import('./action-messages.de.ts').then((m) => m.clientActionsDe),
});
