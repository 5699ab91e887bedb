import { clientActionsEn } from '../client/action-messages.en.ts';
import { clientGridViewEn } from './view-messages.en.ts';

/**
 * Every English message of <client-grid> (its own; the shared ones are in
 * `i18n/common.en.ts`): the first paint's (`view-messages.en.ts`) and the actions'
 * (`../client/action-messages.en.ts`), which the grid loads apart. For `all-messages.ts` and tests.
 */
export const clientGridEn = { ...clientGridViewEn, ...clientActionsEn };

export type ClientGridMessages = typeof clientGridEn;
