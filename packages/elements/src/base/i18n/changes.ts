// Who wants to know when messages change. A module of its own so that an element which renders
// no message of its own (the provider) does not carry the catalogs to listen.
const listeners = new Set<() => void>();

/**
 * Calls `listener` whenever messages change (a translation arrived, a locale was registered);
 * returns the unsubscribe function. Elements re-render on it through their `LangController`.
 */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every listener that messages changed. */
export function messagesChanged(): void {
  for (const listener of listeners) listener();
}
