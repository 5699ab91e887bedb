import type { CommonMessages } from '../../../base/i18n/common.en.ts';
import { widgetMessages } from '../../../base/i18n/localize.ts';
import type { InvoiceFormMessages } from './form-messages.en.ts';
import { type InvoicesTabMessages, invoicesTabEn } from './messages.en.ts';

/** What <client-invoices-tab>'s first paint says: the shared messages and its own. */
export type InvoicesTabText = CommonMessages & InvoicesTabMessages;

export const invoicesTabText = widgetMessages<InvoicesTabMessages>({
  en: invoicesTabEn,
  de: () => import('./messages.de.ts').then((m) => m.invoicesTabDe),
});

declare module '../../../base/i18n/localize.ts' {
  /** <client-invoices-tab>'s messages (its first paint's and its form's) are part of the kit's `Messages`. */
  interface Messages extends InvoicesTabMessages, InvoiceFormMessages {}
}
