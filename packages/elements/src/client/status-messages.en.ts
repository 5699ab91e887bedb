/**
 * English names of a client's statuses and status reasons: what every widget that shows a
 * client says about its status (the grid's badges and filters, the detail page's header, the
 * suspend dialog). A widget spreads them into its own catalog.
 */
export const clientStatusEn = {
  statusActive: 'Active',
  statusInactive: 'Inactive',
  statusSuspending: 'Suspending',
  statusSuspended: 'Suspended',
  statusDeleting: 'Deleting',
  statusClosed: 'Closed',
  statusPendingApproval: 'Pending approval',
  reasonStaff: 'Staff decision',
  reasonAutomatic: 'Automatic',
  reasonCredit: 'Out of credit',
  reasonFraud: 'Fraud',
};

export type ClientStatusMessages = typeof clientStatusEn;
