import type { TicketFormMessages } from './ticket-form-messages.en.ts';

/** German messages of the "open a ticket" form. Typed: a missing or misspelt key fails the typecheck. */
export const ticketFormDe: TicketFormMessages = {
  createTicketTitle: 'Ticket eröffnen',
  createTicketMessage: 'Der Kunde wird benachrichtigt und sieht Ihre Nachricht in seinem Ticket.',
  createTicketSubmit: 'Ticket eröffnen',
  createTicketFailed: 'Das Ticket konnte nicht eröffnet werden',
  ticketClient: 'Kunde',
  ticketClientHint: 'Name, Firma oder E-Mail eingeben und aus der Liste wählen.',
  ticketClientChoose: 'Bitte einen Kunden aus der Liste wählen.',
  clientSearching: 'Suche läuft…',
  clientsFound: (p) =>
    p.count === 0
      ? 'Keine Kunden gefunden'
      : p.count === 1
        ? '1 Kunde gefunden'
        : `${p.count} Kunden gefunden`,
  clientSearchFailed: 'Kunden konnten nicht geladen werden.',
  ticketMessage: 'Nachricht',
  chooseDepartment: 'Abteilung wählen',
  departmentsFailed: 'Abteilungen konnten nicht geladen werden.',
};
