import type { InvoiceStatus } from '@clientele/sdk';
import type { InvoicesTabMessages } from './messages.en.ts';

/** The statuses in the order the filter offers them (as the spec lists them). */
export const INVOICE_STATUS_ORDER = [
  'unpaid',
  'paid',
  'overdue',
  'cancelled',
  'refunded',
] as const satisfies readonly InvoiceStatus[];

/** A status in words. */
export const INVOICE_STATUS_KEYS: Readonly<Record<InvoiceStatus, keyof InvoicesTabMessages>> = {
  unpaid: 'invoicesStatusUnpaid',
  paid: 'invoicesStatusPaid',
  overdue: 'invoicesStatusOverdue',
  cancelled: 'invoicesStatusCancelled',
  refunded: 'invoicesStatusRefunded',
};

/** A status's tone (the colour only repeats the words): `tone-<tone>` of `statusToneStyles`. */
export const INVOICE_STATUS_TONES: Readonly<Record<InvoiceStatus, string>> = {
  unpaid: 'blue',
  paid: 'green',
  overdue: 'red',
  cancelled: 'grey',
  refunded: 'amber',
};
