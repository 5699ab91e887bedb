import type { Quota, QuotaLimits, QuotaResource, QuotaSet } from '@clientele/sdk';

/**
 * The editor's state without any DOM: the quota set it is based on (with its ETag), and the
 * user's drafts per resource, kept as typed (strings), never as floats. A limit is checked as
 * text: whole numbers from 0 to the contract's maximum; `Number()` only runs on digits known to
 * be in range (exact: the maximum is far below 2^53).
 */

/** The contract's largest limit (`QuotaLimit.maximum`), as digits. */
export const MAX_LIMIT_TEXT = '2147483647';

/** Why a typed limit is refused (each has its own message). */
export type LimitProblem =
  | 'required'
  | 'notNumber'
  | 'negative'
  | 'decimal'
  | 'grouping'
  | 'tooLarge';

export type LimitCheck = { ok: true; value: number } | { ok: false; problem: LimitProblem };

/** Checks a typed limit as text. */
export function checkLimit(text: string): LimitCheck {
  const value = text.trim();
  if (value === '') return { ok: false, problem: 'required' };
  if (/^-\s*\d/.test(value)) return { ok: false, problem: 'negative' };
  if (/^\+?\d{1,3}([,.\s'’]\d{3})+$/.test(value)) return { ok: false, problem: 'grouping' };
  if (/^\+?\d*[.,]\d+$/.test(value) || /^\+?\d+[.,]$/.test(value)) {
    return { ok: false, problem: 'decimal' };
  }
  if (!/^\+?\d+$/.test(value)) return { ok: false, problem: 'notNumber' };
  const digits = value.replace(/^\+/, '').replace(/^0+(?=\d)/, '');
  const tooLarge =
    digits.length > MAX_LIMIT_TEXT.length ||
    (digits.length === MAX_LIMIT_TEXT.length && digits > MAX_LIMIT_TEXT);
  return tooLarge ? { ok: false, problem: 'tooLarge' } : { ok: true, value: Number(digits) };
}

/** What the user set for one resource: a typed limit, or unlimited. */
export interface Draft {
  readonly text: string;
  readonly unlimited: boolean;
}

/** One limit that will change. */
export interface QuotaChange {
  readonly resource: QuotaResource;
  readonly from: number | null;
  readonly to: number | null;
  /** In use + reserved. */
  readonly usage: number;
  /** The new limit is below in use + reserved (saving needs force). */
  readonly belowUsage: boolean;
}

/** How far a step moves a limit: RAM by a GiB, storage by 10 GiB, the rest by one. */
export function stepOf(resource: QuotaResource): number {
  return resource === 'ram_mib' ? 1024 : resource === 'volume_gib' ? 10 : 1;
}

export const usageOf = (quota: Quota): number => quota.in_use + quota.reserved;

/** The drafts of one editor over its base version. */
export class QuotaDrafts {
  #drafts = new Map<QuotaResource, Draft>();
  #items = new Map<QuotaResource, Quota>();

  constructor(base?: QuotaSet) {
    if (base) this.rebase(base, true);
  }

  /** The draft of a resource, if the user changed it. */
  draft(resource: QuotaResource): Draft | undefined {
    return this.#drafts.get(resource);
  }

  /** Every resource with a draft. */
  get edited(): QuotaResource[] {
    return [...this.#drafts.keys()];
  }

  /** A new base version (loaded, saved, or the server's after a conflict); drafts kept or not. */
  rebase(base: QuotaSet, keepDrafts: boolean): void {
    this.#items = new Map(base.items.map((quota) => [quota.resource, quota]));
    if (!keepDrafts) this.#drafts.clear();
    for (const resource of [...this.#drafts.keys()]) {
      if (!this.#items.has(resource)) this.#drafts.delete(resource);
      else this.#settle(resource);
    }
  }

  /** The user typed `text` (a draft; dropped again when it is the server's value). */
  setText(resource: QuotaResource, text: string): void {
    this.#drafts.set(resource, { text, unlimited: false });
    this.#settle(resource);
  }

  /** The user switched unlimited on or off (off starts from the server's limit or the default). */
  setUnlimited(resource: QuotaResource, unlimited: boolean): void {
    const quota = this.#items.get(resource);
    if (!quota) return;
    const current = this.#drafts.get(resource);
    const fallback = quota.limit ?? quota.default_limit ?? usageOf(quota);
    const text = current && !current.unlimited ? current.text : String(fallback ?? 0);
    this.#drafts.set(resource, { text, unlimited });
    this.#settle(resource);
  }

  /** Steps the limit up or down (nothing while unlimited or while the text is not a limit). */
  step(resource: QuotaResource, direction: 1 | -1): void {
    const current = this.limit(resource);
    if (!current.ok || current.value === null) return;
    const next = Math.max(0, current.value + direction * stepOf(resource));
    const max = Number(MAX_LIMIT_TEXT);
    this.setText(resource, String(Math.min(next, max)));
  }

  /** Drops the draft of one resource, or of all. */
  undo(resource?: QuotaResource): void {
    if (resource) this.#drafts.delete(resource);
    else this.#drafts.clear();
  }

  /** The limit a resource would get: the draft's (checked) or the server's. */
  limit(
    resource: QuotaResource,
  ): { ok: true; value: number | null } | { ok: false; problem: LimitProblem } {
    const draft = this.#drafts.get(resource);
    if (!draft) return { ok: true, value: this.#items.get(resource)?.limit ?? null };
    return draft.unlimited ? { ok: true, value: null } : checkLimit(draft.text);
  }

  /** The drafts that are not limits, by resource. */
  get problems(): Map<QuotaResource, LimitProblem> {
    const problems = new Map<QuotaResource, LimitProblem>();
    for (const resource of this.#drafts.keys()) {
      const limit = this.limit(resource);
      if (!limit.ok) problems.set(resource, limit.problem);
    }
    return problems;
  }

  /** The limits that will change, in the server's order. */
  get changes(): QuotaChange[] {
    const changes: QuotaChange[] = [];
    for (const [resource, quota] of this.#items) {
      if (!this.#drafts.has(resource)) continue;
      const limit = this.limit(resource);
      if (!limit.ok || limit.value === quota.limit) continue;
      const usage = usageOf(quota);
      changes.push({
        resource,
        from: quota.limit,
        to: limit.value,
        usage,
        belowUsage: limit.value !== null && limit.value < usage,
      });
    }
    return changes;
  }

  // A draft equal to the server's limit is no edit (typing the old value back undoes it).
  #settle(resource: QuotaResource): void {
    const draft = this.#drafts.get(resource);
    const quota = this.#items.get(resource);
    if (!draft || !quota) return;
    const limit = this.limit(resource);
    const same = limit.ok && limit.value === quota.limit;
    // Kept while the text differs from how the server's limit is written (e.g. "010"), so
    // the field does not jump under the cursor; it counts as no change either way.
    if (same && (draft.unlimited || draft.text.trim() === String(quota.limit))) {
      this.#drafts.delete(resource);
    }
  }
}

/** The body's `limits` for some changes. */
export function limitsOf(changes: readonly QuotaChange[]): QuotaLimits {
  return Object.fromEntries(changes.map((change) => [change.resource, change.to]));
}
