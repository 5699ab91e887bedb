import type { ClientFilterKey, ClientSortField } from './client-query.ts';
import type { ClientGridText } from './messages.ts';

/*
 * The grid's lists of known values and what each is called: message keys. One place, so the
 * toolbar, the chips and the filter panel say the same thing (a client's statuses and reasons
 * are in `../client/status-labels.ts`, shared with every widget that shows a client).
 */

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
