import type { CommonMessages } from '../../../base/i18n/common.en.ts';
import { widgetMessages } from '../../../base/i18n/localize.ts';
import type { DomainFormMessages } from './form-messages.en.ts';
import { type DomainsTabMessages, domainsTabEn } from './messages.en.ts';

/** What <client-domains-tab>'s first paint says: the shared messages and its own. */
export type DomainsTabText = CommonMessages & DomainsTabMessages;

export const domainsTabText = widgetMessages<DomainsTabMessages>({
  en: domainsTabEn,
  de: () => import('./messages.de.ts').then((m) => m.domainsTabDe),
});

declare module '../../../base/i18n/localize.ts' {
  /** <client-domains-tab>'s messages (its first paint's and its form's) are part of the kit's `Messages`. */
  interface Messages extends DomainsTabMessages, DomainFormMessages {}
}
