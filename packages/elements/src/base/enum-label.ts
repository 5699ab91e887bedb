/**
 * The message for an enumerated value from the server (a status, a priority), or the value
 * itself when this version of the widget does not know it: a server may add values to an
 * enum before its widgets are updated, and an unknown value must still show as text rather
 * than as an empty badge or an error.
 */
export function enumLabel<V extends string, M extends object>(
  messages: M,
  keys: Readonly<Record<V, keyof M>>,
  value: string,
): string {
  const key = Object.hasOwn(keys, value) ? keys[value as V] : undefined;
  const message = key === undefined ? undefined : messages[key];
  return typeof message === 'string' ? message : value;
}

/** The tone (colour family) for an enumerated value, neutral for values this version does not know. */
export function enumTone<V extends string>(
  tones: Readonly<Record<V, string>>,
  value: string,
): string {
  return Object.hasOwn(tones, value) ? tones[value as V] : 'grey';
}
