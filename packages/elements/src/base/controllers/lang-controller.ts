import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onMessagesChange } from '../i18n/changes.ts';

/**
 * Watches the `lang` attribute of the host (and optionally of the document element) and
 * updates the host when it changes, or when messages change (a locale's translation arrived, a
 * host registered messages). Lit does not observe `lang`: it is a native attribute with a
 * native property, which we leave intact (`el.lang = 'de'` still works).
 */
export class LangController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #observer: MutationObserver;
  readonly #watchDocument: boolean;
  #unsubscribe: (() => void) | undefined;

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
    this.#unsubscribe = onMessagesChange(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
