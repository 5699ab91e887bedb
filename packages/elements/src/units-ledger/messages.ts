import type { CommonMessages } from '../base/i18n/common.en.ts';
import { widgetMessages } from '../base/i18n/localize.ts';
import { type UnitsLedgerMessages, unitsLedgerEn } from './messages.en.ts';

/** What <units-ledger> says: the shared messages and its own. */
export type UnitsLedgerText = CommonMessages & UnitsLedgerMessages;

export const unitsLedgerText = widgetMessages<UnitsLedgerMessages>({
  en: unitsLedgerEn,
  de: () => import('./messages.de.ts').then((m) => m.unitsLedgerDe),
});

declare module '../base/i18n/localize.ts' {
  /** <units-ledger>'s messages are part of the kit's `Messages`. */
  interface Messages extends UnitsLedgerMessages {}
}
