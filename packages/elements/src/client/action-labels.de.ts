import type { ClientActionLabels } from './action-labels.en.ts';

/** German names of the actions on a client. */
export const clientActionLabelsDe: ClientActionLabels = {
  notPermitted: 'Ihr Konto darf dies nicht tun.',
  actionView: 'Anzeigen',
  actionApprove: 'Freigeben',
  actionSuspend: 'Sperren',
  actionResume: 'Entsperren',
  actionImpersonate: 'Als Kunde anmelden',
  actionDelete: 'Löschen',
};
