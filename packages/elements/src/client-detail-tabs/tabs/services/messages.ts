import type { CommonMessages } from '../../../base/i18n/common.en.ts';
import { widgetMessages } from '../../../base/i18n/localize.ts';
import type { ServicesFormMessages } from './form-messages.en.ts';
import { type ServicesTabMessages, servicesTabEn } from './messages.en.ts';

/** What <client-services-tab>'s first paint says: the shared messages and its own. */
export type ServicesTabText = CommonMessages & ServicesTabMessages;

export const servicesTabText = widgetMessages<ServicesTabMessages>({
  en: servicesTabEn,
  de: () => import('./messages.de.ts').then((m) => m.servicesTabDe),
});

declare module '../../../base/i18n/localize.ts' {
  /** <client-services-tab>'s messages (its first paint's and its forms') are part of the kit's `Messages`. */
  interface Messages extends ServicesTabMessages, ServicesFormMessages {}
}
