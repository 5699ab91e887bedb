import type { UsersFormMessages } from './form-messages.en.ts';

/** German messages of the Users tab's forms. */
export const usersFormDe: UsersFormMessages = {
  usersAssociateTitle: 'Benutzer zuordnen',
  usersAssociateMessage:
    'Geben Sie einem vorhandenen Benutzer mit einer Rolle Zugang zu diesem Kunden.',
  usersAssociateSubmit: 'Zuordnen',
  usersAssociateFailed: 'Der Benutzer konnte nicht zugeordnet werden.',
  usersPickerLabel: 'Benutzer',
  usersPickerHint: 'Suche nach Name oder E-Mail. Benutzer dieses Kunden werden nicht angezeigt.',
  usersSearching: 'Suche läuft…',
  usersFound: (p) =>
    p.count === 0
      ? 'Keine Benutzer gefunden.'
      : p.count === 1
        ? '1 Benutzer gefunden.'
        : `${p.count} Benutzer gefunden.`,
  usersSearchFailed: 'Die Benutzer konnten nicht gesucht werden.',
  usersChoose: 'Wählen Sie einen Benutzer aus der Liste.',
  usersRoleLabel: 'Rolle',
  usersBuiltInRoles: 'Vordefinierte Rollen',
  usersCustomRoles: 'Eigene Rollen',
  usersRoleGrants: (p) => `Berechtigungen: ${p.permissions}`,
  usersChangeRoleTitle: (p) => `Rolle von ${p.name} ändern`,
  usersChangeRoleMessage: 'Die neue Rolle gilt sofort.',
  usersChangeRoleFailed: 'Die Rolle konnte nicht geändert werden.',
  usersDissociateTitle: (p) => `${p.name} entfernen?`,
  usersDissociateMessage:
    'Der Benutzer verliert den Zugang zu diesem Kunden; seine Anmeldung und seine anderen Kunden bleiben.',
  usersDissociateFailed: 'Der Benutzer konnte nicht entfernt werden.',
  usersLastOwnerRefused:
    'Dieser Benutzer ist jetzt der einzige Eigentümer des Kunden. Machen Sie zuerst einen anderen Benutzer zum Eigentümer.',
  usersImpersonateTitle: (p) => `Anmelden als ${p.name}`,
  usersImpersonateMessage:
    'Öffnet den Kundenbereich als dieser Benutzer. Die Sitzung und Ihre Begründung werden unter Ihrem Namen im Aktivitätsprotokoll festgehalten.',
  usersImpersonateSubmit: 'Sitzung öffnen',
  usersImpersonateFailed: 'Die Sitzung konnte nicht geöffnet werden.',
  usersReasonLabel: 'Begründung',
  usersReasonHint: 'Warum Sie als dieser Benutzer handeln müssen (3 bis 500 Zeichen).',
  usersDurationLabel: 'Dauer',
  usersDurationMinutes: (p) => `${p.minutes} Minuten`,
};
