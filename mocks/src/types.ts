/**
 * The API's types, generated from specs/openapi.yaml and re-exported by the SDK. The mocks
 * import only these, type-only, and the spec's enum lists from `@clientele/sdk/enums` (plain
 * arrays): nothing of the SDK's client runtime.
 */
export type {
  ActivityCategory,
  ActivityEntry,
  BillingCycle,
  Client,
  ClientConfiguration,
  ClientCreate,
  ClientGroup,
  ClientSort,
  ClientStatus,
  ClientStatusCounts,
  ClientUpdate,
  ClientUser,
  CloudResource,
  CloudResourceCollection,
  CloudResourceKind,
  Configuration,
  components,
  Department,
  Domain,
  Flavor,
  Hypervisor,
  ImpersonationSession,
  Invoice,
  InvoiceLine,
  InvoiceSort,
  InvoiceStatus,
  JournalEntry,
  JournalParty,
  Me,
  Money,
  operations,
  Permission,
  PricingPlan,
  Problem,
  ProblemType,
  Product,
  paths,
  Quota,
  QuotaLimits,
  QuotaRequest,
  QuotaRequestStatus,
  QuotaResource,
  QuotaSet,
  Ref,
  Region,
  Role,
  Service,
  ServiceStatus,
  ServiceType,
  StatusReason,
  Ticket,
  TicketPriority,
  TicketSort,
  TicketStatus,
  TicketStatusCounts,
  TicketWaitingOn,
  UnitBalance,
  UnitEntry,
  UnitEntryKind,
  UnitOffer,
} from '@clientele/sdk';

import type { FieldError as GeneratedFieldError, operations } from '@clientele/sdk';

export type FieldError = GeneratedFieldError;

/** Every operationId in the spec. */
export type OperationId = keyof operations;
