import { messageCatalog } from '../base/i18n/localize.ts';
import type { QuotaEditorText } from './messages.ts';
import { type QuotaPartsMessages, quotaPartsEn } from './quota-parts-messages.en.ts';

/** The parts' own messages, English and (loaded when first used) German. */
export const quotaPartsText = messageCatalog({
  en: quotaPartsEn,
  de: () => import('./quota-parts-messages.de.ts').then((m) => m.quotaPartsDe),
});

/** What a part says: the first paint's messages and its own. */
export type QuotaPartsText = QuotaEditorText & QuotaPartsMessages;
