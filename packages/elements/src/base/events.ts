type DetailOf<K extends keyof HTMLElementEventMap> =
  HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches one of our typed events: a `CustomEvent` that bubbles and crosses shadow roots
 * (`composed`), as every Clientele event does. Returns false when a cancelable event was
 * cancelled with `preventDefault()` (the caller then skips its default action).
 */
export function dispatch<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  type: K,
  detail: DetailOf<K>,
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    }),
  );
}
