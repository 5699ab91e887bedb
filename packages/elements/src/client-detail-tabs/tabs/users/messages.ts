import type { CommonMessages } from '../../../base/i18n/common.en.ts';
import { widgetMessages } from '../../../base/i18n/localize.ts';
import type { UsersFormMessages } from './form-messages.en.ts';
import { type UsersTabMessages, usersTabEn } from './messages.en.ts';

/** What <client-users-tab>'s first paint says: the shared messages and its own. */
export type UsersTabText = CommonMessages & UsersTabMessages;

export const usersTabText = widgetMessages<UsersTabMessages>({
  en: usersTabEn,
  de: () => import('./messages.de.ts').then((m) => m.usersTabDe),
});

declare module '../../../base/i18n/localize.ts' {
  /** <client-users-tab>'s messages (its first paint's and its forms') are part of the kit's `Messages`. */
  interface Messages extends UsersTabMessages, UsersFormMessages {}
}
