import type { Client, ClientUpdate } from '@clientele/sdk';
import type { FieldRules } from '../ui/form-errors.ts';
import { EMAIL } from './small-forms.ts';

/**
 * The "Edit details" form's fields: every property of the contract's `ClientUpdate`, in the
 * form's order, with the rules the form checks before sending, and how a client's value reads
 * as the form's text and back.
 */
export const EDIT_FIELDS = [
  'first_name',
  'last_name',
  'email',
  'phone',
  'company',
  'type',
  'vat_id',
  'tax_exempt',
  'address1',
  'address2',
  'city',
  'state',
  'zip_code',
  'country',
  'language',
  'timezone',
  'currency',
  'payment_mode',
  'group_id',
  'configuration_id',
  'external_billing_id',
  'notes',
] as const satisfies readonly (keyof ClientUpdate)[];
export type EditField = (typeof EDIT_FIELDS)[number];

/** Fields `null` clears: an empty one is sent as `null`. */
const NULLABLE = new Set<EditField>([
  'phone',
  'company',
  'vat_id',
  'address2',
  'state',
  'group_id',
  'external_billing_id',
]);

export const EDIT_RULES: Partial<Record<EditField, FieldRules>> = {
  first_name: { required: true, maxLength: 100 },
  last_name: { required: true, maxLength: 100 },
  email: { required: true, maxLength: 254, pattern: EMAIL },
  phone: { maxLength: 40 },
  company: { maxLength: 200 },
  vat_id: { maxLength: 50 },
  address1: { maxLength: 200 },
  address2: { maxLength: 200 },
  city: { maxLength: 100 },
  state: { maxLength: 100 },
  zip_code: { maxLength: 20 },
  country: { required: true, pattern: /[A-Za-z]{2}/ },
  language: { required: true, pattern: /[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*/ },
  timezone: { required: true, maxLength: 64 },
  currency: { required: true, pattern: /[A-Za-z]{3}/ },
  external_billing_id: { maxLength: 100 },
  notes: { maxLength: 10000 },
};

/** A client's value of a field, as the form holds it (text; 'true'/'false' for the checkbox). */
export function fieldValue(client: Client, field: EditField): string {
  switch (field) {
    case 'group_id':
      return client.group?.id ?? '';
    case 'configuration_id':
      return client.configuration.id;
    case 'tax_exempt':
      return String(client.tax_exempt);
    default:
      return client[field] ?? '';
  }
}

/** What the form holds for a field. */
export function formValue(data: FormData, field: EditField): string {
  if (field === 'tax_exempt') return String(data.get(field) === 'on');
  const value = String(data.get(field) ?? '');
  return field === 'notes' ? value : value.trim();
}

/** The changes: each field whose text differs from `base`'s, as the API takes it. */
export function editChanges(base: Client, data: FormData): ClientUpdate {
  const changes: Record<string, unknown> = {};
  for (const field of EDIT_FIELDS) {
    const value = formValue(data, field);
    if (value === fieldValue(base, field)) continue;
    if (field === 'tax_exempt') changes[field] = value === 'true';
    else if (field === 'country' || field === 'currency') changes[field] = value.toUpperCase();
    else changes[field] = value === '' && NULLABLE.has(field) ? null : value;
  }
  return changes as ClientUpdate;
}
