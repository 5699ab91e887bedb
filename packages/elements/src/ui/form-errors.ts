import { isApiError, NetworkError } from '@clientele/sdk';
import { css, html, nothing } from 'lit';
import type { CommonMessages } from '../base/i18n/localize.ts';

/**
 * A form's errors, its own checks' and the server's, shown where they belong and the same way.
 *
 * The widget checks its fields itself (`validateFields`: required, length, pattern), worded
 * in the widget's language, before anything is sent; native validation is not used (no
 * `required` on the controls, `aria-required` instead), so a click and Enter give the same
 * messages and never only a browser bubble. Once the messages are rendered, `focusFirstInvalid`
 * moves focus to the first invalid control, which announces its message.
 *
 * The server's errors: a refused request (an `ApiError` from a problem+json answer) may name
 * fields in `errors[]`: each message that names one of the form's fields goes on that field; the problem's title and detail, with the messages that
 * name no field of the form, are the form's own message (its `role="alert"`). Network and
 * other failures are form messages too.
 *
 * The field pattern, all inside one shadow root: the control has `aria-invalid="true"` and
 * `aria-describedby` pointing at a visible error element next to it, whose id is
 * `fieldErrorId(controlId)`:
 *
 * ```ts
 * const error = errors.get('title');
 * html`<label for="title">Title</label>
 *   <input id="title" name="title" class="input"
 *     aria-invalid=${ariaInvalid(error)} aria-describedby=${describedBy('title', error)} />
 *   ${renderFieldError('title', error)}`;
 * ```
 */

/** A message for the whole form: a title and, maybe, a sentence more. */
export interface FormProblem {
  readonly title: string;
  readonly detail?: string | undefined;
}

/** The shared messages the helper words failures with. */
export type FormErrorText = Pick<
  CommonMessages,
  'errorTitle' | 'errorMessage' | 'networkErrorTitle' | 'networkErrorMessage' | 'fieldError'
>;

export interface FormErrors<F extends string> {
  /** Per field of the form, the first message the server gave for it. */
  readonly fields: ReadonlyMap<F, string>;
  /** The form's own message. */
  readonly form: FormProblem;
}

/**
 * Sorts a failed submit's error into field messages and the form's message. `fields` are
 * the names the form shows (as the API names them: `errors[].field`); leave out a field the
 * form does not show, and its message joins the form's. `failedTitle` titles a failure that
 * is neither an API problem nor a network error (default: the shared "Something went wrong").
 */
export function formErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
  t: FormErrorText,
  options: { failedTitle?: string } = {},
): FormErrors<F> {
  const placed = new Map<F, string>();
  if (isApiError(error)) {
    const unplaced: string[] = [];
    for (const { field, message } of error.errors) {
      if ((fields as readonly string[]).includes(field)) {
        if (!placed.has(field as F)) placed.set(field as F, message);
      } else {
        unplaced.push(t.fieldError({ field, message }));
      }
    }
    const detail = [error.detail, ...unplaced].filter(Boolean).join(' ');
    return { fields: placed, form: { title: error.title, detail: detail || undefined } };
  }
  if (error instanceof NetworkError) {
    return { fields: placed, form: { title: t.networkErrorTitle, detail: t.networkErrorMessage } };
  }
  return {
    fields: placed,
    form: { title: options.failedTitle ?? t.errorTitle, detail: t.errorMessage },
  };
}

/** What a field must hold; an empty field that is not required keeps every rule. */
export interface FieldRules {
  readonly required?: boolean;
  /** In characters, of the value without surrounding spaces (as with `maxLength` and `pattern`). */
  readonly minLength?: number;
  readonly maxLength?: number;
  /** The whole value must match (anchored, as the `pattern` attribute is). */
  readonly pattern?: RegExp;
  /** Says what is wrong whatever the rule (e.g. "Choose a client from the list."). */
  readonly message?: string;
}

/** The shared messages a field's own checks are worded with. */
export type FieldRuleText = Pick<
  CommonMessages,
  'fieldRequired' | 'fieldTooShort' | 'fieldTooLong' | 'fieldInvalid'
>;

/** The first rule a value breaks, worded; undefined when it keeps them all. */
export function checkField(value: string, rules: FieldRules, t: FieldRuleText) {
  const text = value.trim();
  const length = [...text].length;
  const { minLength = 0, maxLength = Infinity, pattern } = rules;
  const error = !text
    ? rules.required && t.fieldRequired
    : length < minLength
      ? t.fieldTooShort({ min: minLength })
      : length > maxLength
        ? t.fieldTooLong({ max: maxLength })
        : pattern && !new RegExp(`^(?:${pattern.source})$`, pattern.flags).test(text)
          ? t.fieldInvalid
          : undefined;
  return error ? (rules.message ?? error) : undefined;
}

/**
 * A form's own checks: the message of each field (in the order of `rules`) whose value breaks
 * a rule, in the same map the server's field errors use (`formErrors(...).fields`).
 */
export function validateFields<F extends string>(
  values: (field: F) => string,
  rules: Readonly<Partial<Record<F, FieldRules>>>,
  t: FieldRuleText,
): Map<F, string> {
  const errors = new Map<F, string>();
  for (const [field, fieldRules] of Object.entries(rules) as [F, FieldRules][]) {
    const error = checkField(values(field), fieldRules, t);
    if (error) errors.set(field, error);
  }
  return errors;
}

/**
 * Focuses the control of the first field of `order` that has an error (its id from
 * `controlId`) and returns it. Call it once the errors are rendered: focus then announces the
 * control as invalid, with its message.
 */
export function focusFirstInvalid<F extends string>(
  root: ParentNode,
  order: readonly F[],
  errors: ReadonlyMap<F, string>,
  controlId: (field: F) => string,
): HTMLElement | undefined {
  const first = order.find((field) => errors.has(field));
  const control = first && root.querySelector<HTMLElement>(`#${controlId(first)}`);
  control?.focus();
  return control ?? undefined;
}

/** The id of the element showing a control's error. */
export function fieldErrorId(controlId: string): string {
  return `${controlId}-error`;
}

/** `aria-invalid` of a control: `true` while it has an error, else no attribute. */
export function ariaInvalid(error: string | undefined) {
  return error ? 'true' : nothing;
}

/**
 * `aria-describedby` of a control: its error element (while it has an error), then any other
 * descriptions (a hint); no attribute when there is nothing.
 */
export function describedBy(controlId: string, error: string | undefined, ...others: string[]) {
  const ids = error ? [fieldErrorId(controlId), ...others] : others;
  return ids.length > 0 ? ids.join(' ') : nothing;
}

/** The visible error text of a control (nothing without an error). */
export function renderFieldError(controlId: string, error: string | undefined) {
  return error ? html`<p id=${fieldErrorId(controlId)} class="field-error">${error}</p>` : nothing;
}

/** How an invalid control and its error look. */
export const fieldErrorStyles = css`
  .input[aria-invalid='true'] {
    border-color: var(--_color-danger);
  }
  .field-error {
    margin: 0;
    color: var(--_color-danger);
    font-size: var(--_font-size-s);
  }
`;
