import type { CommonMessages } from '../base/i18n/common.en.ts';
import { widgetMessages } from '../base/i18n/localize.ts';
import { type QuotaEditorMessages, quotaEditorEn } from './messages.en.ts';

/** What <quota-editor>'s first paint says: the shared messages and its own. */
export type QuotaEditorText = CommonMessages & QuotaEditorMessages;

export const quotaEditorText = widgetMessages<QuotaEditorMessages>({
  en: quotaEditorEn,
  de: () => import('./messages.de.ts').then((m) => m.quotaEditorDe),
});

declare module '../base/i18n/localize.ts' {
  /** <quota-editor>'s messages are part of the kit's `Messages`. */
  interface Messages extends QuotaEditorMessages {}
}
