import type { UsersTabMessages } from './messages.en.ts';

/** German messages of <client-users-tab>'s first paint. */
export const usersTabDe: UsersTabMessages = {
  usersLabel: 'Benutzer',
  usersTotal: (p) => (p.count === 1 ? '1 Benutzer' : `${p.formatted} Benutzer`),
  usersEmptyTitle: 'Noch keine Benutzer',
  usersEmptyMessage:
    'Ordnen Sie einen vorhandenen Benutzer zu, um ihm Zugang zu diesem Kunden zu geben.',
  usersColumnUser: 'Benutzer',
  usersColumnRole: 'Rolle',
  usersColumnAssociated: 'Zugeordnet',
  usersColumnActions: 'Aktionen',
  usersCustomRole: 'Eigene Rolle',
  usersAssociate: 'Benutzer zuordnen',
  usersChangeRole: 'Rolle ändern',
  usersChangeRoleOf: (p) => `Rolle ändern für ${p.name}`,
  usersImpersonate: 'Anmelden als',
  usersImpersonateOf: (p) => `Anmelden als ${p.name}`,
  usersDissociate: 'Entfernen',
  usersDissociateOf: (p) => `${p.name} von diesem Kunden entfernen`,
  usersNotPermitted: 'Ihr Konto darf die Benutzer dieses Kunden sehen, aber nicht ändern.',
  usersImpersonateNotPermitted: 'Ihr Konto darf sich nicht als Benutzer anmelden.',
  usersLastOwner:
    'Einziger Eigentümer: Machen Sie zuerst einen anderen Benutzer zum Eigentümer, bevor Sie diesen entfernen oder seine Rolle ändern.',
  usersAssociated: (p) => `${p.name} wurde als ${p.role} zugeordnet.`,
  usersRoleChanged: (p) => `${p.name} ist jetzt ${p.role}.`,
  usersDissociated: (p) => `${p.name} wurde von diesem Kunden entfernt.`,
  usersSessionOpened: (p) => `Eine Sitzung als ${p.name} wurde in einem neuen Tab geöffnet.`,
  usersSessionStarted: (p) => `Eine Sitzung als ${p.name} wurde gestartet.`,
};
