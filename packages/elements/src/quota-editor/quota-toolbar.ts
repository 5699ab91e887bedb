import { html, nothing, type TemplateResult } from 'lit';
import type { QuotaEditorText } from './messages.ts';

/** What the save bar shows and does. */
export interface QuotaToolbarView {
  readonly t: QuotaEditorText;
  /** Limits that will change. */
  readonly changes: number;
  /** Fields shown as invalid. */
  readonly problems: number;
  /** Fields with a draft (valid or not). */
  readonly edited: number;
  readonly saving: boolean;
  /** A 412 waits for the user's choice. */
  readonly conflict: boolean;
  /** A part the user asked for is on its way. */
  readonly loading: boolean;
  /** `quotas.update`: save and reset; else propose. */
  readonly canUpdate: boolean;
  /** The alert of a part that failed to load (with Retry). */
  readonly loadError: TemplateResult | typeof nothing;
  onResetAll(): void;
  onUndoAll(): void;
}

/** The change count, the keyboard hint, and reset all / undo all / save (or propose). */
export function renderToolbar(view: QuotaToolbarView) {
  const { t } = view;
  const blocked = view.saving || view.conflict;
  return html`<div part="toolbar" class="toolbar">
    <p class="summary" id="quota-summary">
      ${
        view.problems > 0
          ? html`<span class="problems">${t.quotaFixErrors({ count: view.problems })}</span>`
          : t.quotaChangedCount({ count: view.changes })
      }
    </p>
    <p class="hint">${t.quotaKeyboardHint}</p>
    <div class="buttons">
      ${
        view.canUpdate
          ? html`<button type="button" class="button" ?disabled=${view.saving} @click=${view.onResetAll}>
              ${t.quotaResetAll}
            </button>`
          : nothing
      }
      <button
        type="button"
        class="button"
        ?disabled=${view.edited === 0 || view.saving}
        @click=${view.onUndoAll}
      >
        ${t.quotaUndoAll}
      </button>
      <button
        part="save"
        type="submit"
        class="button primary"
        aria-describedby="quota-summary"
        aria-disabled=${blocked || view.edited === 0 ? 'true' : nothing}
        aria-busy=${view.saving || view.loading ? 'true' : nothing}
      >
        ${view.saving ? t.quotaSaving : view.canUpdate ? t.quotaSave : t.quotaPropose}
      </button>
    </div>
    ${view.loadError}
  </div>`;
}

/** Why limits cannot be changed here, beside the control that would change them, disabled. */
export function renderNotice(t: QuotaEditorText, readonly: boolean) {
  return html`<div part="notice" class="toolbar notice">
    <p id="quota-notice">${readonly ? t.quotaReadOnly : t.quotaNotPermitted}</p>
    <button type="button" class="button" aria-disabled="true" aria-describedby="quota-notice">
      ${t.quotaSave}
    </button>
  </div>`;
}
