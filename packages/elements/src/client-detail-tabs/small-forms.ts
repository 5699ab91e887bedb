import type { Client, ClienteleClient } from '@clientele/sdk';
import { html } from 'lit';
import { clientName } from '../base/format/client-name.ts';
import { SubmissionKey } from '../base/idempotency.ts';
import { validateFields } from '../ui/form-errors.ts';
import type { DetailActionsText } from './detail-actions.ts';
import type { FormDialog, FormSpec } from './form-dialog.ts';

/** An address the server will take (it checks it again). */
export const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;

const SIMILAR_RULES = {
  first_name: { required: true, maxLength: 100 },
  last_name: { required: true, maxLength: 100 },
  email: { required: true, maxLength: 254, pattern: EMAIL },
  company: { maxLength: 200 },
} as const;

type SimilarField = keyof typeof SIMILAR_RULES;
const value = (data: FormData, field: string) => String(data.get(field) ?? '').trim();

/**
 * "Create similar": a new client with this one's settings and the personal details typed
 * here (the company prefilled). One Idempotency-Key per submission (`SubmissionKey`, for as long
 * as this dialog is open), so Retry after a lost answer creates one client, not two; details
 * edited before sending again are a new submission. `onCreated` opens the new client.
 */
export function similarSpec(
  form: FormDialog,
  t: DetailActionsText,
  api: ClienteleClient,
  client: Client,
  onCreated: (created: Client) => void,
): FormSpec<SimilarField> {
  const key = new SubmissionKey();
  const input = (
    field: SimilarField,
    label: string,
    errors: ReadonlyMap<string, string>,
    attrs: { type?: string; value?: string } = {},
  ) => {
    const c = form.control(field, errors.get(field));
    const required = SIMILAR_RULES[field] as { required?: boolean };
    return form.field(
      field,
      label,
      errors.get(field),
      html`<input id=${c.id} name=${c.name} class="input" type="text"
        inputmode=${attrs.type === 'email' ? 'email' : 'text'}
        .defaultValue=${attrs.value ?? ''} aria-required=${required.required ? 'true' : 'false'}
        aria-invalid=${c.invalid} aria-describedby=${c.describedBy} />`,
    );
  };
  return {
    title: t.similarTitle({ name: clientName(client) }),
    message: t.similarMessage,
    confirmLabel: t.similarSubmit,
    fields: Object.keys(SIMILAR_RULES) as SimilarField[],
    render: (errors) => html`<div class="form-grid">
      ${input('first_name', t.fieldFirstName, errors)} ${input('last_name', t.fieldLastName, errors)}
      ${input('email', t.fieldEmail, errors, { type: 'email' })}
      ${input('company', t.fieldCompany, errors, { value: client.company ?? '' })}
    </div>`,
    validate: (data) => validateFields((f) => value(data, f), SIMILAR_RULES, t),
    send: async (data, signal) => {
      const body = {
        first_name: value(data, 'first_name'),
        last_name: value(data, 'last_name'),
        email: value(data, 'email'),
        company: value(data, 'company') || null,
      };
      const { data: created } = await api.POST('/clients/{client_id}/create-similar', {
        params: { path: { client_id: client.id }, header: { 'Idempotency-Key': key.for(body) } },
        body,
        signal,
      });
      key.done();
      if (created) onCreated(created);
    },
  };
}

const EMAIL_RULES = {
  subject: { required: true, maxLength: 200 },
  body: { required: true, maxLength: 20000 },
} as const;

type EmailField = keyof typeof EMAIL_RULES;

/** "Send email": subject and message to the client's address; `onSent` says it went. */
export function emailSpec(
  form: FormDialog,
  t: DetailActionsText,
  api: ClienteleClient,
  client: Client,
  onSent: () => void,
): FormSpec<EmailField> {
  return {
    title: t.emailTitle({ name: clientName(client) }),
    message: t.emailMessage({ email: client.email }),
    confirmLabel: t.emailSubmit,
    fields: ['subject', 'body'],
    render: (errors) => {
      const subject = form.control('subject', errors.get('subject'));
      const body = form.control('body', errors.get('body'));
      return html`${form.field(
        'subject',
        t.emailSubject,
        errors.get('subject'),
        html`<input id=${subject.id} name=${subject.name} class="input" maxlength="200"
          aria-required="true" aria-invalid=${subject.invalid} aria-describedby=${subject.describedBy} />`,
      )}
      ${form.field(
        'body',
        t.emailBody,
        errors.get('body'),
        html`<textarea id=${body.id} name=${body.name} class="input" rows="8" maxlength="20000"
          aria-required="true" aria-invalid=${body.invalid} aria-describedby=${body.describedBy}></textarea>`,
      )}`;
    },
    validate: (data) => validateFields((f) => String(data.get(f) ?? ''), EMAIL_RULES, t),
    send: async (data, signal) => {
      await api.POST('/clients/{client_id}/email', {
        params: { path: { client_id: client.id } },
        body: { subject: value(data, 'subject'), body: String(data.get('body') ?? '') },
        signal,
      });
      onSent();
    },
  };
}
