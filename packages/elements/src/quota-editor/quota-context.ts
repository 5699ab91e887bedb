import type { ClienteleClient, QuotaResource } from '@clientele/sdk';
import type { LitElement } from 'lit';
import type { QuotaEditorText } from './messages.ts';
import type { VersionedQuotas } from './quota-api.ts';
import type { QuotaRequestDetail, QuotaSaveAction } from './quota-events.ts';
import type { QuotaChange, QuotaDrafts } from './quota-model.ts';

/** What the lazily loaded parts (dialogs, conflict view, change requests) get from the editor. */
export interface QuotaPartContext {
  readonly host: LitElement;
  readonly drafts: QuotaDrafts;
  clientId(): string;
  api(): ClienteleClient | undefined;
  t(): QuotaEditorText;
  locale(): string;
  /** The version the drafts are based on. */
  base(): VersionedQuotas | undefined;
  /** Whether the user may change limits here (not `readonly`, `quotas.update`). */
  canUpdate(): boolean;
  /** The server applied a change: the new version, and what changed. */
  applied(
    result: VersionedQuotas,
    info: { action: QuotaSaveAction; changes: QuotaChange[]; force: boolean; requestId?: string },
  ): void;
  /** A save met a newer version (412): show it beside the drafts. */
  conflict(current: VersionedQuotas): void;
  /** The user chose: base the drafts on the conflict's version, keeping them or not. */
  resolveConflict(current: VersionedQuotas, keepDrafts: boolean): void;
  /** The server refused limits: its messages go on their rows; `reload` reads usage afresh. */
  rowErrors(errors: ReadonlyMap<QuotaResource, string>, reload: boolean): void;
  /** Reads the quota set again (drafts kept). */
  reload(): void;
  /** A change request was proposed or decided here. */
  requested(detail: Omit<QuotaRequestDetail, 'clientId'>): void;
  /** Says something to screen readers (the polite status line). */
  announce(text: string): void;
}
