/** English messages of <client-users-tab>'s first paint (its forms' are in `form-messages.en.ts`). */
export const usersTabEn = {
  usersLabel: 'Users',
  usersTotal: (p: { count: number; formatted: string }) =>
    p.count === 1 ? '1 user' : `${p.formatted} users`,
  usersEmptyTitle: 'No users yet',
  usersEmptyMessage: 'Associate an existing user to give them access to this client.',
  usersColumnUser: 'User',
  usersColumnRole: 'Role',
  usersColumnAssociated: 'Associated',
  usersColumnActions: 'Actions',
  usersCustomRole: 'Custom role',
  usersAssociate: 'Associate user',
  usersChangeRole: 'Change role',
  usersChangeRoleOf: (p: { name: string }) => `Change role of ${p.name}`,
  usersImpersonate: 'Log in as',
  usersImpersonateOf: (p: { name: string }) => `Log in as ${p.name}`,
  usersDissociate: 'Remove',
  usersDissociateOf: (p: { name: string }) => `Remove ${p.name} from this client`,
  usersNotPermitted: "Your account may see this client's users but not change them.",
  usersImpersonateNotPermitted: 'Your account may not log in as users.',
  usersLastOwner:
    'The only owner: make another user an owner before removing them or changing their role.',
  usersAssociated: (p: { name: string; role: string }) => `${p.name} was associated as ${p.role}.`,
  usersRoleChanged: (p: { name: string; role: string }) => `${p.name} is now ${p.role}.`,
  usersDissociated: (p: { name: string }) => `${p.name} was removed from this client.`,
  usersSessionOpened: (p: { name: string }) => `A session as ${p.name} was opened in a new tab.`,
  usersSessionStarted: (p: { name: string }) => `A session as ${p.name} was started.`,
};

export type UsersTabMessages = typeof usersTabEn;
