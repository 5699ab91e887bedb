import type { ClientStatus, StatusReason } from '@clientele/sdk';
import type { ClientFilterKey, ClientSortField } from './client-query.ts';
import type { ClientGridText } from './messages.ts';

/*
 * The grid's lists of known values and what each is called: message keys and badge tones.
 * One place, so the toolbar, the cells, the cards and the dialogs say the same thing (the
 * status actions' rules are in `status-actions.ts`, loaded with the actions).
 */

export const STATUS_KEYS: Record<ClientStatus, keyof ClientGridText> = {
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

export const FILTER_LABELS: Record<ClientFilterKey, keyof ClientGridText> = {
  status: 'filterStatus',
  created_after: 'filterCreatedAfter',
  created_before: 'filterCreatedBefore',
  configuration_id: 'filterConfiguration',
  group_id: 'filterGroup',
  tax_exempt: 'filterTaxExempt',
  has_instances_in_region: 'filterRegion',
  has_instances_with_flavor: 'filterFlavor',
  has_instances_on_hypervisor: 'filterHypervisor',
  has_billing_agreement: 'filterBillingAgreement',
  has_services: 'filterHasServices',
  has_instances: 'filterHasInstances',
  has_services_of_type: 'filterServiceType',
  has_service_for_product: 'filterProduct',
};

export const SORT_LABELS: Record<ClientSortField, keyof ClientGridText> = {
  company: 'sortCompany',
  country: 'columnCountry',
  created_at: 'columnCreated',
  uptodate_credit: 'columnCredit',
  configuration: 'columnConfiguration',
  group: 'columnGroup',
};

export const SUSPEND_REASONS: ReadonlyArray<[StatusReason, keyof ClientGridText]> = [
  ['staff', 'reasonStaff'],
  ['credit', 'reasonCredit'],
  ['fraud', 'reasonFraud'],
  ['automatic', 'reasonAutomatic'],
];

export const STATUS_REASON_KEYS: Record<StatusReason, keyof ClientGridText> = Object.fromEntries(
  SUSPEND_REASONS,
) as Record<StatusReason, keyof ClientGridText>;
