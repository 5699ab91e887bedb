/**
 * Every enum of the spec as a runtime list, in the spec's order, under the name a caller looks
 * for (`CLIENT_STATUSES`, `PERMISSIONS`, ...). The lists are generated (`pnpm gen`, the
 * `*Values` arrays of `generated/openapi.ts`); this module only names and types them.
 * Published as `@clientele/sdk/enums`, apart from the main entry, so that a host that does not
 * use them does not download them.
 */

import type {
  ActivityCategory,
  ActivitySort,
  ActorType,
  BillingCycleUnit,
  ClientSort,
  ClientStatus,
  ClientType,
  CloudResourceCollection,
  CloudResourceKind,
  DomainStatus,
  InvoiceSort,
  InvoiceStatus,
  JournalParty,
  PaymentMode,
  Permission,
  ProblemType,
  QuotaRequestStatus,
  QuotaResource,
  ServiceStatus,
  StatusReason,
  TicketPriority,
  TicketSort,
  TicketStatus,
  TicketWaitingOn,
  TwoFactorMethod,
  UnitEntryCreateKind,
  UnitEntryKind,
  UnitEntrySort,
  VerificationMethod,
  VerificationResult,
  VerificationSort,
} from './generated/openapi.ts';
import {
  activityCategoryValues,
  activitySortValues,
  actorTypeValues,
  billingCycleUnitValues,
  clientSortValues,
  clientStatusValues,
  clientTypeValues,
  cloudResourceCollectionValues,
  cloudResourceKindValues,
  domainStatusValues,
  invoiceSortValues,
  invoiceStatusValues,
  journalPartyValues,
  paymentModeValues,
  permissionValues,
  problemTypeValues,
  quotaRequestStatusValues,
  quotaResourceValues,
  serviceStatusValues,
  statusReasonValues,
  ticketPriorityValues,
  ticketSortValues,
  ticketStatusValues,
  ticketWaitingOnValues,
  twoFactorMethodValues,
  unitEntryCreateKindValues,
  unitEntryKindValues,
  unitEntrySortValues,
  verificationMethodValues,
  verificationResultValues,
  verificationSortValues,
} from './generated/openapi.ts';

export const ACTIVITY_CATEGORIES: readonly ActivityCategory[] = activityCategoryValues;
export const ACTIVITY_SORTS: readonly ActivitySort[] = activitySortValues;
export const ACTOR_TYPES: readonly ActorType[] = actorTypeValues;
export const BILLING_CYCLE_UNITS: readonly BillingCycleUnit[] = billingCycleUnitValues;
export const CLIENT_SORTS: readonly ClientSort[] = clientSortValues;
export const CLIENT_STATUSES: readonly ClientStatus[] = clientStatusValues;
export const CLIENT_TYPES: readonly ClientType[] = clientTypeValues;
export const CLOUD_RESOURCE_COLLECTIONS: readonly CloudResourceCollection[] =
  cloudResourceCollectionValues;
export const CLOUD_RESOURCE_KINDS: readonly CloudResourceKind[] = cloudResourceKindValues;
export const DOMAIN_STATUSES: readonly DomainStatus[] = domainStatusValues;
export const INVOICE_SORTS: readonly InvoiceSort[] = invoiceSortValues;
export const INVOICE_STATUSES: readonly InvoiceStatus[] = invoiceStatusValues;
export const JOURNAL_PARTIES: readonly JournalParty[] = journalPartyValues;
export const PAYMENT_MODES: readonly PaymentMode[] = paymentModeValues;
export const PERMISSIONS: readonly Permission[] = permissionValues;
export const PROBLEM_TYPES: readonly ProblemType[] = problemTypeValues;
export const QUOTA_REQUEST_STATUSES: readonly QuotaRequestStatus[] = quotaRequestStatusValues;
export const QUOTA_RESOURCES: readonly QuotaResource[] = quotaResourceValues;
export const SERVICE_STATUSES: readonly ServiceStatus[] = serviceStatusValues;
export const STATUS_REASONS: readonly StatusReason[] = statusReasonValues;
export const TICKET_PRIORITIES: readonly TicketPriority[] = ticketPriorityValues;
export const TICKET_SORTS: readonly TicketSort[] = ticketSortValues;
export const TICKET_STATUSES: readonly TicketStatus[] = ticketStatusValues;
export const TICKET_WAITING_ON: readonly TicketWaitingOn[] = ticketWaitingOnValues;
export const UNIT_ENTRY_CREATE_KINDS: readonly UnitEntryCreateKind[] = unitEntryCreateKindValues;
export const UNIT_ENTRY_KINDS: readonly UnitEntryKind[] = unitEntryKindValues;
export const UNIT_ENTRY_SORTS: readonly UnitEntrySort[] = unitEntrySortValues;
export const TWO_FACTOR_METHODS: readonly TwoFactorMethod[] = twoFactorMethodValues;
export const VERIFICATION_METHODS: readonly VerificationMethod[] = verificationMethodValues;
export const VERIFICATION_RESULTS: readonly VerificationResult[] = verificationResultValues;
export const VERIFICATION_SORTS: readonly VerificationSort[] = verificationSortValues;
