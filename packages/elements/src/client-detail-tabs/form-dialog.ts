import { html, nothing, type ReactiveControllerHost } from 'lit';
import { DialogForm } from '../ui/dialog-form.ts';
import {
  ariaInvalid,
  describedBy,
  type FormErrorText,
  type FormProblem,
  renderFieldError,
} from '../ui/form-errors.ts';

/** A form in the dialog: what it says, its fields, its own checks, what it sends. */
export interface FormSpec<F extends string> {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly danger?: boolean;
  /** The fields in the form's order, named as the request's properties (`errors[].field`). */
  readonly fields: readonly F[];
  /** The fields with their errors (never with values bound again: typed text stays). */
  render(errors: ReadonlyMap<F, string>): unknown;
  /** The form's own checks, before anything is sent. */
  validate?(data: FormData): Map<F, string>;
  /** Sends; resolves when the server accepted it. A rejection keeps the dialog open. */
  send(data: FormData, signal: AbortSignal): Promise<void>;
  /**
   * A rejection this form explains itself: the data moved on (a 412), so the button keeps its
   * label; else the shared wording, and the button reads Retry.
   */
  explain?(error: unknown): FormProblem | undefined;
  readonly failedTitle?: string;
  /** The ids of the controls, when not `controlId(prefix, field)` (a shared form's own). */
  ids?(field: F): string;
}

/** The id of a field's control in a form whose ids start with `prefix`. */
export const controlId = (prefix: string, field: string) =>
  `${prefix}-${field.replaceAll('_', '-')}`;

/** The shared wording a form dialog needs: failures, Cancel, Retry. */
export type FormDialogText = FormErrorText & { readonly cancel: string; readonly retry: string };

/**
 * The client page's header forms (edit, delete, impersonate, status changes, the small forms) in
 * one confirmation dialog, run by `ui/dialog-form.ts` as every other form of the kit: the form's
 * own checks first, then one request; field errors (its own or the API's `errors[]`) on their
 * fields, visible and described, the first invalid field focused, for a click as for Enter; an
 * edit clears its field's error; the rest as the dialog's alert, after which the button reads
 * Retry; a failure keeps the dialog open with everything typed. What this adds: a form given as
 * a `FormSpec`, and the ids, fields and controls of the dialog's forms.
 */
export class FormDialog {
  readonly #prefix: string;
  readonly #form: DialogForm<string, void>;
  #text: FormDialogText | undefined;
  #ids: (field: string) => string;

  constructor(host: ReactiveControllerHost & { renderRoot: ParentNode }, prefix: string) {
    this.#prefix = prefix;
    this.#ids = (field) => controlId(prefix, field);
    this.#form = new DialogForm<string, void>(host, `${prefix}-dialog`, (f) => this.#ids(f), {
      text: () => this.#text!,
      // The form's `send` did what a success means.
      onDone: () => undefined,
    });
  }

  get isOpen(): boolean {
    return this.#form.isOpen;
  }

  get element(): HTMLDialogElement | undefined {
    return this.#form.element;
  }

  /** The id of a field's control in this dialog's forms. */
  id(field: string): string {
    return controlId(this.#prefix, field);
  }

  /** One labelled control with its error and an optional note under it. */
  field(field: string, label: string, error: string | undefined, control: unknown, note?: unknown) {
    const id = controlId(this.#prefix, field);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${control} ${renderFieldError(id, error)} ${note ?? nothing}
    </div>`;
  }

  /** The attributes a control needs: id, name, `aria-invalid`, `aria-describedby`. */
  control(field: string, error: string | undefined) {
    const id = controlId(this.#prefix, field);
    return { id, name: field, invalid: ariaInvalid(error), describedBy: describedBy(id, error) };
  }

  open<F extends string>(spec: FormSpec<F>, t: FormDialogText): void {
    this.#text = t;
    this.#ids =
      (spec.ids as ((field: string) => string) | undefined) ??
      ((field) => controlId(this.#prefix, field));
    const explain = spec.explain;
    this.#form.open({
      title: spec.title,
      message: spec.message,
      confirm: spec.confirmLabel,
      danger: spec.danger,
      failed: spec.failedTitle,
      order: spec.fields,
      fields: (errors) => spec.render(errors as ReadonlyMap<F, string>),
      validate: spec.validate,
      send: spec.send,
      explain: explain
        ? (error, shared) => {
            const own = explain(error);
            return own ? { fields: shared.fields, form: own, stale: true } : undefined;
          }
        : undefined,
    });
  }

  /** Renders the open form again (choices arrived, the locale changed); values stay. */
  refresh(): void {
    this.#form.refresh();
  }

  close(): void {
    this.#form.close();
  }

  render() {
    return this.#form.render();
  }
}
