import type { Quota, QuotaResource } from '@clientele/sdk';
import { html, nothing } from 'lit';
import { numberFormat } from '../base/format/intl-cache.ts';
import { styleProps } from '../base/style-props.ts';
import type { QuotaEditorText } from './messages.ts';
import { formatCount, formatLimit, formatQuantity, resourceName, unitOf } from './quota-labels.ts';
import { type QuotaDrafts, usageOf } from './quota-model.ts';

/** What the table shows and what its controls do. */
export interface QuotaTableView {
  readonly t: QuotaEditorText;
  readonly locale: string;
  readonly items: readonly Quota[];
  readonly drafts: QuotaDrafts;
  /** Limits are fields (else text). */
  readonly editable: boolean;
  /** "Reset to default" per row (it needs `quotas.update`). */
  readonly canReset: boolean;
  /** Fields are read-only while a save runs. */
  readonly busy: boolean;
  /** The message shown on each row's field (the editor's own check, or the server's). */
  readonly errors: ReadonlyMap<QuotaResource, string>;
  onText(resource: QuotaResource, text: string): void;
  onUnlimited(resource: QuotaResource, unlimited: boolean): void;
  onStep(resource: QuotaResource, direction: 1 | -1): void;
  onUndo(resource: QuotaResource): void;
  onResetDefault(resource: QuotaResource): void;
  onKeydown(event: KeyboardEvent, resource: QuotaResource): void;
}

export const limitFieldId = (resource: QuotaResource) => `limit-${resource}`;

/**
 * Puts each field's value and switch as the editor has them (as Lit's `live` would, for less):
 * an undo returns a field to a value it showed before, which a plain binding would not write.
 * The model always holds what is typed, so a field being typed in is never overwritten.
 */
export function syncFields(root: ParentNode): void {
  for (const input of root.querySelectorAll<HTMLInputElement>('.limit-field input')) {
    if (input.type === 'checkbox') input.checked = input.hasAttribute('data-on');
    else if (input.value !== input.dataset.value) input.value = input.dataset.value ?? '';
  }
}

/** The table of quotas: one row per resource the API returned. */
export function renderQuotaTable(view: QuotaTableView) {
  const { t } = view;
  return html`<table part="table" class="quota-table">
    <caption class="visually-hidden">${t.quotasLabel}</caption>
    <thead>
      <tr>
        <th scope="col">${t.quotaColumnResource}</th>
        <th scope="col" class="number">${t.quotaColumnInUse}</th>
        <th scope="col" class="number">${t.quotaColumnReserved}</th>
        <th scope="col">${t.quotaColumnUsage}</th>
        <th scope="col">${t.quotaColumnLimit}</th>
        <th scope="col" class="number">${t.quotaColumnDefault}</th>
        ${view.editable ? html`<th scope="col"><span class="visually-hidden">…</span></th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${view.items.map((quota) => renderRow(view, quota))}
    </tbody>
  </table>`;
}

function renderRow(view: QuotaTableView, quota: Quota) {
  const { t, locale, drafts } = view;
  const { resource } = quota;
  const name = resourceName(t, resource);
  const edited = drafts.draft(resource) !== undefined;
  const limit = drafts.limit(resource);
  const shown = limit.ok ? limit.value : quota.limit;
  const quantity = (value: number) => formatQuantity(t, locale, resource, value);
  return html`<tr part="row" class="quota-row" data-resource=${resource} ?data-edited=${edited}>
    <th scope="row" class="resource" data-label=${t.quotaColumnResource}>
      <span>${name}</span>
      ${edited ? html`<span part="edited" class="edited">${t.quotaEdited}</span>` : nothing}
    </th>
    <td class="number" data-label=${t.quotaColumnInUse}>${quantity(quota.in_use)}</td>
    <td class="number" data-label=${t.quotaColumnReserved}>${quantity(quota.reserved)}</td>
    <td class="usage" data-label=${t.quotaColumnUsage}>${renderMeter(view, quota, name, shown)}</td>
    <td class="limit" data-label=${t.quotaColumnLimit}>
      ${
        view.editable
          ? renderLimitField(view, quota, name)
          : html`<span class="limit-text">${formatLimit(t, locale, resource, quota.limit)}</span>`
      }
    </td>
    <td class="number" data-label=${t.quotaColumnDefault}>
      ${formatLimit(t, locale, resource, quota.default_limit)}
    </td>
    ${view.editable ? html`<td class="row-actions">${renderRowActions(view, quota, name, edited)}</td>` : nothing}
  </tr>`;
}

/** In use + reserved against the limit: a meter whose value is also its text. */
function renderMeter(view: QuotaTableView, quota: Quota, name: string, limit: number | null) {
  const { t, locale } = view;
  const used = usageOf(quota);
  if (limit === null) {
    return html`<span class="meter-none">${formatQuantity(t, locale, quota.resource, used)} · ${t.quotaNoLimit}</span>`;
  }
  const ratio = limit === 0 ? (used > 0 ? 2 : 0) : used / limit;
  const percent = numberPercent(locale, limit === 0 ? (used > 0 ? 1 : 0) : used / limit);
  const text = t.quotaUsageOf({
    used: formatCount(locale, used),
    limit: formatCount(locale, limit),
    percent,
  });
  const level = ratio > 1 ? 'over' : ratio >= 0.9 ? 'high' : 'ok';
  return html`<div
    part="meter"
    class="meter"
    role="meter"
    aria-label=${`${name}: ${t.quotaColumnUsage}`}
    aria-valuemin="0"
    aria-valuemax=${limit}
    aria-valuenow=${Math.min(used, limit)}
    aria-valuetext=${ratio > 1 ? `${text}, ${t.quotaOverLimit}` : text}
    data-level=${level}
  >
    <span class="meter-track" aria-hidden="true">
      <span class="meter-fill" style=${styleProps({ 'inline-size': `${Math.min(ratio, 1) * 100}%` })}></span>
    </span>
    <span class="meter-text" aria-hidden="true">
      ${text}${ratio > 1 ? html` · <strong>${t.quotaOverLimit}</strong>` : nothing}
    </span>
  </div>`;
}

function numberPercent(locale: string, ratio: number): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

function renderLimitField(view: QuotaTableView, quota: Quota, name: string) {
  const { t, locale, drafts } = view;
  const { resource } = quota;
  const id = limitFieldId(resource);
  const draft = drafts.draft(resource);
  const unlimited = draft ? draft.unlimited : quota.limit === null;
  const text =
    draft && !draft.unlimited ? draft.text : quota.limit === null ? '' : String(quota.limit);
  const error = view.errors.get(resource);
  const change = drafts.changes.find((c) => c.resource === resource);
  const below = change?.belowUsage
    ? t.quotaBelowUsage({ usage: formatQuantity(t, locale, resource, change.usage) })
    : undefined;
  const was = draft ? t.quotaWas({ value: formatLimit(t, locale, resource, quota.limit) }) : '';
  const limit = drafts.limit(resource);
  const value = limit.ok ? limit.value : null;
  const unit = unitOf(t, resource);
  return html`<div class="limit-field">
      <div class="stepper" ?hidden=${unlimited}>
        <button
          type="button"
          class="step"
          tabindex="-1"
          aria-label=${t.quotaDecrease({ resource: name })}
          ?disabled=${view.busy || !limit.ok || value === null || value <= 0}
          @click=${() => view.onStep(resource, -1)}
        >
          −
        </button>
        <input
          id=${id}
          part="limit-input"
          class="input"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          spellcheck="false"
          aria-label=${t.quotaLimitFor({ resource: name })}
          aria-invalid=${error ? 'true' : nothing}
          aria-describedby=${[error && `${id}-error`, below && !error && `${id}-below`, was && `${id}-was`].filter(Boolean).join(' ') || nothing}
          ?readonly=${view.busy}
          data-value=${text}
          @input=${(event: InputEvent) => view.onText(resource, (event.target as HTMLInputElement).value)}
          @keydown=${(event: KeyboardEvent) => view.onKeydown(event, resource)}
        />
        <button
          type="button"
          class="step"
          tabindex="-1"
          aria-label=${t.quotaIncrease({ resource: name })}
          ?disabled=${view.busy || !limit.ok || value === null}
          @click=${() => view.onStep(resource, 1)}
        >
          +
        </button>
        <span class="unit" aria-hidden="true">${unit}</span>
      </div>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          part="unlimited"
          aria-label=${t.quotaUnlimitedFor({ resource: name })}
          ?data-on=${unlimited}
          ?disabled=${view.busy}
          @change=${(event: Event) => view.onUnlimited(resource, (event.target as HTMLInputElement).checked)}
        />
        <span aria-hidden="true">${t.quotaUnlimited}</span>
      </label>
    </div>
    ${error ? html`<p id="${id}-error" class="field-error">${error}</p>` : nothing}
    ${below && !error ? html`<p id="${id}-below" class="field-warning">${below}</p>` : nothing}
    ${was ? html`<p id="${id}-was" class="was">${was}</p>` : nothing}`;
}

function renderRowActions(view: QuotaTableView, quota: Quota, name: string, edited: boolean) {
  const { t } = view;
  const atDefault = quota.limit === quota.default_limit;
  return html`${
    edited
      ? html`<button
          type="button"
          class="button small"
          part="undo"
          ?disabled=${view.busy}
          @click=${() => view.onUndo(quota.resource)}
        >
          <span aria-hidden="true">↶</span><span class="visually-hidden">${t.quotaUndoEdit({ resource: name })}</span>
        </button>`
      : nothing
  }
  ${
    view.canReset && !atDefault
      ? html`<button
          type="button"
          class="button small"
          part="reset-default"
          ?disabled=${view.busy}
          aria-label=${t.quotaResetDefault({ resource: name })}
          @click=${() => view.onResetDefault(quota.resource)}
        >
          ${t.quotaReset}
        </button>`
      : nothing
  }`;
}
