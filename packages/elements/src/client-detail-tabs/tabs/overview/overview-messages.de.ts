import { clientFieldsDe } from '../../../client/field-messages.de.ts';
import { clientStatusDe } from '../../../client/status-messages.de.ts';
import type { OverviewMessages } from './overview-messages.en.ts';

/** German messages of the Overview panel. */
export const overviewDe: OverviewMessages = {
  ...clientFieldsDe,
  ...clientStatusDe,
  overviewLabel: 'Kundenübersicht',
  groupPersonal: 'Persönliche Daten',
  groupCompany: 'Firma und Adresse',
  groupBilling: 'Abrechnung',
  groupAccount: 'Konto',
};
