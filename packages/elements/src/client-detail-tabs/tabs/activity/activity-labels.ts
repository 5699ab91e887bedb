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

export const ACTOR_TYPE_KEYS: Readonly<Record<ActorType, keyof ActivityTabMessages>> = {
  staff: 'activityActorStaff',
  client: 'activityActorClient',
  system: 'activityActorSystem',
};

/**
 * The message of an action (`client.impersonation_started` is `activityActionClientImpersonationStarted`),
 * or undefined for an action this version does not word (a server adds actions before its
 * widgets know them; those show as their code).
 */
export function actionLabel(t: ActivityTabMessages, action: string): string | undefined {
  const key = `activityAction${action.replace(/(?:^|[._])([a-z])/g, (_, c: string) => c.toUpperCase())}`;
  const message = Object.hasOwn(t, key)
    ? (t as unknown as Record<string, unknown>)[key]
    : undefined;
  return typeof message === 'string' ? message : undefined;
}

/** An entry's parameters as one line of text ("reason: …, duration_minutes: 30"). */
export function parametersText(parameters: Readonly<Record<string, string>>): string {
  return Object.entries(parameters)
    .map(([name, value]) => `${name}: ${value}`)
    .join(', ');
}
