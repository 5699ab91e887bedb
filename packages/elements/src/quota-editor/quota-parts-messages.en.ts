/**
 * English messages of <quota-editor>'s lazily loaded parts (the save and reset dialogs, the
 * conflict view, the change requests): apart from the first paint's, so they load with them.
 */
export const quotaPartsEn = {
  quotaSaveTitle: 'Save quota changes',
  quotaSaveMessage: 'These limits change for this client as soon as you confirm:',
  quotaSaveConfirm: (p: { count: number }) =>
    p.count === 1 ? 'Save 1 change' : `Save ${p.count} changes`,
  quotaSaved: (p: { count: number }) =>
    p.count === 1 ? 'Saved: 1 limit changed.' : `Saved: ${p.count} limits changed.`,
  quotaResetDone: 'Limits reset to their defaults.',
  quotaSaveFailed: 'The quotas could not be saved',
  quotaChangeLine: (p: { resource: string; from: string; to: string }) =>
    `${p.resource}: ${p.from} → ${p.to}`,
  quotaBelowUsageMark: (p: { usage: string }) => `below usage (${p.usage})`,
  quotaForce: 'Apply the limits below current usage anyway',
  quotaForceHint:
    'The client keeps what it already uses, but cannot create more until usage falls below the limit.',
  quotaForceRequired: 'Confirm that limits below usage should apply, or change them.',
  quotaResetTitle: 'Reset to defaults',
  quotaResetOneMessage: (p: { resource: string }) =>
    `The ${p.resource} limit returns to the provider's default:`,
  quotaResetAllMessage: "Every limit returns to the provider's default:",
  quotaResetConfirm: 'Reset',
  quotaResetNothing: 'Every limit is at its default already.',
  quotaResetFailed: 'The quotas could not be reset',
  quotaConflictTitle: 'Someone else changed these quotas',
  quotaConflictMessage:
    'A colleague saved other limits while you were editing. Nothing of yours was saved and your edits are kept. Compare, then reapply your edits to the new version or discard them.',
  quotaConflictColumnBase: 'When you started',
  quotaConflictColumnServer: 'Now saved',
  quotaConflictColumnYours: 'Your edit',
  quotaConflictNoEdit: 'No edit',
  quotaConflictReapply: 'Reapply my edits to the new version',
  quotaConflictDiscard: 'Discard my edits',
  quotaConflictReapplied: 'Your edits are on the new version. Review them and save again.',
  quotaConflictDiscarded: 'Your edits were discarded; the limits now saved are shown.',
  quotaRequestsTitle: (p: { count: number }) =>
    p.count === 1 ? '1 pending change request' : `${p.count} pending change requests`,
  quotaRequestBy: (p: { name: string; when: string }) => `Asked by ${p.name}, ${p.when}`,
  quotaRequestReason: 'Reason',
  quotaApprove: 'Approve…',
  quotaReject: 'Reject…',
  quotaApproveTitle: 'Approve the change request',
  quotaApproveMessage: 'These limits apply to the client as soon as you approve:',
  quotaApproveConfirm: 'Approve and apply',
  quotaApproveFailed: 'The request could not be approved',
  quotaApproved: 'Change request approved; the new limits apply.',
  quotaRejectTitle: 'Reject the change request',
  quotaRejectMessage: 'The limits stay as they are. Say why, for whoever asked:',
  quotaRejectConfirm: 'Reject request',
  quotaRejectFailed: 'The request could not be rejected',
  quotaRejected: 'Change request rejected.',
  quotaProposeTitle: 'Propose a quota change',
  quotaProposeMessage:
    'Nothing changes yet: a colleague who may change quotas reviews your proposal first.',
  quotaProposeConfirm: 'Send proposal',
  quotaProposeFailed: 'The proposal could not be sent',
  quotaProposed: 'Proposal sent; it waits for a colleague to review it.',
  quotaReasonLabel: 'Reason',
  quotaReasonHint: '3 to 1,000 characters.',
  quotaRequestsFailed: 'The change requests could not be loaded.',
};

export type QuotaPartsMessages = typeof quotaPartsEn;

declare module '../base/i18n/localize.ts' {
  /** The parts' messages are part of the kit's `Messages`. */
  interface Messages extends QuotaPartsMessages {}
}
