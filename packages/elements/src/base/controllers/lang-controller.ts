import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Watches the `lang` attribute of the host (and optionally of the document element) and
 * updates the host when it changes. Lit does not observe `lang`: it is a native attribute
 * with a native property, which we leave intact (`el.lang = 'de'` still works).
 */
export class LangController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #observer: MutationObserver;
  readonly #watchDocument: boolean;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    options: { watchDocument?: boolean } = {},
  ) {
    this.#host = host;
    this.#watchDocument = options.watchDocument ?? false;
    this.#observer = new MutationObserver(() => host.requestUpdate());
    host.addController(this);
  }

  /** The host's own `lang` attribute, or '' when it has none. */
  get own(): string {
    return this.#host.getAttribute('lang')?.trim() ?? '';
  }

  /** The document's `lang`, or '' when it has none. */
  get document(): string {
    return this.#host.ownerDocument.documentElement.getAttribute('lang')?.trim() ?? '';
  }

  hostConnected(): void {
    const options = { attributes: true, attributeFilter: ['lang'] };
    this.#observer.observe(this.#host, options);
    if (this.#watchDocument) {
      this.#observer.observe(this.#host.ownerDocument.documentElement, options);
    }
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }
}
