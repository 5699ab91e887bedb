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
