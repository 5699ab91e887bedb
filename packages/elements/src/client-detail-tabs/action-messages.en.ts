import { clientFieldsEn } from '../client/field-messages.en.ts';

/** English messages of <client-detail-tabs>'s action dialogs, loaded with them. */
export const detailActionsEn = {
  ...clientFieldsEn,
  deleteConfirmLabel: (p: { name: string }) => `Type "${p.name}" to confirm`,
  deleteConfirmMismatch: (p: { name: string }) => `Type "${p.name}" exactly as shown.`,
  conflictTitle: 'Someone else changed this client',
  conflictDetail:
    'The values now on the server are shown under your edits. Save to apply your edits over them, or discard your edits.',
  deleteConflictDetail: 'The header now shows the client as it is. Check it, then delete again.',
  conflictServerValue: (p: { value: string }) => `On the server now: ${p.value}`,
  discardEdits: 'Discard my edits',
  editTitle: (p: { name: string }) => `Edit ${p.name}`,
  editMessage: 'Change any field and save; the others stay as they are.',
  editSave: 'Save',
  editFailed: 'The changes could not be saved',
  referenceLoading: 'Loading choices…',
  similarTitle: (p: { name: string }) => `Create a client like ${p.name}`,
  similarMessage:
    'The new client gets the same group, configuration, currency, country, payment mode and language.',
  similarSubmit: 'Create client',
  emailTitle: (p: { name: string }) => `Email ${p.name}`,
  emailMessage: (p: { email: string }) => `A plain-text email to ${p.email}.`,
  emailSubject: 'Subject',
  emailBody: 'Message',
  emailSubmit: 'Send',
  emailSent: (p: { email: string }) => `Email sent to ${p.email}.`,
  changesSaved: 'Changes saved.',
  impersonateOpened: 'The client area opened in a new tab.',
};

export type ClientDetailActionMessages = typeof detailActionsEn;
