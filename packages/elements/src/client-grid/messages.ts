import type { CommonMessages } from '../base/i18n/common.en.ts';
import { widgetMessages } from '../base/i18n/localize.ts';
import { type ClientGridMessages, clientGridEn } from './messages.en.ts';

/** What <client-grid> says: the shared messages and its own. */
export type ClientGridText = CommonMessages & ClientGridMessages;

export const clientGridText = widgetMessages<ClientGridMessages>({
  en: clientGridEn,
  de: () => import('./messages.de.ts').then((m) => m.clientGridDe),
});

declare module '../base/i18n/localize.ts' {
  /** <client-grid>'s messages are part of the kit's `Messages`. */
  interface Messages extends ClientGridMessages {}
}
