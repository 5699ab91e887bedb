import type { QuotaRequest, QuotaSet } from '@clientele/sdk';
import type { QuotaChange } from './quota-model.ts';

/** What changed the limits: a save, a reset to defaults, or an approved change request. */
export type QuotaSaveAction = 'update' | 'reset' | 'approve';

/** `detail` of `quota-save`: the limits the server applied, old -> new. */
export interface QuotaSaveDetail {
  clientId: string;
  action: QuotaSaveAction;
  changes: QuotaChange[];
  /** Limits below usage were applied on purpose. */
  force: boolean;
  /** The quota set after the change. */
  quotas: QuotaSet;
  /** The approved request (`action: 'approve'`). */
  requestId?: string;
}

/** What happened to a change request: proposed here, or decided here. */
export type QuotaRequestAction = 'propose' | 'approve' | 'reject';

/** `detail` of `quota-request`. */
export interface QuotaRequestDetail {
  clientId: string;
  action: QuotaRequestAction;
  requestId: string;
  request: QuotaRequest;
}

declare global {
  interface HTMLElementEventMap {
    'quota-save': CustomEvent<QuotaSaveDetail>;
    'quota-request': CustomEvent<QuotaRequestDetail>;
  }
}
