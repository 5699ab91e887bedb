/**
 * English messages of the "open a ticket" form: apart from the list's (`messages.en.ts`), so
 * they load with the form, on first use, not with the list's first paint. The form's loader
 * makes their catalog (`messageCatalog`, German loaded on first use in German), so the form's
 * chunk shares no i18n code with the list's (shared code would leave the list's chunk).
 */
export const ticketFormEn = {
  createTicketTitle: 'Open a ticket',
  createTicketMessage: 'The client is notified and sees your message in their ticket.',
  createTicketSubmit: 'Open ticket',
  createTicketFailed: 'The ticket could not be opened',
  ticketClient: 'Client',
  ticketClientHint: 'Type a name, company or email, then choose from the list.',
  ticketClientChoose: 'Choose a client from the list.',
  clientSearching: 'Searching…',
  clientsFound: (p: { count: number }) =>
    p.count === 0
      ? 'No clients found'
      : p.count === 1
        ? '1 client found'
        : `${p.count} clients found`,
  clientSearchFailed: 'Clients could not be loaded.',
  ticketMessage: 'Message',
  chooseDepartment: 'Choose a department',
  departmentsFailed: 'Departments could not be loaded.',
};

export type TicketFormMessages = typeof ticketFormEn;

declare module '../base/i18n/localize.ts' {
  /** The form's messages are part of the kit's `Messages`. */
  interface Messages extends TicketFormMessages {}
}
