import type { ClienteleClient, UnitBalance, UnitEntry } from '@clientele/sdk';
import type { ReactiveControllerHost } from 'lit';
import type { UnitsActionsMessages } from './actions-messages.en.ts';
import type { UnitsLedgerText } from './messages.ts';

/** What the ledger gives its forms and dialogs. */
export interface UnitsActionsOptions {
  messages(): UnitsLedgerText;
  locale(): string;
  client(): ClienteleClient | undefined;
  clientId(): string;
  /** The balance as last loaded. */
  balance(): UnitBalance | undefined;
  /** The user may let a debit go below the cutoff (`units.allow_below_cutoff`). */
  canAllowBelowCutoff(): boolean;
  /** An entry was made (credit, debit, reversal, offer). */
  onEntry(entry: UnitEntry): void;
  /** The limits were saved. */
  onBalance(balance: UnitBalance): void;
}

/** The forms' host: the ledger element. */
export type ActionsHost = ReactiveControllerHost & { renderRoot: ParentNode };

/** The ledger's messages and the forms' own. */
export type UnitsActionsText = UnitsLedgerText & UnitsActionsMessages;

/**
 * A new Idempotency-Key: one per submission, so a retry of the same submission (same body)
 * carries the same key and the server makes the entry once. `crypto.randomUUID` exists on
 * secure pages only; elsewhere the key is built from `getRandomValues`.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The key of a submission: the same while the body is the same (a retry after a failure),
 * a new one when the body changed (the user edited the form: another submission), and
 * forgotten after success, so the next submission gets a new one.
 */
export class SubmissionKey {
  #current: { key: string; body: string } | undefined;

  /** The key for sending `body` now. */
  for(body: unknown): string {
    const text = JSON.stringify(body);
    if (this.#current?.body !== text) this.#current = { key: newIdempotencyKey(), body: text };
    return this.#current.key;
  }

  /** The submission succeeded (or the form was closed): the next one is new. */
  done(): void {
    this.#current = undefined;
  }
}
