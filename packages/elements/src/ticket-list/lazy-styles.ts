import { adoptStyles, type CSSResult, supportsAdoptingStyleSheets } from 'lit';

/**
 * Adds the styles of a part loaded on first use (a form, filter controls) to its host's shadow
 * root, after the host's own: adopted sheets where the browser has them (no `<style>`, so the
 * strict CSP needs nothing more), else `<style>` elements as Lit itself falls back to.
 */
export function adoptLazyStyles(root: Node, styles: readonly CSSResult[]): void {
  if (!(root instanceof ShadowRoot)) return;
  adoptStyles(
    root,
    supportsAdoptingStyleSheets ? [...root.adoptedStyleSheets, ...styles] : [...styles],
  );
}
