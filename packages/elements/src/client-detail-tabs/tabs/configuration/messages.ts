import type { CommonMessages } from '../../../base/i18n/common.en.ts';
import { widgetMessages } from '../../../base/i18n/localize.ts';
import type { ConfigurationFormMessages } from './form-messages.en.ts';
import { type ConfigurationTabMessages, configurationTabEn } from './messages.en.ts';

/** What <client-configuration-tab>'s first paint says: the shared messages and its own. */
export type ConfigurationTabText = CommonMessages & ConfigurationTabMessages;

export const configurationTabText = widgetMessages<ConfigurationTabMessages>({
  en: configurationTabEn,
  de: () => import('./messages.de.ts').then((m) => m.configurationTabDe),
});

declare module '../../../base/i18n/localize.ts' {
  /** <client-configuration-tab>'s messages (its first paint's and its form's) are part of the kit's `Messages`. */
  interface Messages extends ConfigurationTabMessages, ConfigurationFormMessages {}
}
