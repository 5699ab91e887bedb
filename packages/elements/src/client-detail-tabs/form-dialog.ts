import { html, nothing, type ReactiveControllerHost } from 'lit';
import { ConfirmDialog } from '../ui/confirm-dialog.ts';
import {
  ariaInvalid,
  describedBy,
  type FormErrorText,
  type FormProblem,
  focusFirstInvalid,
  formErrors,
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
  /** A rejection this form explains itself (e.g. a 412 conflict); else the shared wording. */
  explain?(error: unknown): FormProblem | undefined;
  readonly failedTitle?: string;
  /** The ids of the controls, when not `controlId(prefix, field)` (a shared form's own). */
  ids?(field: F): string;
}

/** The id of a field's control in a form whose ids start with `prefix`. */
export const controlId = (prefix: string, field: string) =>
  `${prefix}-${field.replaceAll('_', '-')}`;

/**
 * Runs forms in one confirmation dialog the same way (`ui/form-errors.ts`): the form's own
 * checks first, then the request; field errors (its own or the API's `errors[]`) on their
 * fields, visible and described, the first invalid field focused, for a click as for Enter;
 * the rest as the dialog's alert; a failure keeps the dialog open with everything typed.
 */
export class FormDialog {
  readonly #host: ReactiveControllerHost & { renderRoot: ParentNode };
  readonly #dialog: ConfirmDialog;
  readonly #prefix: string;
  #focus = false;
  #order: readonly string[] = [];
  #errors: ReadonlyMap<string, string> = new Map();
  #rerender: () => unknown = () => nothing;
  #ids: (field: string) => string = (field) => controlId(this.#prefix, field);

  constructor(host: ReactiveControllerHost & { renderRoot: ParentNode }, prefix: string) {
    this.#host = host;
    this.#prefix = prefix;
    this.#dialog = new ConfirmDialog(host, `${prefix}-dialog`);
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.#dialog.isOpen;
  }

  get element(): HTMLDialogElement | undefined {
    return this.#dialog.element;
  }

  hostUpdated(): void {
    if (!this.#focus) return;
    this.#focus = false;
    focusFirstInvalid(this.#host.renderRoot, this.#order, this.#errors, this.#ids);
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

  open<F extends string>(spec: FormSpec<F>, t: FormErrorText & { cancel: string }): void {
    let controller: AbortController | undefined;
    this.#order = spec.fields;
    this.#ids =
      (spec.ids as ((field: string) => string) | undefined) ??
      ((field) => controlId(this.#prefix, field));
    let errors: ReadonlyMap<F, string> = new Map();
    this.#rerender = () => spec.render(errors);
    const show = (problem: FormProblem | undefined, busy = false) => {
      this.#errors = errors;
      this.#dialog.update({ fields: spec.render(errors), error: problem, busy });
      if (errors.size > 0) this.#focus = true;
    };
    this.#dialog.open(
      {
        title: spec.title,
        message: spec.message,
        confirmLabel: spec.confirmLabel,
        cancelLabel: t.cancel,
        danger: spec.danger,
        fields: spec.render(errors),
      },
      async (data) => {
        errors = spec.validate?.(data) ?? new Map();
        if (errors.size > 0) {
          show(undefined);
          return;
        }
        controller = new AbortController();
        const { signal } = controller;
        show(undefined, true);
        try {
          await spec.send(data, signal);
          if (!signal.aborted) this.#dialog.close();
        } catch (error) {
          if (signal.aborted) return;
          const own = spec.explain?.(error);
          const sorted = formErrors(error, spec.fields, t, { failedTitle: spec.failedTitle });
          errors = sorted.fields;
          show(own ?? sorted.form);
        }
      },
      () => controller?.abort(),
    );
  }

  /** Renders the open form again (choices arrived, the locale changed); values stay. */
  refresh(): void {
    if (this.#dialog.isOpen) this.#dialog.update({ fields: this.#rerender() });
  }

  close(): void {
    this.#dialog.close();
  }

  render() {
    return this.#dialog.render();
  }
}
