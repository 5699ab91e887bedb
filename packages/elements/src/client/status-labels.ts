import type { ClientStatus, StatusReason } from '@clientele/sdk';
import type { ClientStatusMessages } from './status-messages.en.ts';

/*
 * A client's statuses and status reasons: their message keys and badge tones. One place, so
 * the grid's cells, cards and filters, the detail page's header and the dialogs say the same
 * thing (the transitions between statuses are in `status-actions.ts`).
 */

export const STATUS_KEYS: Record<ClientStatus, keyof ClientStatusMessages> = {
  active: 'statusActive',
  inactive: 'statusInactive',
  suspending: 'statusSuspending',
  suspended: 'statusSuspended',
  deleting: 'statusDeleting',
  closed: 'statusClosed',
  pending_approval: 'statusPendingApproval',
};

/** Badge colour per status; the text always says the status, colour only repeats it. */
export const STATUS_TONES: Record<ClientStatus, string> = {
  active: 'green',
  inactive: 'grey',
  suspending: 'amber',
  suspended: 'amber',
  deleting: 'red',
  closed: 'red',
  pending_approval: 'blue',
};

/** The reasons staff may give for a suspension, in the order the suspend form offers them. */
export const SUSPEND_REASONS: ReadonlyArray<[StatusReason, keyof ClientStatusMessages]> = [
  ['staff', 'reasonStaff'],
  ['credit', 'reasonCredit'],
  ['fraud', 'reasonFraud'],
  ['automatic', 'reasonAutomatic'],
];

export const STATUS_REASON_KEYS: Record<StatusReason, keyof ClientStatusMessages> =
  Object.fromEntries(SUSPEND_REASONS) as Record<StatusReason, keyof ClientStatusMessages>;
