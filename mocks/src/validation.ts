/**
 * A small request-body validator with the spec's rules and error codes (`required`,
 * `type`, `minLength`, `maxLength`, `pattern`, `format`, `enum`, `minimum`, `maximum`,
 * `additional_property`). No runtime schema library: the mocks also run in the browser.
 */
import { isDecimalString, sign } from './decimal.ts';
import { fieldError, problems } from './problems.ts';
import type { FieldError } from './types.ts';

export type Rule =
  | {
      readonly type: 'string';
      readonly minLength?: number;
      readonly maxLength?: number;
      readonly pattern?: RegExp;
      readonly patternMessage?: string;
      readonly format?: 'email' | 'date';
      readonly enum?: readonly string[];
      readonly nullable?: boolean;
    }
  | {
      readonly type: 'integer';
      readonly minimum?: number;
      readonly maximum?: number;
      readonly nullable?: boolean;
    }
  | { readonly type: 'boolean' }
  | {
      readonly type: 'decimal';
      readonly positive?: boolean;
      readonly nonNegative?: boolean;
      readonly maxLength?: number;
      /** At most this many fraction digits. */
      readonly scale?: number;
    }
  | { readonly type: 'any' };

export type Shape = Readonly<Record<string, Rule & { readonly required?: boolean }>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(text);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(rule: Rule): string {
  switch (rule.type) {
    case 'decimal':
      return 'a decimal string';
    case 'any':
      return 'a value';
    default:
      return rule.type === 'integer' ? 'an integer' : `a ${rule.type}`;
  }
}

/** Checks one value against a rule; returns the errors (empty when valid). */
export function checkValue(field: string, value: unknown, rule: Rule): FieldError[] {
  if (rule.type === 'any') return [];
  if (value === null) {
    return 'nullable' in rule && rule.nullable
      ? []
      : [fieldError(field, 'type', `Must be ${describe(rule)}, not null.`)];
  }
  switch (rule.type) {
    case 'string': {
      if (typeof value !== 'string') return [fieldError(field, 'type', 'Must be a string.')];
      if (rule.minLength !== undefined && value.length < rule.minLength) {
        return [
          fieldError(
            field,
            rule.minLength === 1 ? 'required' : 'minLength',
            rule.minLength === 1
              ? 'Must not be empty.'
              : `Must be at least ${rule.minLength} characters.`,
          ),
        ];
      }
      if (rule.maxLength !== undefined && value.length > rule.maxLength) {
        return [fieldError(field, 'maxLength', `Must be at most ${rule.maxLength} characters.`)];
      }
      if (rule.enum && !rule.enum.includes(value)) {
        return [fieldError(field, 'enum', `Must be one of: ${rule.enum.join(', ')}.`)];
      }
      if (rule.format === 'email' && !EMAIL.test(value)) {
        return [fieldError(field, 'format', 'Must be a valid email address.')];
      }
      if (rule.format === 'date' && !isValidDate(value)) {
        return [fieldError(field, 'format', 'Must be a date (YYYY-MM-DD).')];
      }
      if (rule.pattern && !rule.pattern.test(value)) {
        return [
          fieldError(field, 'pattern', rule.patternMessage ?? `Must match ${rule.pattern.source}.`),
        ];
      }
      return [];
    }
    case 'integer': {
      if (typeof value !== 'number' || !Number.isInteger(value))
        return [fieldError(field, 'type', 'Must be an integer.')];
      if (rule.minimum !== undefined && value < rule.minimum)
        return [fieldError(field, 'minimum', `Must be at least ${rule.minimum}.`)];
      if (rule.maximum !== undefined && value > rule.maximum)
        return [fieldError(field, 'maximum', `Must be at most ${rule.maximum}.`)];
      return [];
    }
    case 'boolean':
      return typeof value === 'boolean'
        ? []
        : [fieldError(field, 'type', 'Must be true or false.')];
    case 'decimal': {
      if (typeof value !== 'string')
        return [
          fieldError(field, 'type', 'Must be a decimal string such as "12.50" (not a number).'),
        ];
      if (!isDecimalString(value) || value.length > (rule.maxLength ?? 40)) {
        return [fieldError(field, 'pattern', 'Must be a decimal string such as "12.50".')];
      }
      if (rule.positive && sign(value) <= 0)
        return [fieldError(field, 'minimum', 'Must be greater than zero.')];
      if (rule.nonNegative && sign(value) < 0)
        return [fieldError(field, 'minimum', 'Must not be negative.')];
      if (rule.scale !== undefined && (value.split('.')[1]?.length ?? 0) > rule.scale) {
        return [
          fieldError(field, 'scale', `Must have at most ${rule.scale} digits after the point.`),
        ];
      }
      return [];
    }
  }
}

/**
 * Checks an object body against a shape: required fields, each rule, and no unknown
 * fields. `prefix` is prepended to field paths (`lines.0.`).
 */
export function checkObject(
  body: unknown,
  shape: Shape,
  options: { prefix?: string; minProperties?: number } = {},
): FieldError[] {
  const prefix = options.prefix ?? '';
  if (!isPlainObject(body))
    return [fieldError(prefix.replace(/\.$/, '') || 'body', 'type', 'Must be a JSON object.')];
  const errors: FieldError[] = [];
  for (const [name, rule] of Object.entries(shape)) {
    if (!(name in body) || body[name] === undefined) {
      if (rule.required) errors.push(fieldError(`${prefix}${name}`, 'required', 'Is required.'));
      continue;
    }
    errors.push(...checkValue(`${prefix}${name}`, body[name], rule));
  }
  for (const name of Object.keys(body)) {
    if (!(name in shape))
      errors.push(fieldError(`${prefix}${name}`, 'additional_property', 'Is not a known field.'));
  }
  if (options.minProperties !== undefined && Object.keys(body).length < options.minProperties) {
    errors.push(
      fieldError(
        prefix.replace(/\.$/, '') || 'body',
        'minProperties',
        `Must have at least ${options.minProperties} field.`,
      ),
    );
  }
  return errors;
}

/** Validates and narrows: throws a 422 validation problem listing every error. */
export function validate<T>(
  body: unknown,
  shape: Shape,
  options: { minProperties?: number } = {},
): T {
  const errors = checkObject(body, shape, options);
  if (errors.length > 0) throw problems.validation(errors);
  return body as T;
}

/** Reads a JSON body; an unparseable body is a 400 (an empty one reads as `{}` when allowed). */
export async function readJson(
  request: Request,
  options: { optional?: boolean } = {},
): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') {
    if (options.optional) return {};
    throw problems.badRequest([fieldError('body', 'required', 'A JSON body is required.')]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw problems.badRequest([fieldError('body', 'format', 'The body is not valid JSON.')]);
  }
}
