import type { CommonMessages } from '../../../base/i18n/common.en.ts';
import { widgetMessages } from '../../../base/i18n/localize.ts';
import type { AuthFormMessages } from './form-messages.en.ts';
import { type AuthTabMessages, authTabEn } from './messages.en.ts';

/** What <client-authentication-tab>'s first paint says: the shared messages and its own. */
export type AuthTabText = CommonMessages & AuthTabMessages;

export const authTabText = widgetMessages<AuthTabMessages>({
  en: authTabEn,
  de: () => import('./messages.de.ts').then((m) => m.authTabDe),
});

declare module '../../../base/i18n/localize.ts' {
  /** <client-authentication-tab>'s messages (its first paint's and its forms') are part of the kit's `Messages`. */
  interface Messages extends AuthTabMessages, AuthFormMessages {}
}
