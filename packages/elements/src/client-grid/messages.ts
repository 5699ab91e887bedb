import type { CommonMessages } from '../base/i18n/common.en.ts';
import { widgetMessages } from '../base/i18n/localize.ts';
import type { ClientGridMessages } from './messages.en.ts';
import { type ClientGridViewMessages, clientGridViewEn } from './view-messages.en.ts';

/** What <client-grid>'s first paint says: the shared messages and its own. */
export type ClientGridText = CommonMessages & ClientGridViewMessages;

export const clientGridText = widgetMessages<ClientGridViewMessages>({
  en: clientGridViewEn,
  de: () => import('./view-messages.de.ts').then((m) => m.clientGridViewDe),
});

declare module '../base/i18n/localize.ts' {
  /** <client-grid>'s messages (its first paint's and its actions') are part of the kit's `Messages`. */
  interface Messages extends ClientGridMessages {}
}
