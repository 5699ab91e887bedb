import { adoptStyles, type CSSResult, supportsAdoptingStyleSheets } from 'lit';

/** Styles added to each shadow root, so none is added twice. */
const added = new WeakMap<ShadowRoot, Set<CSSResult>>();

/**
 * Adds a lazily loaded part's styles to its host's shadow root, after the element's own (so
 * they win ties, as if listed last in `styles`). Constructable style sheets: nothing inline,
 * so a strict CSP allows them; where a browser cannot adopt sheets, Lit's fallback appends
 * `<style>` elements with its `litNonce`. Adding the same styles again does nothing.
 */
export function adoptMoreStyles(
  host: { readonly renderRoot: HTMLElement | DocumentFragment },
  styles: readonly CSSResult[],
): void {
  const root = host.renderRoot;
  if (!(root instanceof ShadowRoot)) return;
  const seen = added.get(root) ?? new Set<CSSResult>();
  added.set(root, seen);
  const fresh = styles.filter((style) => !seen.has(style));
  if (fresh.length === 0) return;
  for (const style of fresh) seen.add(style);
  if (supportsAdoptingStyleSheets) {
    const sheets = fresh.map((style) => style.styleSheet).filter((sheet) => sheet !== undefined);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
  } else {
    adoptStyles(root, fresh);
  }
}
