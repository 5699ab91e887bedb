import type { ClientStatus } from '@clientele/sdk';
import type { Permission } from '../base/permissions.ts';
import type { ClientActionsText } from './action-messages.ts';

/** The actions that move a client between statuses (one client or many). */
export type StatusAction = 'approve' | 'suspend' | 'resume';

/**
 * The status actions: which statuses each applies to, the permission it needs, and its
 * labels in a row's menu, in the bulk bar and in its dialog.
 */
export const STATUS_ACTIONS: Readonly<
  Record<
    StatusAction,
    {
      applies: (status: ClientStatus) => boolean;
      permission: Permission;
      label: keyof ClientActionsText;
      bulkLabel: keyof ClientActionsText;
      message: keyof ClientActionsText;
      title: 'approveTitle' | 'suspendTitle' | 'resumeTitle';
      bulkTitle: 'bulkApproveTitle' | 'bulkSuspendTitle' | 'bulkResumeTitle';
    }
  >
> = {
  approve: {
    applies: (status) => status === 'pending_approval',
    permission: 'clients.approve',
    label: 'actionApprove',
    bulkLabel: 'bulkApprove',
    message: 'approveMessage',
    title: 'approveTitle',
    bulkTitle: 'bulkApproveTitle',
  },
  suspend: {
    applies: (status) => status === 'active' || status === 'inactive',
    permission: 'clients.suspend',
    label: 'actionSuspend',
    bulkLabel: 'bulkSuspend',
    message: 'suspendMessage',
    title: 'suspendTitle',
    bulkTitle: 'bulkSuspendTitle',
  },
  resume: {
    applies: (status) => status === 'suspended',
    permission: 'clients.suspend',
    label: 'actionResume',
    bulkLabel: 'bulkResume',
    message: 'resumeMessage',
    title: 'resumeTitle',
    bulkTitle: 'bulkResumeTitle',
  },
};
