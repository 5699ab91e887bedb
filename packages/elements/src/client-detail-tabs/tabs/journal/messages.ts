import type { CommonMessages } from '../../../base/i18n/common.en.ts';
import { widgetMessages } from '../../../base/i18n/localize.ts';
import { type JournalTabMessages, journalTabEn } from './messages.en.ts';

/** What <client-journal-tab> says: the shared messages and its own. */
export type JournalTabText = CommonMessages & JournalTabMessages;

export const journalTabText = widgetMessages<JournalTabMessages>({
  en: journalTabEn,
  de: () => import('./messages.de.ts').then((m) => m.journalTabDe),
});

declare module '../../../base/i18n/localize.ts' {
  /** <client-journal-tab>'s messages are part of the kit's `Messages`. */
  interface Messages extends JournalTabMessages {}
}
