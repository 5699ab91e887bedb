import { clientActionLabelsDe } from '../client/action-labels.de.ts';
import { clientStatusDe } from '../client/status-messages.de.ts';
import type { ClientDetailMessages } from './messages.en.ts';
import { tabLabelsDe } from './tabs/tab-labels.de.ts';

/** German messages of <client-detail-tabs>'s first paint. */
export const clientDetailDe: ClientDetailMessages = {
  ...clientStatusDe,
  ...tabLabelsDe,
  ...clientActionLabelsDe,
  clientSections: 'Bereiche des Kunden',
  clientActions: 'Aktionen für den Kunden',
  clientId: 'ID',
  clientCreated: 'Angelegt',
  clientGroup: 'Gruppe',
  clientConfiguration: 'Konfiguration',
  clientCredit: 'Aktuelles Guthaben',
  clientOutOfCreditSince: 'Ohne Guthaben seit',
  noGroup: 'Keine Gruppe',
  actionEdit: 'Daten bearbeiten',
  actionCreateSimilar: 'Ähnlichen Kunden anlegen',
  actionEmail: 'E-Mail senden',
  noTabsTitle: 'Keine Bereiche verfügbar',
  noTabsMessage: 'Keiner der Bereiche dieser Seite ist für Ihr Konto freigegeben.',
  tabLoadFailed: 'Dieser Bereich konnte nicht geladen werden.',
};
