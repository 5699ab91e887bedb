import type { CommonMessages } from '../../../base/i18n/common.en.ts';
import { widgetMessages } from '../../../base/i18n/localize.ts';
import { type ActivityTabMessages, activityTabEn } from './messages.en.ts';

/** What <client-activity-tab> says: the shared messages and its own. */
export type ActivityTabText = CommonMessages & ActivityTabMessages;

export const activityTabText = widgetMessages<ActivityTabMessages>({
  en: activityTabEn,
  de: () => import('./messages.de.ts').then((m) => m.activityTabDe),
});

declare module '../../../base/i18n/localize.ts' {
  /** <client-activity-tab>'s messages are part of the kit's `Messages`. */
  interface Messages extends ActivityTabMessages {}
}
