/** English messages of <ticket-list> (its own; the shared ones are in `i18n/common.en.ts`). */
export const ticketListEn = {
  ticketsLabel: 'Tickets',
  searchTickets: 'Search tickets',
  searchTicketsHint: 'Title or ticket ID',
  ticketsTotal: (p: { count: number; formatted: string }) =>
    p.count === 1 ? '1 ticket' : `${p.formatted} tickets`,
  ticketsEmptyTitle: 'No tickets yet',
  ticketsEmptyMessage: 'Tickets appear here once clients or staff open them.',
  clientTicketsEmptyMessage: 'This client has no tickets yet.',
  ticketsNoMatchTitle: 'No tickets match',
  ticketsNoMatchMessage: 'Try other search words, or remove some filters.',
  ticketStatusOpen: 'Open',
  ticketStatusCustomerReply: 'Customer reply',
  ticketStatusAnswered: 'Answered',
  ticketStatusInProgress: 'In progress',
  ticketStatusOnHold: 'On hold',
  ticketStatusClosed: 'Closed',
  priorityLow: 'Low',
  priorityMedium: 'Medium',
  priorityHigh: 'High',
  columnTicketId: 'ID',
  columnTitle: 'Title',
  columnDepartment: 'Department',
  columnPriority: 'Priority',
  columnLastReply: 'Last reply',
  noReplyYet: 'No reply yet',
  waitingOnLabel: 'Waiting on',
  waitingOnStaff: 'Waiting on staff',
  waitingOnClient: 'Waiting on client',
  waitingOnStaffValue: 'Staff',
  waitingOnClientValue: 'Client',
  newTicket: 'New ticket',
  newTicketNotPermitted: 'Your account is not allowed to open tickets.',
  ticketFormLoading: 'Loading the form…',
  ticketFormFailed: 'The form could not be loaded.',
  filtersFailed: 'The filters could not be loaded.',
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
  ticketCreated: (p: { id: string }) => `Ticket ${p.id} opened.`,
};

export type TicketListMessages = typeof ticketListEn;
