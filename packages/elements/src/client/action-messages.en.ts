import { clientActionLabelsEn } from './action-labels.en.ts';

/**
 * English messages of the actions on a client (client-grid's menu, dialogs and bulk bar, and the
 * detail page's header actions), loaded with them.
 */
export const clientActionsEn = {
  ...clientActionLabelsEn,
  bulkApprove: 'Approve selected',
  bulkSuspend: 'Suspend selected',
  /** Hint on a disabled bulk button: nothing selected is in a status it applies to. */
  bulkNoneEligible: 'None of the selected clients can take this action.',
  approveTitle: (p: { name: string }) => `Approve ${p.name}?`,
  approveMessage: 'The client can sign in and order services.',
  bulkApproveTitle: (p: { count: number; formatted: string }) =>
    p.count === 1 ? 'Approve 1 client?' : `Approve ${p.formatted} clients?`,
  bulkResume: 'Resume selected',
  suspendTitle: (p: { name: string }) => `Suspend ${p.name}?`,
  suspendMessage: 'The client loses access to their services until resumed.',
  bulkSuspendTitle: (p: { count: number; formatted: string }) =>
    p.count === 1 ? 'Suspend 1 client?' : `Suspend ${p.formatted} clients?`,
  suspendReason: 'Reason',
  suspendNote: 'Note (optional)',
  resumeTitle: (p: { name: string }) => `Resume ${p.name}?`,
  resumeMessage: 'The client gets access to their services again.',
  bulkResumeTitle: (p: { count: number; formatted: string }) =>
    p.count === 1 ? 'Resume 1 client?' : `Resume ${p.formatted} clients?`,
  deleteTitle: (p: { name: string }) => `Delete ${p.name}?`,
  deleteMessage: 'The client and all their services will be deleted. This cannot be undone.',
  impersonateTitle: (p: { name: string }) => `Log in as ${p.name}`,
  impersonateMessage: "Your reason is recorded in the client's activity log.",
  impersonateReason: 'Reason (at least 3 characters)',
  impersonateDuration: 'Session length in minutes',
  impersonateDurationInvalid: 'Enter whole minutes from 5 to 240, in steps of 5.',
  /** Progress of a bulk action, below a progress bar. */
  bulkProgress: (p: { done: string; total: string }) => `${p.done} of ${p.total} done`,
  bulkFailed: (p: { failed: number; total: number }) =>
    `${p.failed} of ${p.total} clients could not be changed.`,
};

export type ClientActionsMessages = typeof clientActionsEn;
