import type { ClientImpersonateRequest, ClientSuspendRequest, StatusReason } from '@clientele/sdk';
import { html } from 'lit';
import { SUSPEND_REASONS } from './client-labels.ts';
import type { ClientGridText } from './messages.ts';

/*
 * The fields the confirmation dialogs ask for, and what the typed values become in a request.
 * The dialog never re-renders the fields with values, so a failed action keeps what was typed.
 */

export function suspendFields(t: ClientGridText) {
  return html`<div class="field">
      <label for="suspend-reason">${t.suspendReason}</label>
      <select id="suspend-reason" class="input" name="reason" required>
        ${SUSPEND_REASONS.map(([value, key]) => html`<option value=${value}>${t[key] as string}</option>`)}
      </select>
    </div>
    <label class="field">
      <span>${t.suspendNote}</span>
      <textarea class="input" name="note" maxlength="500" rows="3"></textarea>
    </label>`;
}

export function suspendBody(data: FormData): ClientSuspendRequest {
  const reason = String(data.get('reason') ?? 'staff') as StatusReason;
  const note = String(data.get('note') ?? '').trim();
  return note ? { reason, note } : { reason };
}

export function impersonateFields(t: ClientGridText) {
  return html`<label class="field">
      <span>${t.impersonateReason}</span>
      <textarea class="input" name="reason" required minlength="3" maxlength="500" rows="3"></textarea>
    </label>
    <label class="field">
      <span>${t.impersonateDuration}</span>
      <input class="input" type="number" name="duration" min="5" max="240" step="5" value="30" />
    </label>`;
}

export function impersonateBody(data: FormData): ClientImpersonateRequest {
  return {
    reason: String(data.get('reason') ?? '').trim(),
    duration_minutes: Number(data.get('duration') || 30),
  };
}
