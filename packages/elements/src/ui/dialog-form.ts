import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ConfirmDialog } from './confirm-dialog.ts';
import {
  type FormErrors,
  type FormErrorText,
  type FormProblem,
  focusFirstInvalid,
  formErrors,
} from './form-errors.ts';

/** One form shown in a `DialogForm`: what it says, its fields, its checks, what it sends. */
export interface DialogFormSpec<F extends string, R> {
  readonly title: string;
  readonly message: string;
  /** The confirm button's label (after a failure it reads Retry). */
  readonly confirm: string;
  readonly danger?: boolean;
  /** Titles a failure: "Could not change the plan" (default: the shared wording). */
  readonly failed?: string;
  /** The fields as the request names them (`errors[].field`), in the form's order. */
  readonly order: readonly F[];
  /** The fields, each with its error (values are never bound again: typed text stays). */
  fields(errors: ReadonlyMap<F, string>): unknown;
  /** The form's own checks, before anything is sent. */
  validate?(data: FormData): Map<F, string>;
  /** Sends; resolves with what to report. A rejection keeps the dialog open. */
  send(data: FormData, signal: AbortSignal): Promise<R>;
  /**
   * A failure this form words itself (a 409: the data moved on, or a name is taken), given
   * the shared sorting of it (`formErrors`): what to show instead. `stale`: the data behind
   * the dialog changed, so trying again cannot help; the host reads it again once the dialog
   * closes (`onStale`), and the button keeps its label.
   */
  explain?(error: unknown, shared: FormErrors<F>): FormOutcome<F> | undefined;
  /** A control changed; true when the fields must render again (a choice shows its price). */
  edited?(control: HTMLInputElement): boolean;
  /** The field a control's edit clears the error of (default: the control's name). */
  fieldOf?(control: HTMLInputElement): F | undefined;
  /**
   * A submit the form answers itself, before its checks: true stops it there (its choices are
   * still loading, or failed to load and it reads them again).
   */
  hold?(): boolean;
}

/** How a failed submit shows: errors on fields, and the dialog's alert (none: only fields). */
export interface FormOutcome<F extends string> {
  readonly fields: ReadonlyMap<F, string>;
  readonly form: FormProblem | undefined;
  readonly stale?: boolean;
}

export interface DialogFormOptions<R> {
  /** The shared wording of failures, Cancel and Retry, in the user's language. */
  text(): FormErrorText & { readonly cancel: string; readonly retry: string };
  /** The server accepted the form (the dialog is closed). */
  onDone(result: R): void;
  /** The dialog closed after a stale refusal: read the data again. */
  onStale?(): void;
  /** The dialog closed, whatever the outcome. */
  onClose?(): void;
}

/**
 * Runs a widget's forms in its confirmation dialog, one way for all of them: the form's own
 * checks first, then the request (once: a second submit while one is under way does nothing);
 * field errors, its own or the API's `errors[]`, on their fields, visible and described, the
 * first invalid field focused, for a click as for Enter; editing a field clears its error; the
 * rest of a failure is the dialog's alert, and the confirm button then reads Retry; the dialog
 * stays open with everything typed until the server accepts. Closing it aborts the request.
 */
export class DialogForm<F extends string, R> implements ReactiveController {
  readonly #host: ReactiveControllerHost & { renderRoot: ParentNode };
  readonly #dialog: ConfirmDialog;
  readonly #options: DialogFormOptions<R>;
  readonly #ids: (field: F) => string;
  #spec: DialogFormSpec<F, R> | undefined;
  #errors = new Map<F, string>();
  #busy = false;
  #failure: FormProblem | undefined;
  /** A stale refusal came while the dialog was open: the host reads the data again on close. */
  #stale = false;
  /** The last failure was that refusal: the button keeps its label (trying again cannot help). */
  #lastStale = false;
  #controller: AbortController | undefined;
  #focusInvalid = false;

  constructor(
    host: ReactiveControllerHost & { renderRoot: ParentNode },
    dialogId: string,
    ids: (field: F) => string,
    options: DialogFormOptions<R>,
  ) {
    this.#host = host;
    this.#dialog = new ConfirmDialog(host, dialogId);
    this.#ids = ids;
    this.#options = options;
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.#dialog.isOpen;
  }

  /** The open dialog. */
  get element(): HTMLDialogElement | undefined {
    return this.#dialog.element;
  }

  hostUpdated(): void {
    if (!this.#focusInvalid || !this.#spec) return;
    this.#focusInvalid = false;
    focusFirstInvalid(this.#host.renderRoot, this.#spec.order, this.#errors, this.#ids);
  }

  /** Opens a form (nothing when one is open already). */
  open(spec: DialogFormSpec<F, R>): void {
    if (this.#dialog.isOpen) return;
    this.#spec = spec;
    this.#errors = new Map();
    this.#busy = false;
    this.#failure = undefined;
    this.#stale = false;
    this.#lastStale = false;
    this.#dialog.open(
      {
        title: spec.title,
        message: spec.message,
        confirmLabel: spec.confirm,
        cancelLabel: this.#options.text().cancel,
        danger: spec.danger ?? false,
        fields: this.#fields(),
      },
      (data) => void this.#submit(spec, data),
      () => {
        this.#controller?.abort();
        this.#spec = undefined;
        const stale = this.#stale;
        this.#stale = false;
        this.#options.onClose?.();
        if (stale) this.#options.onStale?.();
      },
    );
  }

  /**
   * Shows a problem of the form's own (its choices failed to load) as the dialog's alert, or
   * clears it; the button then reads Retry, and the form's submit decides what that does.
   */
  showProblem(problem: FormProblem | undefined): void {
    this.#failure = problem;
    this.refresh();
  }

  /** Renders the open form again (choices arrived, the locale changed); what was typed stays. */
  refresh(): void {
    const spec = this.#spec;
    if (!this.#dialog.isOpen || !spec) return;
    // After a failure the same button tries again with what was typed; not after a field's
    // error (the user corrects it) nor after a stale refusal (trying again cannot help).
    const retry = this.#failure !== undefined && this.#errors.size === 0 && !this.#lastStale;
    this.#dialog.update({
      fields: this.#fields(),
      busy: this.#busy,
      error: this.#failure,
      confirmLabel: retry ? this.#options.text().retry : spec.confirm,
    });
  }

  close(): void {
    this.#dialog.close();
  }

  render() {
    return this.#dialog.render();
  }

  #fields() {
    const spec = this.#spec;
    return spec
      ? html`<div class="form-fields" @input=${this.#onEdit} @change=${this.#onEdit}>${spec.fields(this.#errors)}</div>`
      : nothing;
  }

  #onEdit = (event: Event): void => {
    const control = event.target as HTMLInputElement;
    const rerender = this.#spec?.edited?.(control) ?? false;
    const field = this.#spec?.fieldOf?.(control) ?? (control.name as F);
    const cleared = this.#errors.delete(field);
    if (cleared || rerender) this.refresh();
  };

  async #submit(spec: DialogFormSpec<F, R>, data: FormData): Promise<void> {
    if (this.#busy || spec.hold?.()) return;
    this.#errors = spec.validate?.(data) ?? new Map();
    this.#failure = undefined;
    if (this.#errors.size > 0) {
      this.#focusInvalid = true;
      this.refresh();
      return;
    }
    const controller = new AbortController();
    this.#controller = controller;
    this.#busy = true;
    this.refresh();
    try {
      const result = await spec.send(data, controller.signal);
      if (controller.signal.aborted) return;
      this.#busy = false;
      this.#dialog.close();
      this.#options.onDone(result);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#busy = false;
      const sorted = formErrors(error, spec.order, this.#options.text(), {
        failedTitle: spec.failed,
      });
      const outcome: FormOutcome<F> = spec.explain?.(error, sorted) ?? sorted;
      this.#errors = new Map(outcome.fields);
      this.#failure = outcome.form;
      this.#lastStale = outcome.stale ?? false;
      this.#stale ||= this.#lastStale;
      this.#focusInvalid = this.#errors.size > 0;
      this.refresh();
    }
  }
}
