import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { createRef, type Ref, ref } from 'lit/directives/ref.js';

export interface ConfirmDialogView {
  /** Dialog title (also its accessible name). */
  title: string;
  /** What will happen (its accessible description). */
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Style the confirm button as destructive. */
  danger?: boolean;
  /** Extra form fields (reason, note...). Their values reach `onConfirm` as FormData. */
  fields?: unknown;
  /**
   * True while the action runs: the dialog is `aria-busy`, the confirm button
   * `aria-disabled` (it keeps focus, so a keyboard user is not dropped out of the dialog),
   * and cancel disabled unless the action can be stopped.
   */
  busy?: boolean;
  /** The failure to show (`role="alert"`). The fields keep what the user typed. */
  error?: { title: string; detail?: string | undefined } | undefined;
  /** How far a long action has got (a bar and a polite status line), while busy. */
  progress?: { done: number; total: number; label: string } | undefined;
  /**
   * When set, the action may be stopped while busy: the cancel button reads this, stays
   * enabled, and (like Escape) closes the dialog, which calls `onClose` to abort the rest.
   */
  stopLabel?: string | undefined;
}

/**
 * An accessible confirmation dialog on the native `<dialog>` (modal through `showModal()`:
 * focus is trapped and returns to the opener on close, Escape cancels, the page behind is
 * inert). The host keeps its state: `open(view)`, `update(view)` (busy, error) and `close()`.
 * The fields are never re-rendered with values, so a failed action never loses input.
 */
export class ConfirmDialog implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #dialog: Ref<HTMLDialogElement> = createRef();
  readonly #id: string;
  #view: ConfirmDialogView | undefined;
  #onConfirm: ((data: FormData) => void) | undefined;
  #onClose: (() => void) | undefined;
  #opener: HTMLElement | null = null;

  constructor(host: ReactiveControllerHost, id: string) {
    this.#host = host;
    this.#id = id;
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.#view !== undefined;
  }

  /** The dialog element (while open). */
  get element(): HTMLDialogElement | undefined {
    return this.#dialog.value;
  }

  open(view: ConfirmDialogView, onConfirm: (data: FormData) => void, onClose?: () => void): void {
    this.#opener = deepActiveElement();
    this.#view = view;
    this.#onConfirm = onConfirm;
    this.#onClose = onClose;
    this.#host.requestUpdate();
  }

  /** Changes what the open dialog shows (busy, error) without touching its fields. */
  update(changes: Partial<ConfirmDialogView>): void {
    if (!this.#view) return;
    this.#view = { ...this.#view, ...changes };
    this.#host.requestUpdate();
  }

  close(): void {
    if (!this.#view) return;
    this.#view = undefined;
    this.#dialog.value?.close();
    const onClose = this.#onClose;
    this.#onClose = undefined;
    this.#host.requestUpdate();
    onClose?.();
    // The opener may have been re-rendered away (a windowed row); focus it when it is still there.
    if (this.#opener?.isConnected) this.#opener.focus();
  }

  hostUpdated(): void {
    const dialog = this.#dialog.value;
    if (dialog && this.#view && !dialog.open) dialog.showModal();
  }

  render() {
    const view = this.#view;
    if (!view) return nothing;
    const id = this.#id;
    // Removed on close, so each opening starts with fresh, empty fields.
    return html`<dialog
      ${ref(this.#dialog)}
      part="dialog"
      class="dialog"
      aria-labelledby="${id}-title"
      aria-describedby="${id}-message"
      aria-busy=${view.busy ? 'true' : nothing}
      @cancel=${this.#onCancel}
    >
      <form class="dialog-form" @submit=${this.#onSubmit} novalidate>
        <h2 id="${id}-title" part="dialog-title" class="dialog-title">${view.title}</h2>
        <p id="${id}-message" class="dialog-message">${view.message}</p>
        ${view.fields ?? nothing}
        ${
          view.error
            ? html`<div part="dialog-error" class="dialog-error" role="alert">
              <strong>${view.error.title}</strong>
              ${view.error.detail ? html`<span>${view.error.detail}</span>` : nothing}
            </div>`
            : nothing
        }
        ${
          view.busy && view.progress
            ? html`<div class="dialog-progress">
                <progress
                  aria-hidden="true"
                  max=${view.progress.total}
                  .value=${view.progress.done}
                ></progress>
                <span role="status">${view.progress.label}</span>
              </div>`
            : nothing
        }
        <div class="dialog-buttons">
          <button
            class="button"
            type="button"
            @click=${() => this.close()}
            ?disabled=${view.busy && !view.stopLabel}
          >
            ${view.busy && view.stopLabel ? view.stopLabel : view.cancelLabel}
          </button>
          <button
            part="dialog-confirm"
            class="button primary ${view.danger ? 'danger' : ''}"
            type="submit"
            aria-disabled=${view.busy ? 'true' : nothing}
          >
            ${view.confirmLabel}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  #onCancel = (event: Event): void => {
    event.preventDefault();
    if (!this.#view?.busy || this.#view.stopLabel) this.close();
  };

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (this.#view?.busy) return;
    // No browser validation (`novalidate`): the caller checks the fields and shows its own
    // messages on them, the same for a click as for Enter (ui/form-errors.ts).
    this.#onConfirm?.(new FormData(form));
  };
}

/** The focused element, looking into shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}
