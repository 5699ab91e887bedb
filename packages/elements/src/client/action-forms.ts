import type { ClientImpersonateRequest, ClientSuspendRequest, StatusReason } from '@clientele/sdk';
import { html } from 'lit';
import { ariaInvalid, checkField, describedBy, renderFieldError } from '../ui/form-errors.ts';
import type { ClientActionsText } from './action-messages.ts';
import { SUSPEND_REASONS } from './status-labels.ts';

/*
 * The fields the confirmation dialogs ask for, and what the typed values become in a request.
 * The fields are named like the request's properties, so a 422 problem's `errors[].field` lands
 * on its field (`ui/form-errors.ts`). Re-rendering them with errors binds no value, so a failed
 * action keeps what was typed.
 */

/** The server's message per field of a dialog's form. */
export type FieldErrors = ReadonlyMap<string, string>;

/** A dialog's fields: the request properties they set, and how they render with errors. */
export interface ActionForm {
  readonly fields: readonly string[];
  render(t: ClientActionsText, errors: FieldErrors): unknown;
  /**
   * The form's own checks before anything is sent: each field's message (empty when all
   * hold). The dialog never leaves this to the browser, whose bubbles are neither visible to
   * every user nor the same for a click as for Enter.
   */
  check?(data: FormData, t: ClientActionsText): FieldErrors;
}

/** One labelled control with its error: `aria-invalid`, described by the visible message. */
function field(id: string, label: string, error: string | undefined, control: unknown) {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${control} ${renderFieldError(id, error)}
  </div>`;
}

export const suspendForm: ActionForm = {
  fields: ['reason', 'note'],
  render(t, errors) {
    const reason = errors.get('reason');
    const note = errors.get('note');
    return html`${field(
      'suspend-reason',
      t.suspendReason,
      reason,
      html`<select
        id="suspend-reason"
        class="input"
        name="reason"
        aria-required="true"
        aria-invalid=${ariaInvalid(reason)}
        aria-describedby=${describedBy('suspend-reason', reason)}
      >
        ${SUSPEND_REASONS.map(([value, key]) => html`<option value=${value}>${t[key] as string}</option>`)}
      </select>`,
    )}
    ${field(
      'suspend-note',
      t.suspendNote,
      note,
      html`<textarea
        id="suspend-note"
        class="input"
        name="note"
        maxlength="500"
        rows="3"
        aria-invalid=${ariaInvalid(note)}
        aria-describedby=${describedBy('suspend-note', note)}
      ></textarea>`,
    )}`;
  },
};

export function suspendBody(data: FormData): ClientSuspendRequest {
  const reason = String(data.get('reason') ?? 'staff') as StatusReason;
  const note = String(data.get('note') ?? '').trim();
  return note ? { reason, note } : { reason };
}

export const impersonateForm: ActionForm = {
  fields: ['reason', 'duration_minutes'],
  render(t, errors) {
    const reason = errors.get('reason');
    const duration = errors.get('duration_minutes');
    return html`${field(
      'impersonate-reason',
      t.impersonateReason,
      reason,
      html`<textarea
        id="impersonate-reason"
        class="input"
        name="reason"
        aria-required="true"
        maxlength="500"
        rows="3"
        aria-invalid=${ariaInvalid(reason)}
        aria-describedby=${describedBy('impersonate-reason', reason)}
      ></textarea>`,
    )}
    ${field(
      'impersonate-duration',
      t.impersonateDuration,
      duration,
      html`<input
        id="impersonate-duration"
        class="input"
        type="number"
        name="duration_minutes"
        min="5"
        max="240"
        step="5"
        value="30"
        aria-invalid=${ariaInvalid(duration)}
        aria-describedby=${describedBy('impersonate-duration', duration)}
      />`,
    )}`;
  },
  check(data, t) {
    const errors = new Map<string, string>();
    const reason = checkField(
      String(data.get('reason') ?? ''),
      { required: true, minLength: 3, maxLength: 500 },
      t,
    );
    if (reason) errors.set('reason', reason);
    const duration = String(data.get('duration_minutes') ?? '').trim();
    const minutes = /^[0-9]+$/.test(duration) ? Number(duration) : Number.NaN;
    if (!(minutes >= 5 && minutes <= 240 && minutes % 5 === 0)) {
      errors.set('duration_minutes', t.impersonateDurationInvalid);
    }
    return errors;
  },
};

export function impersonateBody(data: FormData): ClientImpersonateRequest {
  return {
    reason: String(data.get('reason') ?? '').trim(),
    duration_minutes: Number(data.get('duration_minutes') || 30),
  };
}
