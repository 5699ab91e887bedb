/** English messages of the Authentication tab's forms (loaded with them). */
export const authFormEn = {
  authResetTitle: 'Send a password reset?',
  authResetMessage:
    'Each owner of this client gets an email with a link to choose a new password. Their current password keeps working until they do.',
  authResetSubmit: 'Send reset',
  authResetFailed: 'The password reset could not be sent.',
  authResetTooSoon:
    'A reset was sent less than a minute ago. Wait a moment before sending another.',
  authBlockTitle: 'Block signing in?',
  authBlockMessage:
    'No user of this client can sign in until sign-in is allowed again; sessions already open end at their next step. Recorded in the activity log.',
  authBlockSubmit: 'Block sign-in',
  authBlockFailed: 'Sign-in could not be blocked.',
  authUnblockTitle: 'Allow signing in again?',
  authUnblockMessage: "The client's users can sign in again at once. Recorded in the activity log.",
  authUnblockSubmit: 'Allow sign-in',
  authUnblockFailed: 'Sign-in could not be allowed.',
  authStale: 'The sign-in status was changed by someone else meanwhile. Close this and look again.',
  authReasonLabel: 'Reason',
  authBlockReasonHint: 'Why signing in is blocked (3 to 500 characters). Staff see it.',
  authUnblockReasonHint: 'Optional, up to 500 characters.',
  authEndTitle: (p: { staff: string; as: string }) => `End the session of ${p.staff} as ${p.as}?`,
  authEndMessage: 'The session stops working at once. Recorded in the activity log.',
  authEndSubmit: 'End session',
  authEndFailed: 'The session could not be ended.',
  authEndGone: 'This session has ended already or run out.',
  authEndAllTitle: (p: { count: number }) =>
    p.count === 1 ? 'End the active session?' : `End all ${p.count} active sessions?`,
  authEndAllMessage:
    'Every session as this client or its users stops working at once. Each is recorded in the activity log.',
  authEndAllSubmit: 'End all sessions',
  authEndAllFailed: 'The sessions could not be ended.',
};

export type AuthFormMessages = typeof authFormEn;
