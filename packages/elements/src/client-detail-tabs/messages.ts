import type { CommonMessages } from '../base/i18n/common.en.ts';
import { widgetMessages } from '../base/i18n/localize.ts';
import type { ClientDetailActionMessages } from './action-messages.en.ts';
import { type ClientDetailMessages, clientDetailEn } from './messages.en.ts';

/** What <client-detail-tabs>'s first paint says: the shared messages and its own. */
export type ClientDetailText = CommonMessages & ClientDetailMessages;

export const clientDetailText = widgetMessages<ClientDetailMessages>({
  en: clientDetailEn,
  de: () => import('./messages.de.ts').then((m) => m.clientDetailDe),
});

declare module '../base/i18n/localize.ts' {
  /** <client-detail-tabs>'s messages (its first paint's and its dialogs') are part of `Messages`. */
  interface Messages extends ClientDetailMessages, ClientDetailActionMessages {}
}
