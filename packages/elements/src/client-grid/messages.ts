import { commonDe } from '../i18n/common.de.ts';
import { type CommonMessages, commonEn } from '../i18n/common.en.ts';
import { messageCatalog } from '../i18n/localize.ts';
import { clientGridDe } from './messages.de.ts';
import { type ClientGridMessages, clientGridEn } from './messages.en.ts';

/** What <client-grid> says: the shared messages and its own. */
export type ClientGridText = CommonMessages & ClientGridMessages;

export const clientGridText: (locale: string | null | undefined) => ClientGridText =
  messageCatalog<ClientGridText>({
    en: { ...commonEn, ...clientGridEn },
    de: { ...commonDe, ...clientGridDe },
  });
