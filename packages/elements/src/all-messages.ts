import { commonDe } from './base/i18n/common.de.ts';
import { commonEn } from './base/i18n/common.en.ts';
import type { Messages } from './base/i18n/localize.ts';
import { detailActionsDe } from './client-detail-tabs/action-messages.de.ts';
import { detailActionsEn } from './client-detail-tabs/action-messages.en.ts';
import { clientDetailDe } from './client-detail-tabs/messages.de.ts';
import { clientDetailEn } from './client-detail-tabs/messages.en.ts';
import { activityTabDe } from './client-detail-tabs/tabs/activity/messages.de.ts';
import { activityTabEn } from './client-detail-tabs/tabs/activity/messages.en.ts';
import { authFormDe } from './client-detail-tabs/tabs/authentication/form-messages.de.ts';
import { authFormEn } from './client-detail-tabs/tabs/authentication/form-messages.en.ts';
import { authTabDe } from './client-detail-tabs/tabs/authentication/messages.de.ts';
import { authTabEn } from './client-detail-tabs/tabs/authentication/messages.en.ts';
import { configurationFormDe } from './client-detail-tabs/tabs/configuration/form-messages.de.ts';
import { configurationFormEn } from './client-detail-tabs/tabs/configuration/form-messages.en.ts';
import { configurationTabDe } from './client-detail-tabs/tabs/configuration/messages.de.ts';
import { configurationTabEn } from './client-detail-tabs/tabs/configuration/messages.en.ts';
import { domainFormDe } from './client-detail-tabs/tabs/domains/form-messages.de.ts';
import { domainFormEn } from './client-detail-tabs/tabs/domains/form-messages.en.ts';
import { domainsTabDe } from './client-detail-tabs/tabs/domains/messages.de.ts';
import { domainsTabEn } from './client-detail-tabs/tabs/domains/messages.en.ts';
import { invoiceFormDe } from './client-detail-tabs/tabs/invoices/form-messages.de.ts';
import { invoiceFormEn } from './client-detail-tabs/tabs/invoices/form-messages.en.ts';
import { invoicesTabDe } from './client-detail-tabs/tabs/invoices/messages.de.ts';
import { invoicesTabEn } from './client-detail-tabs/tabs/invoices/messages.en.ts';
import { journalTabDe } from './client-detail-tabs/tabs/journal/messages.de.ts';
import { journalTabEn } from './client-detail-tabs/tabs/journal/messages.en.ts';
import { overviewDe } from './client-detail-tabs/tabs/overview/overview-messages.de.ts';
import { overviewEn } from './client-detail-tabs/tabs/overview/overview-messages.en.ts';
import { resourcesTabDe } from './client-detail-tabs/tabs/resources/messages.de.ts';
import { resourcesTabEn } from './client-detail-tabs/tabs/resources/messages.en.ts';
import { servicesFormDe } from './client-detail-tabs/tabs/services/form-messages.de.ts';
import { servicesFormEn } from './client-detail-tabs/tabs/services/form-messages.en.ts';
import { servicesTabDe } from './client-detail-tabs/tabs/services/messages.de.ts';
import { servicesTabEn } from './client-detail-tabs/tabs/services/messages.en.ts';
import { usersFormDe } from './client-detail-tabs/tabs/users/form-messages.de.ts';
import { usersFormEn } from './client-detail-tabs/tabs/users/form-messages.en.ts';
import { usersTabDe } from './client-detail-tabs/tabs/users/messages.de.ts';
import { usersTabEn } from './client-detail-tabs/tabs/users/messages.en.ts';
import { clientGridDe } from './client-grid/messages.de.ts';
import { clientGridEn } from './client-grid/messages.en.ts';
import { quotaEditorDe } from './quota-editor/messages.de.ts';
import { quotaEditorEn } from './quota-editor/messages.en.ts';
import { quotaPartsDe } from './quota-editor/quota-parts-messages.de.ts';
import { quotaPartsEn } from './quota-editor/quota-parts-messages.en.ts';
import { ticketListDe } from './ticket-list/messages.de.ts';
import { ticketListEn } from './ticket-list/messages.en.ts';
import { ticketFormDe } from './ticket-list/ticket-form-messages.de.ts';
import { ticketFormEn } from './ticket-list/ticket-form-messages.en.ts';
import { unitsActionsDe } from './units-ledger/actions-messages.de.ts';
import { unitsActionsEn } from './units-ledger/actions-messages.en.ts';
import { unitsFiltersDe } from './units-ledger/filters-messages.de.ts';
import { unitsFiltersEn } from './units-ledger/filters-messages.en.ts';
import { unitsLedgerDe } from './units-ledger/messages.de.ts';
import { unitsLedgerEn } from './units-ledger/messages.en.ts';

/**
 * Every shipped message in English: the start of a new translation
 * (`registerMessages('fr', { ...en, retry: 'Réessayer' })`). Only the package's main entry
 * exports it; a single widget's module carries only its own catalog.
 */
export const en: Messages = {
  ...commonEn,
  ...clientGridEn,
  ...ticketListEn,
  ...ticketFormEn,
  ...unitsLedgerEn,
  ...unitsActionsEn,
  ...unitsFiltersEn,
  ...clientDetailEn,
  ...detailActionsEn,
  ...overviewEn,
  ...quotaEditorEn,
  ...quotaPartsEn,
  ...activityTabEn,
  ...usersTabEn,
  ...usersFormEn,
  ...authTabEn,
  ...authFormEn,
  ...servicesTabEn,
  ...servicesFormEn,
  ...configurationTabEn,
  ...configurationFormEn,
  ...resourcesTabEn,
  ...domainsTabEn,
  ...domainFormEn,
  ...invoicesTabEn,
  ...invoiceFormEn,
  ...journalTabEn,
};

/** Every shipped message in German. */
export const de: Messages = {
  ...commonDe,
  ...clientGridDe,
  ...ticketListDe,
  ...ticketFormDe,
  ...unitsLedgerDe,
  ...unitsActionsDe,
  ...unitsFiltersDe,
  ...clientDetailDe,
  ...detailActionsDe,
  ...overviewDe,
  ...quotaEditorDe,
  ...quotaPartsDe,
  ...activityTabDe,
  ...usersTabDe,
  ...usersFormDe,
  ...authTabDe,
  ...authFormDe,
  ...servicesTabDe,
  ...servicesFormDe,
  ...configurationTabDe,
  ...configurationFormDe,
  ...resourcesTabDe,
  ...domainsTabDe,
  ...domainFormDe,
  ...invoicesTabDe,
  ...invoiceFormDe,
  ...journalTabDe,
};

/**
 * Each catalog in English with its German: what `en` and `de` are made of (the i18n test
 * checks that every English key has a German text and that no two catalogs give one key two
 * texts, from this list, so a new catalog is added here and in `en`/`de` only).
 */
export const CATALOG_PAIRS: ReadonlyArray<
  readonly [Readonly<Record<string, unknown>>, Readonly<Record<string, unknown>>]
> = [
  [commonEn, commonDe],
  [clientGridEn, clientGridDe],
  [ticketListEn, ticketListDe],
  [ticketFormEn, ticketFormDe],
  [unitsLedgerEn, unitsLedgerDe],
  [unitsActionsEn, unitsActionsDe],
  [unitsFiltersEn, unitsFiltersDe],
  [clientDetailEn, clientDetailDe],
  [detailActionsEn, detailActionsDe],
  [overviewEn, overviewDe],
  [quotaEditorEn, quotaEditorDe],
  [quotaPartsEn, quotaPartsDe],
  [activityTabEn, activityTabDe],
  [usersTabEn, usersTabDe],
  [usersFormEn, usersFormDe],
  [authTabEn, authTabDe],
  [authFormEn, authFormDe],
  [servicesTabEn, servicesTabDe],
  [servicesFormEn, servicesFormDe],
  [configurationTabEn, configurationTabDe],
  [configurationFormEn, configurationFormDe],
  [resourcesTabEn, resourcesTabDe],
  [domainsTabEn, domainsTabDe],
  [domainFormEn, domainFormDe],
  [invoicesTabEn, invoicesTabDe],
  [invoiceFormEn, invoiceFormDe],
  [journalTabEn, journalTabDe],
];
