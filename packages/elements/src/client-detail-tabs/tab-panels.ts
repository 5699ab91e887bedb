import { html, type ReactiveControllerHost } from 'lit';
import { renderLoading } from '../base/states/render-loading.ts';
import { LazyPart, type LazyPartText } from '../ui/lazy-part.ts';
import type { ClientTab } from './tab-registry.ts';

/**
 * The panels a `<client-detail-tabs>` has opened: each tab's module loads on its first
 * opening (a `LazyPart`: a skeleton meanwhile, an alert with Retry when its chunk fails), then
 * its element is created with `client-id` and kept while the user visits other tabs, so a tab
 * loads its data once and shows it again as it was.
 */
export class TabPanels {
  readonly #host: ReactiveControllerHost;
  readonly #parts = new Map<string, { tab: ClientTab; part: LazyPart<unknown, HTMLElement> }>();
  #clientId = '';

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Opens a tab's panel: loads its module and creates its element, once. */
  open(tab: ClientTab): void {
    let entry = this.#parts.get(tab.name);
    // A tab registered anew (another tag) starts over.
    if (entry && entry.tab !== tab) {
      entry.part.part?.remove();
      entry = undefined;
    }
    if (!entry) {
      const part = new LazyPart(this.#host, tab.load, () => {
        const element = document.createElement(tab.tag);
        element.setAttribute('client-id', this.#clientId);
        return element;
      });
      entry = { tab, part };
      this.#parts.set(tab.name, entry);
    }
    entry.part.prefetch();
  }

  /** Whether a tab's panel was opened. */
  opened(name: string): boolean {
    return this.#parts.has(name);
  }

  /** The client the panels show; panels already made follow it. */
  set clientId(id: string) {
    if (id === this.#clientId) return;
    this.#clientId = id;
    for (const { part } of this.#parts.values()) part.part?.setAttribute('client-id', id);
  }

  /** A tab's panel content: its element, its loading skeleton or its load failure. */
  render(name: string, locale: string, t: LazyPartText) {
    const entry = this.#parts.get(name);
    if (!entry) return undefined;
    const { part } = entry;
    if (part.part) return part.part;
    if (part.failed) return html`${part.renderError(t)}`;
    return renderLoading(locale, 4);
  }
}
