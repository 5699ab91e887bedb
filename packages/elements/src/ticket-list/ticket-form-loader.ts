import type { LitElement } from 'lit';
import { type Catalog, messageCatalog } from '../base/i18n/localize.ts';
import { LazyModule, type LazyStatus } from '../base/lazy.ts';
import { adoptMoreStyles } from '../base/styles/adopt.ts';
import type { TicketCreateForm, TicketFormOptions } from './ticket-form.ts';
import type { TicketFormMessages } from './ticket-form-messages.en.ts';

type TicketFormModule = typeof import('./ticket-form.ts');

// Relative, so the published files resolve it as well. Outside the class: tsc leaves the
// extension of an import() in a static initializer unrewritten.
const loadForm = (): Promise<TicketFormModule> => import('./ticket-form.ts');
const loadGerman = () => import('./ticket-form-messages.de.ts').then((m) => m.ticketFormDe);

/**
 * The "open a ticket" form, loaded on first use: the list's first paint needs none of it (the
 * form, its client picker, the dialog and their styles). `open()` loads it, then opens it; the
 * toolbar shows `status` meanwhile (pending, or the failure with a retry, which is `open()`
 * again). Once loaded, the form's styles join the host's shadow root.
 */
export class TicketFormLoader {
  /** Loads the form's module; tests replace it to make the load fail. */
  static load: () => Promise<TicketFormModule> = loadForm;

  readonly #host: LitElement;
  readonly #options: TicketFormOptions;
  readonly #module: LazyModule<TicketFormModule>;
  #form: TicketCreateForm | undefined;
  #text: Catalog<TicketFormMessages> | undefined;

  constructor(host: LitElement, options: TicketFormOptions) {
    this.#host = host;
    this.#options = options;
    this.#module = new LazyModule(host, () => TicketFormLoader.load());
  }

  /** Where loading the form stands (`loaded` once it can open at once). */
  get status(): LazyStatus {
    return this.#module.status;
  }

  /**
   * Loads the form if needed, and its messages in the widget's locale (English if they fail),
   * then opens it; a failed load of the form is left in `status`.
   */
  open(): void {
    const locale = this.#options.locale();
    this.#module.load().then(
      (module) => {
        this.#text ??= messageCatalog({ en: module.ticketFormEn, de: loadGerman });
        this.#text
          .load(locale)
          .catch(() => undefined)
          .then(() => this.#create(module).open());
      },
      () => {},
    );
  }

  /** Renders the open form again (departments arrived, the locale changed). */
  refresh(): void {
    this.#form?.refresh();
  }

  render() {
    return this.#form?.render();
  }

  #create(module: TicketFormModule): TicketCreateForm {
    if (this.#form) return this.#form;
    adoptMoreStyles(this.#host, module.TicketCreateForm.styles);
    this.#form = new module.TicketCreateForm(this.#host, {
      ...this.#options,
      formMessages: this.#text!,
    });
    return this.#form;
  }
}
