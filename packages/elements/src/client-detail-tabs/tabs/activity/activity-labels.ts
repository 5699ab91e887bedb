import type { ActivityCategory, ActorType } from '@clientele/sdk';
import type { ActivityTabMessages } from './messages.en.ts';

/** The categories in the order the filter offers them (as the spec lists them). */
export const ACTIVITY_CATEGORY_ORDER = [
  'account',
  'billing',
  'security',
  'support',
  'service',
] as const satisfies readonly ActivityCategory[];

export const CATEGORY_KEYS: Readonly<Record<ActivityCategory, keyof ActivityTabMessages>> = {
  account: 'activityCategoryAccount',
  billing: 'activityCategoryBilling',
  security: 'activityCategorySecurity',
  support: 'activityCategorySupport',
  service: 'activityCategoryService',
};

export const CATEGORY_TONES: Readonly<Record<ActivityCategory, string>> = {
  account: 'blue',
  billing: 'green',
  security: 'red',
  support: 'amber',
  service: 'grey',
};

export const ACTOR_TYPE_KEYS: Readonly<Record<ActorType, keyof ActivityTabMessages>> = {
  staff: 'activityActorStaff',
  client: 'activityActorClient',
  system: 'activityActorSystem',
};

/**
 * The actions this version words; any other shows as its code (`<object>.<verb>`), since a
 * server adds actions before its widgets know them.
 */
export const ACTION_KEYS: Readonly<Record<string, keyof ActivityTabMessages>> = {
  'client.signed_up': 'activityActionClientSignedUp',
  'client.approved': 'activityActionClientApproved',
  'client.updated': 'activityActionClientUpdated',
  'client.suspended': 'activityActionClientSuspended',
  'client.resumed': 'activityActionClientResumed',
  'client.closed': 'activityActionClientClosed',
  'client.deletion_started': 'activityActionClientDeletionStarted',
  'client.emailed': 'activityActionClientEmailed',
  'client.configuration_changed': 'activityActionClientConfigurationChanged',
  'client.impersonation_started': 'activityActionClientImpersonationStarted',
  'user.impersonation_started': 'activityActionUserImpersonationStarted',
  'user.associated': 'activityActionUserAssociated',
  'user.dissociated': 'activityActionUserDissociated',
  'user.role_changed': 'activityActionUserRoleChanged',
  'user.logged_in': 'activityActionUserLoggedIn',
  'user.two_factor_enabled': 'activityActionUserTwoFactorEnabled',
  'service.activated': 'activityActionServiceActivated',
  'service.suspended': 'activityActionServiceSuspended',
  'service.terminated': 'activityActionServiceTerminated',
  'service.plan_changed': 'activityActionServicePlanChanged',
  'service.settings_viewed': 'activityActionServiceSettingsViewed',
  'invoice.issued': 'activityActionInvoiceIssued',
  'invoice.paid': 'activityActionInvoicePaid',
  'ticket.opened': 'activityActionTicketOpened',
  'domain.registered': 'activityActionDomainRegistered',
  'quotas.updated': 'activityActionQuotasUpdated',
  'quotas.reset': 'activityActionQuotasReset',
  'units.entry_reversed': 'activityActionUnitsEntryReversed',
  'units.levels_changed': 'activityActionUnitsLevelsChanged',
  'units.offer_applied': 'activityActionUnitsOfferApplied',
};

/** An entry's parameters as one line of text ("reason: …, duration_minutes: 30"). */
export function parametersText(parameters: Readonly<Record<string, string>>): string {
  return Object.entries(parameters)
    .map(([name, value]) => `${name}: ${value}`)
    .join(', ');
}
