import { clientActionsDe } from '../client/action-messages.de.ts';
import type { ClientGridMessages } from './messages.en.ts';
import { clientGridViewDe } from './view-messages.de.ts';

/** Every German message of <client-grid>: the first paint's and the actions'. */
export const clientGridDe: ClientGridMessages = { ...clientGridViewDe, ...clientActionsDe };
