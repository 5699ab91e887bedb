/** English messages of the Users tab's forms (loaded with them). */
export const usersFormEn = {
  usersAssociateTitle: 'Associate a user',
  usersAssociateMessage: 'Give an existing user access to this client, with a role.',
  usersAssociateSubmit: 'Associate',
  usersAssociateFailed: 'The user could not be associated.',
  usersPickerLabel: 'User',
  usersPickerHint: "Search by name or email. This client's users are not listed.",
  usersSearching: 'Searching…',
  usersFound: (p: { count: number }) =>
    p.count === 0 ? 'No users found.' : p.count === 1 ? '1 user found.' : `${p.count} users found.`,
  usersSearchFailed: 'The users could not be searched.',
  usersChoose: 'Choose a user from the list.',
  usersRoleLabel: 'Role',
  usersBuiltInRoles: 'Built-in roles',
  usersCustomRoles: 'Custom roles',
  usersRoleGrants: (p: { permissions: string }) => `Grants: ${p.permissions}`,
  usersChangeRoleTitle: (p: { name: string }) => `Change the role of ${p.name}`,
  usersChangeRoleMessage: 'The new role applies at once.',
  usersChangeRoleFailed: 'The role could not be changed.',
  usersDissociateTitle: (p: { name: string }) => `Remove ${p.name}?`,
  usersDissociateMessage:
    'The user loses access to this client; their login and their other clients stay.',
  usersDissociateFailed: 'The user could not be removed.',
  usersLastOwnerRefused:
    "This user is the client's only owner now. Make another user an owner first.",
  usersImpersonateTitle: (p: { name: string }) => `Log in as ${p.name}`,
  usersImpersonateMessage:
    'Opens the client area as this user. The session and your reason are recorded in the activity log under your name.',
  usersImpersonateSubmit: 'Open session',
  usersImpersonateFailed: 'The session could not be opened.',
  usersReasonLabel: 'Reason',
  usersReasonHint: 'Why you need to act as this user (3 to 500 characters).',
  usersDurationLabel: 'Duration',
  usersDurationMinutes: (p: { minutes: number }) => `${p.minutes} minutes`,
};

export type UsersFormMessages = typeof usersFormEn;
