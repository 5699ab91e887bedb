import type { LitElement } from 'lit';
import type { Catalog } from '../base/i18n/localize.ts';
import { adoptMoreStyles } from '../base/styles/adopt.ts';
import { LazyPart } from '../ui/lazy-part.ts';
import type { TicketCreateForm, TicketFormOptions } from './ticket-form.ts';
import type { TicketFormMessages } from './ticket-form-messages.en.ts';
import { ticketListParts } from './ticket-parts.ts';

type TicketFormModule = Awaited<ReturnType<typeof ticketListParts.form>>;

/**
 * The "open a ticket" form, a `LazyPart` loaded on first use with its messages: the list's
 * first paint needs none of it (the form, its client picker, the dialog and their styles).
 * `open()` loads it, then opens it; meanwhile `part.busy`, and a failed load is
 * `part.renderError()`, whose Retry opens it after all. Once loaded, the form's styles join
 * the host's shadow root.
 */
export class TicketFormLoader {
  readonly part: LazyPart<TicketFormModule, TicketCreateForm>;
  readonly #options: TicketFormOptions;
  #text: Catalog<TicketFormMessages> | undefined;

  constructor(host: LitElement, options: TicketFormOptions) {
    this.#options = options;
    this.part = new LazyPart(
      host,
      () => ticketListParts.form(options.locale()),
      (module) => {
        adoptMoreStyles(host, module.TicketCreateForm.styles);
        this.#text = module.ticketFormText;
        return new module.TicketCreateForm(host, { ...options, formMessages: this.#text });
      },
    );
  }

  /** Opens the form, loading it first if needed, its messages in the widget's locale. */
  open(): void {
    const locale = this.#options.locale();
    this.part.use((form) => {
      // The locale may have changed since the form loaded (English if its messages fail).
      void this.#text
        ?.load(locale)
        .catch(() => undefined)
        .then(() => form.open());
    });
  }

  /** Renders the open form again (departments arrived, the locale changed). */
  refresh(): void {
    this.part.part?.refresh();
  }

  render() {
    return this.part.part?.render();
  }
}
