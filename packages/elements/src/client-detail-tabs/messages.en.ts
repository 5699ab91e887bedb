import { clientActionLabelsEn } from '../client/action-labels.en.ts';
import { clientStatusEn } from '../client/status-messages.en.ts';
import { tabLabelsEn } from './tabs/tab-labels.en.ts';

/**
 * English messages of <client-detail-tabs>'s first paint (its own; the shared ones are in
 * `i18n/common.en.ts`): the header, the action buttons, the tabs. The action dialogs' are in
 * `action-messages.en.ts`, loaded with them.
 */
export const clientDetailEn = {
  ...clientStatusEn,
  ...tabLabelsEn,
  ...clientActionLabelsEn,
  clientSections: 'Client sections',
  clientActions: 'Client actions',
  clientId: 'ID',
  clientCreated: 'Created',
  clientGroup: 'Group',
  clientConfiguration: 'Configuration',
  clientCredit: 'Up-to-date credit',
  clientOutOfCreditSince: 'Out of credit since',
  noGroup: 'No group',
  actionEdit: 'Edit details',
  actionCreateSimilar: 'Create similar',
  actionEmail: 'Send email',
  noTabsTitle: 'No sections to show',
  noTabsMessage: 'None of the sections of this page is available to your account.',
  tabLoadFailed: 'This section could not be loaded.',
};

export type ClientDetailMessages = typeof clientDetailEn;
