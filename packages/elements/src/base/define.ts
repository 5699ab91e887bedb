/**
 * Registers a custom element unless the tag is taken. Loading a bundle twice (or two copies
 * of the package) must not throw; a different class already on the tag earns a warning, and a
 * host that needs both can register our class under another name.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(
      `<${tag}> is already defined by another class; Clientele's was not registered. ` +
        'Register it under another tag name with customElements.define().',
    );
  }
}
