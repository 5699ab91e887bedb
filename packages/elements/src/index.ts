/**
 * `@clientele/elements`: the Clientele web components. Importing this entry registers
 * `<clientele-provider>` and `<clientele-state>` at once and every widget when the page first
 * uses its tag (autoload.ts); `@clientele/elements/all` registers every tag at once, and
 * `@clientele/elements/define/<tag>` one. The classes and types are exported from here.
 */

// Registration (side effects): the provider first, so widgets upgraded later find it; the
// built-in tabs of <client-detail-tabs> (names and loaders, no panel code) before a host's own
// `registerClientTab`, so they come first.
import './define/clientele-provider.ts';
import './define/clientele-state.ts';
import './define/client-tabs.ts';
import { startAutoload } from './autoload.ts';

startAutoload();

export { de, en } from './all-messages.ts';
export { AUTOLOADED_TAGS, type AutoloadedTag, defineAll, discover } from './autoload.ts';
export {
  type CurrentUser,
  type CurrentUserStatus,
  clientContext,
  createCurrentUser,
  localeContext,
  userContext,
} from './base/context.ts';
export { classifyError, type FailureState } from './base/controllers/classify-error.ts';
export { ClienteleConsumer, type ClienteleHost } from './base/controllers/clientele-consumer.ts';
export { LangController } from './base/controllers/lang-controller.ts';
export {
  isEmptyData,
  RESOURCE_STATES,
  ResourceController,
  type ResourceOptions,
  type ResourceState,
} from './base/controllers/resource-controller.ts';
export { defineElement } from './base/define.ts';
export { dispatch } from './base/events.ts';
export { clientName } from './base/format/client-name.ts';
export {
  type DateFormatOptions,
  type DateTimeFormatOptions,
  formatDate,
  formatDateTime,
  formatRelativeTime,
  parseTimestamp,
  type RelativeTimeOptions,
} from './base/format/dates.ts';
export { formatDecimal, type ParsedDecimal, parseDecimal } from './base/format/decimal.ts';
export { formatMoney, type Money, type MoneyFormatOptions } from './base/format/money.ts';
export {
  formatUnits,
  pluralCategory,
  type UnitLabelParts,
  type UnitsFormatOptions,
} from './base/format/units.ts';
export { commonDe } from './base/i18n/common.de.ts';
export { commonEn } from './base/i18n/common.en.ts';
export {
  BUILT_IN_LOCALES,
  type BuiltInLocale,
  type BuiltInMessages,
  type Catalog,
  type CatalogSource,
  type CommonMessages,
  DEFAULT_LOCALE,
  loadMessages,
  localize,
  type MessageKey,
  type MessageParams,
  type Messages,
  messageCatalog,
  msg,
  onMessagesChange,
  registerMessages,
  resolveLocale,
  widgetMessages,
} from './base/i18n/localize.ts';
export { type Me, PERMISSIONS, type Permission } from './base/permissions.ts';
export {
  ClienteleProvider,
  type MeErrorDetail,
  type MeLoadDetail,
} from './base/provider/clientele-provider.ts';
export { ClienteleState } from './base/states/clientele-state.ts';
export {
  baseStyles,
  buttonStyles,
  focusRingStyles,
  hostStyles,
  visuallyHiddenStyles,
} from './base/styles/base.ts';
export {
  COLOR_TOKENS,
  type ColorToken,
  SIZE_TOKENS,
  type SizeToken,
  THEMES,
  type Theme,
  type Token,
  themeStyles,
  tokenProperty,
  tokenStyles,
} from './base/styles/tokens.ts';

// <client-grid> and the shared list pieces it is built from.

export { sdkClientDataProvider } from './client-grid/client-api.ts';
export type {
  ClientDataProvider,
  ClientDataRequest,
  ClientDataResult,
} from './client-grid/client-data.ts';
export {
  CLIENT_ACTIONS,
  CLIENT_BULK_ACTIONS,
  type ClientAction,
  type ClientActionDetail,
  type ClientActionDoneDetail,
  type ClientBulkAction,
  type ClientBulkActionDetail,
  type ClientFilterOptions,
  type ClientSelectDetail,
} from './client-grid/client-events.ts';
export { ClientGrid } from './client-grid/client-grid.ts';
export {
  CLIENT_GRID_VIEWS,
  CLIENT_SORTS,
  CLIENT_STATUSES,
  type ClientFilterKey,
  type ClientFilters,
  type ClientGridView,
  FILTER_FIELDS,
  parseFilters,
  serializeFilters,
} from './client-grid/client-query.ts';
export { dataGridStyles } from './list/data-grid.styles.ts';
export { DataGrid, type DataGridOptions, type GridColumn } from './list/data-grid.ts';
export type {
  ListDataProvider,
  ListDataRequest,
  ListPage,
  ListPaging,
  ListQuery,
} from './list/list-data.ts';
export { PagedRows, type PageRequest, type PageResult } from './list/paged-rows.ts';

// <ticket-list>

export { sdkTicketDataProvider } from './ticket-list/ticket-api.ts';
export {
  type TicketDataProvider,
  type TicketDataRequest,
  type TicketDataResult,
  ticketMatches,
  WAITING_ON_STATUSES,
} from './ticket-list/ticket-data.ts';
export { TICKET_FORM_FIELDS, type TicketFormField } from './ticket-list/ticket-form-fields.ts';
export { TICKET_STATUS_KEYS, TICKET_STATUS_TONES } from './ticket-list/ticket-labels.ts';
export {
  type TicketCreateDetail,
  TicketList,
  type TicketSelectDetail,
} from './ticket-list/ticket-list.ts';
export {
  DEFAULT_TICKET_SORT,
  TICKET_PRIORITIES,
  TICKET_SORTS,
  TICKET_STATUSES,
  TICKET_WAITING_ON,
  type TicketFilterKey,
  type TicketFilters,
} from './ticket-list/ticket-query.ts';

// <units-ledger>

export { sdkUnitEntryProvider } from './units-ledger/units-api.ts';
export {
  DEFAULT_UNIT_ENTRY_SORT,
  type UnitEntryDataProvider,
  type UnitEntryFilters,
  type UnitEntryRequest,
  unitEntryMatches,
} from './units-ledger/units-data.ts';
export {
  type UnitsBalanceChangeDetail,
  type UnitsEntryCreateDetail,
  UnitsLedger,
} from './units-ledger/units-ledger.ts';

// <client-detail-tabs>

export {
  openResource,
  type ResourceKind,
  type ResourceOpenDetail,
} from './client/resource-open.ts';
export { STATUS_ACTIONS, type StatusAction } from './client/status-actions.ts';
export { STATUS_KEYS, STATUS_REASON_KEYS, STATUS_TONES } from './client/status-labels.ts';
export {
  type ClientChangeDetail,
  ClientDetailTabs,
  type ClientImpersonateDetail,
  type ClientLoadDetail,
  type ClientTabChangeDetail,
} from './client-detail-tabs/client-detail-tabs.ts';
export { clientRecordContext } from './client-detail-tabs/client-record.ts';
export {
  type ClientTab,
  registerClientTab,
  registeredClientTabs,
  type TabLabelKey,
} from './client-detail-tabs/tab-registry.ts';
export { ClientOverview } from './client-detail-tabs/tabs/overview/client-overview.ts';

// <quota-editor>

export { QuotaEditor } from './quota-editor/quota-editor.ts';
export type {
  QuotaRequestAction,
  QuotaRequestDetail,
  QuotaSaveAction,
  QuotaSaveDetail,
} from './quota-editor/quota-events.ts';
export type { QuotaChange } from './quota-editor/quota-model.ts';
// The panels of <client-detail-tabs>, each its own chunk, loaded when its tab first opens (or
// by a page that shows one alone, through its loader): none is in this entry, only their types.

/** Loads and registers `<client-activity-tab>` (and `<clientele-state>`), once. */
export const defineClientActivityTab = (): Promise<void> =>
  import('./client-detail-tabs/tabs/activity/activity-tab.define.ts').then(() => undefined);

/** Loads and registers `<client-invoices-tab>` (and `<clientele-state>`), once. */
export const defineClientInvoicesTab = (): Promise<void> =>
  import('./client-detail-tabs/tabs/invoices/invoices-tab.define.ts').then(() => undefined);

/** Loads and registers `<client-journal-tab>` (and `<clientele-state>`), once. */
export const defineClientJournalTab = (): Promise<void> =>
  import('./client-detail-tabs/tabs/journal/journal-tab.define.ts').then(() => undefined);

/** Loads and registers `<client-users-tab>` (and `<clientele-state>`), once. */
export const defineClientUsersTab = (): Promise<void> =>
  import('./client-detail-tabs/tabs/users/users-tab.define.ts').then(() => undefined);

/** Loads and registers `<client-authentication-tab>` (and `<clientele-state>`), once. */
export const defineClientAuthenticationTab = (): Promise<void> =>
  import('./client-detail-tabs/tabs/authentication/authentication-tab.define.ts').then(
    () => undefined,
  );

/** Loads and registers `<client-services-tab>` (and `<clientele-state>`), once. */
export const defineClientServicesTab = (): Promise<void> =>
  import('./client-detail-tabs/tabs/services/services-tab.define.ts').then(() => undefined);

/** Loads and registers `<client-configuration-tab>` (and `<clientele-state>`), once. */
export const defineClientConfigurationTab = (): Promise<void> =>
  import('./client-detail-tabs/tabs/configuration/configuration-tab.define.ts').then(
    () => undefined,
  );

/** Loads and registers `<client-resources-tab>` (and `<clientele-state>`), once. */
export const defineClientResourcesTab = (): Promise<void> =>
  import('./client-detail-tabs/tabs/resources/resources-tab.define.ts').then(() => undefined);

/** Loads and registers `<client-domains-tab>` (and `<clientele-state>`), once. */
export const defineClientDomainsTab = (): Promise<void> =>
  import('./client-detail-tabs/tabs/domains/domains-tab.define.ts').then(() => undefined);

export type {
  ActivityDataProvider,
  ActivityDataRequest,
  ActivityFilters,
} from './client-detail-tabs/tabs/activity/activity-data.ts';
export type { ClientActivityTab } from './client-detail-tabs/tabs/activity/activity-tab.ts';
export type {
  ClientAuthenticationChangeDetail,
  ClientAuthenticationTab,
} from './client-detail-tabs/tabs/authentication/authentication-tab.ts';
export type {
  ClientConfigurationChangeDetail,
  ClientConfigurationTab,
} from './client-detail-tabs/tabs/configuration/configuration-tab.ts';
export type { ClientDomainsTab } from './client-detail-tabs/tabs/domains/domains-tab.ts';
export type {
  InvoiceFilters,
  InvoicesDataProvider,
  InvoicesDataRequest,
} from './client-detail-tabs/tabs/invoices/invoices-data.ts';
export type {
  ClientInvoiceCreateDetail,
  ClientInvoicesTab,
} from './client-detail-tabs/tabs/invoices/invoices-tab.ts';
export type {
  JournalDataProvider,
  JournalDataRequest,
} from './client-detail-tabs/tabs/journal/journal-data.ts';
export type { ClientJournalTab } from './client-detail-tabs/tabs/journal/journal-tab.ts';
export type { ResourceCollection } from './client-detail-tabs/tabs/resources/resource-kinds.ts';
export type { ClientResourcesTab } from './client-detail-tabs/tabs/resources/resources-tab.ts';
export type {
  ClientServiceChangeDetail,
  ClientServicesTab,
} from './client-detail-tabs/tabs/services/services-tab.ts';
export type {
  ClientUserChangeDetail,
  ClientUsersTab,
} from './client-detail-tabs/tabs/users/users-tab.ts';
