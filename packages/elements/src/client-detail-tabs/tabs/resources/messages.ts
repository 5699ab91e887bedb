import type { CommonMessages } from '../../../base/i18n/common.en.ts';
import { widgetMessages } from '../../../base/i18n/localize.ts';
import { type ResourcesTabMessages, resourcesTabEn } from './messages.en.ts';

/** What <client-resources-tab> says: the shared messages and its own. */
export type ResourcesTabText = CommonMessages & ResourcesTabMessages;

export const resourcesTabText = widgetMessages<ResourcesTabMessages>({
  en: resourcesTabEn,
  de: () => import('./messages.de.ts').then((m) => m.resourcesTabDe),
});

declare module '../../../base/i18n/localize.ts' {
  /** <client-resources-tab>'s messages are part of the kit's `Messages`. */
  interface Messages extends ResourcesTabMessages {}
}
