/**
 * Tags registered on demand: the main entry (`@clientele/elements`) registers the provider and
 * the state views at once and every widget when the page first uses it. A widget's code (each
 * `define/<tag>` module, with what it shares with the others) is then downloaded only by pages
 * that show that widget, so a page with one grid does not pay for the quota editor.
 *
 * "Uses" means: the tag is in the document (parsed from HTML, or inserted by any framework) —
 * a MutationObserver sees it and imports its module; the element upgrades when that arrives.
 * Tags inside a shadow root the host renders itself are not observed: call `discover(root)`
 * for them, or import `@clientele/elements/define/<tag>` (or `@clientele/elements/all`) to
 * register tags eagerly. `customElements.whenDefined(tag)` says when a tag is ready.
 */

const TAGS = {
  'client-grid': () => import('./define/client-grid.ts'),
  'client-detail-tabs': () => import('./define/client-detail-tabs.ts'),
  'client-overview': () => import('./define/client-overview.ts'),
  'quota-editor': () => import('./define/quota-editor.ts'),
  'ticket-list': () => import('./define/ticket-list.ts'),
  'units-ledger': () => import('./define/units-ledger.ts'),
} as const satisfies Record<string, () => Promise<unknown>>;

/** The tags the main entry registers on demand. */
export type AutoloadedTag = keyof typeof TAGS;

export const AUTOLOADED_TAGS = Object.keys(TAGS) as readonly AutoloadedTag[];

const SELECTOR = AUTOLOADED_TAGS.join(',');
const loading = new Map<AutoloadedTag, Promise<void>>();

const isAutoloaded = (tag: string): tag is AutoloadedTag => Object.hasOwn(TAGS, tag);

/**
 * Imports a tag's module once. A module that fails to load (a network error) is reported on
 * the console and tried again the next time the tag is discovered.
 */
function load(tag: AutoloadedTag): Promise<void> {
  let pending = loading.get(tag);
  if (!pending) {
    pending = TAGS[tag]().then(
      () => undefined,
      (error: unknown) => {
        loading.delete(tag);
        console.error(`<${tag}>: its code could not be loaded; it stays undefined.`, error);
        throw error;
      },
    );
    loading.set(tag, pending);
  }
  return pending;
}

/**
 * Registers the Clientele tags used in `root` (and `root` itself) that are not registered yet;
 * resolves once they are. For tags in shadow roots the observer does not see.
 */
export async function discover(root: ParentNode = document): Promise<void> {
  const tags = new Set<AutoloadedTag>();
  const consider = (element: Element) => {
    const tag = element.localName;
    if (isAutoloaded(tag) && !customElements.get(tag)) tags.add(tag);
  };
  if (root instanceof Element) consider(root);
  for (const element of root.querySelectorAll(SELECTOR)) consider(element);
  await Promise.all([...tags].map(load));
}

/** Registers every Clientele tag now (what `@clientele/elements/all` does on import). */
export async function defineAll(): Promise<void> {
  await Promise.all(AUTOLOADED_TAGS.map(load));
}

let observer: MutationObserver | undefined;

/**
 * Starts registering tags as they appear in the document (the main entry calls it). Safe to
 * call again; does nothing outside a browser.
 */
export function startAutoload(): void {
  if (observer || typeof document === 'undefined') return;
  const quietly = (root: ParentNode) => void discover(root).catch(() => undefined);
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) quietly(node);
      }
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  quietly(document);
}
