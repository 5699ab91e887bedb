/**
 * English names of the actions on a client (buttons and menu items) and why one may be
 * unavailable: all a first paint needs of the actions (their dialogs' words load with them).
 */
export const clientActionLabelsEn = {
  notPermitted: 'Your account is not allowed to do this.',
  actionView: 'View',
  actionApprove: 'Approve',
  actionSuspend: 'Suspend',
  actionResume: 'Resume',
  actionImpersonate: 'Log in as client',
  actionDelete: 'Delete',
};

export type ClientActionLabels = typeof clientActionLabelsEn;
