import { isApiError, type QuotaResource, type QuotaSet } from '@clientele/sdk';
import { isConflict } from '@clientele/sdk/versioned';
import { html, nothing } from 'lit';
import { ConfirmDialog } from '../ui/confirm-dialog.ts';
import { formErrors } from '../ui/form-errors.ts';
import type { VersionedQuotas } from './quota-api.ts';
import type { QuotaPartContext } from './quota-context.ts';
import { quotaDialogStyles } from './quota-dialogs.styles.ts';
import { formatLimit, resourceName } from './quota-labels.ts';
import { limitsOf, type QuotaChange } from './quota-model.ts';
import { type QuotaPartsText, quotaPartsText } from './quota-parts-text.ts';
import { resetQuotas, saveQuotas } from './quota-save-api.ts';

/** The server's field errors on limits (`limits.<resource>`), by resource. */
export function limitErrors(error: unknown): Map<QuotaResource, string> {
  const errors = new Map<QuotaResource, string>();
  if (!isApiError(error)) return errors;
  for (const { field, message } of error.errors) {
    const match = /^limits\.(\w+)$/.exec(field);
    if (match && !errors.has(match[1] as QuotaResource)) {
      errors.set(match[1] as QuotaResource, message);
    }
  }
  return errors;
}

/** The changes from one quota set to another, as a reset or an approval made them. */
export function changesBetween(before: QuotaSet, after: QuotaSet): QuotaChange[] {
  return after.items.flatMap((quota) => {
    const old = before.items.find((q) => q.resource === quota.resource);
    if (!old || old.limit === quota.limit) return [];
    const usage = quota.in_use + quota.reserved;
    return [
      {
        resource: quota.resource,
        from: old.limit,
        to: quota.limit,
        usage,
        belowUsage: quota.limit !== null && quota.limit < usage,
      },
    ];
  });
}

/** A list of changes, old -> new, with the ones below usage marked. */
export function renderChanges(t: QuotaPartsText, locale: string, changes: readonly QuotaChange[]) {
  const limit = (change: QuotaChange, value: number | null) =>
    formatLimit(t, locale, change.resource, value);
  return html`<ul class="changes">
    ${changes.map(
      (change) => html`<li data-resource=${change.resource}>
        ${t.quotaChangeLine({
          resource: resourceName(t, change.resource),
          from: limit(change, change.from),
          to: limit(change, change.to),
        })}
        ${
          change.belowUsage
            ? html`<strong class="below-mark">
                ${t.quotaBelowUsageMark({ usage: limit(change, change.usage) })}</strong
              >`
            : nothing
        }
      </li>`,
    )}
  </ul>`;
}

/** The "apply below usage" confirmation, with its message when it was left unticked. */
export function renderForce(t: QuotaPartsText, id: string, error: boolean) {
  return html`<div class="force">
    <label class="check">
      <input
        id=${id}
        type="checkbox"
        name="force"
        aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}"
        aria-invalid=${error ? 'true' : nothing}
      />
      <span>${t.quotaForce}</span>
    </label>
    <p id="${id}-hint" class="hint">${t.quotaForceHint}</p>
    ${error ? html`<p id="${id}-error" class="field-error">${t.quotaForceRequired}</p>` : nothing}
  </div>`;
}

/**
 * The save summary and the reset confirmation (each one request with `If-Match`), and the view
 * of a 412: the server's new values beside the user's edits, row by row, to reapply or discard.
 */
export class QuotaDialogs {
  static readonly styles = [quotaDialogStyles];

  readonly #context: QuotaPartContext;
  readonly #dialog: ConfirmDialog;
  #busy = false;

  constructor(context: QuotaPartContext) {
    this.#context = context;
    this.#dialog = new ConfirmDialog(context.host, 'quota-dialog');
  }

  /** True while a save or reset is under way. */
  get busy(): boolean {
    return this.#busy;
  }

  text(): QuotaPartsText {
    return { ...this.#context.t(), ...quotaPartsText(this.#context.locale()) };
  }

  /** Shows what will change; on confirm, saves it (with force when a limit is below usage). */
  openSave(changes: QuotaChange[]): void {
    const t = this.text();
    const below = changes.some((change) => change.belowUsage);
    const fields = (
      forceError: boolean,
    ) => html`${renderChanges(t, this.#context.locale(), changes)}
      ${below ? renderForce(t, 'quota-force', forceError) : nothing}`;
    const confirm = t.quotaSaveConfirm({ count: changes.length });
    this.#dialog.open(
      {
        title: t.quotaSaveTitle,
        message: t.quotaSaveMessage,
        confirmLabel: confirm,
        cancelLabel: t.cancel,
        danger: below,
        fields: fields(false),
      },
      (data) => {
        const force = data.get('force') === 'on';
        if (below && !force) {
          this.#dialog.update({ fields: fields(true), confirmLabel: confirm });
          this.#context.host.renderRoot.querySelector<HTMLElement>('#quota-force')?.focus();
          return;
        }
        this.#run(t.quotaSaveFailed, async (api, clientId, base) => {
          const result = await saveQuotas(api, clientId, base.etag, limitsOf(changes), force);
          this.#context.applied(result, { action: 'update', changes, force });
          this.#context.announce(t.quotaSaved({ count: changes.length }));
        });
      },
    );
  }

  /** Confirms a reset to defaults of some resources (or all), then sends it. */
  openReset(resources: QuotaResource[] | undefined): void {
    const t = this.text();
    const base = this.#context.base();
    if (!base) return;
    const targets = base.data.items.filter(
      (q) => (!resources || resources.includes(q.resource)) && q.limit !== q.default_limit,
    );
    const changes: QuotaChange[] = targets.map((q) => ({
      resource: q.resource,
      from: q.limit,
      to: q.default_limit,
      usage: q.in_use + q.reserved,
      belowUsage: q.default_limit !== null && q.default_limit < q.in_use + q.reserved,
    }));
    const one = resources?.length === 1 ? resources[0] : undefined;
    this.#dialog.open(
      {
        title: t.quotaResetTitle,
        message: one
          ? t.quotaResetOneMessage({ resource: resourceName(t, one) })
          : changes.length > 0
            ? t.quotaResetAllMessage
            : t.quotaResetNothing,
        confirmLabel: t.quotaResetConfirm,
        cancelLabel: t.cancel,
        danger: true,
        fields: renderChanges(t, this.#context.locale(), changes),
      },
      () =>
        this.#run(t.quotaResetFailed, async (api, clientId, version) => {
          const result = await resetQuotas(api, clientId, version.etag, resources);
          for (const change of changes) this.#context.drafts.undo(change.resource);
          this.#context.applied(result, {
            action: 'reset',
            changes: changesBetween(version.data, result.data),
            force: false,
          });
          this.#context.announce(t.quotaResetDone);
        }),
    );
  }

  /**
   * Sends one request for the open dialog: busy meanwhile, never twice, failures kept in view
   * (the button then reads Retry); a 412 closes it for the conflict view, limits below usage
   * close it for their rows' errors.
   */
  async #run(
    failedTitle: string,
    send: (
      api: NonNullable<ReturnType<QuotaPartContext['api']>>,
      clientId: string,
      base: VersionedQuotas,
    ) => Promise<void>,
  ): Promise<void> {
    const api = this.#context.api();
    const base = this.#context.base();
    if (this.#busy || !api || !base) return;
    this.#busy = true;
    this.#dialog.update({ busy: true, error: undefined });
    this.#context.host.requestUpdate();
    try {
      await send(api, this.#context.clientId(), base);
      this.#busy = false;
      this.#dialog.close();
    } catch (error) {
      this.#busy = false;
      if (isConflict<QuotaSet>(error)) {
        this.#dialog.close();
        this.#context.conflict(error.current as VersionedQuotas);
        return;
      }
      const rows = limitErrors(error);
      if (rows.size > 0) {
        // On their rows; usage is read again, so the next summary knows what is below it.
        this.#dialog.close();
        this.#context.rowErrors(rows, true);
        return;
      }
      // Anything else stays in the dialog, and its button tries again.
      const t = this.text();
      this.#dialog.update({
        busy: false,
        error: formErrors(error, [], t, { failedTitle }).form,
        confirmLabel: t.retry,
      });
    } finally {
      this.#context.host.requestUpdate();
    }
  }

  render() {
    return this.#dialog.render();
  }

  /** The 412 view: per resource, the version the edits were based on, the server's now, the edit. */
  renderConflict(current: VersionedQuotas) {
    const t = this.text();
    const resolve = (keep: boolean) => {
      this.#context.resolveConflict(current, keep);
      this.#context.announce(keep ? t.quotaConflictReapplied : t.quotaConflictDiscarded);
      // Reapplied: on to saving again; discarded: back to the table.
      void this.#context.host.updateComplete.then(() =>
        this.#context.host.renderRoot
          .querySelector<HTMLElement>(keep ? '[part="save"]' : '.quota-table input')
          ?.focus(),
      );
    };
    const locale = this.#context.locale();
    const base = this.#context.base();
    const drafts = this.#context.drafts;
    const rows = current.data.items.filter((quota) => {
      const before = base?.data.items.find((q) => q.resource === quota.resource);
      return drafts.draft(quota.resource) || before?.limit !== quota.limit;
    });
    const show = (resource: QuotaResource, value: number | null | undefined) =>
      value === undefined ? '—' : formatLimit(t, locale, resource, value);
    return html`<section
      part="conflict"
      class="conflict"
      tabindex="-1"
      aria-labelledby="quota-conflict-title"
    >
      <h3 id="quota-conflict-title" class="conflict-title">${t.quotaConflictTitle}</h3>
      <p role="alert">${t.quotaConflictMessage}</p>
      <table class="conflict-table">
        <thead>
          <tr>
            <th scope="col">${t.quotaColumnResource}</th>
            <th scope="col">${t.quotaConflictColumnBase}</th>
            <th scope="col">${t.quotaConflictColumnServer}</th>
            <th scope="col">${t.quotaConflictColumnYours}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((quota) => {
            const before = base?.data.items.find((q) => q.resource === quota.resource);
            const draft = drafts.draft(quota.resource);
            const limit = drafts.limit(quota.resource);
            const changed = before?.limit !== quota.limit;
            return html`<tr data-resource=${quota.resource}>
              <th scope="row">${resourceName(t, quota.resource)}</th>
              <td>${show(quota.resource, before?.limit)}</td>
              <td class=${changed ? 'changed' : ''}>${show(quota.resource, quota.limit)}</td>
              <td>
                ${
                  draft
                    ? limit.ok
                      ? show(quota.resource, limit.value)
                      : draft.text
                    : html`<span class="muted">${t.quotaConflictNoEdit}</span>`
                }
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
      <div class="buttons">
        <button type="button" class="button primary" @click=${() => resolve(true)}>
          ${t.quotaConflictReapply}
        </button>
        <button type="button" class="button" @click=${() => resolve(false)}>${t.quotaConflictDiscard}</button>
      </div>
    </section>`;
  }
}
