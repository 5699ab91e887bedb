const cache = new Map<string, Intl.DisplayNames | null>();

/**
 * A region's or a language's name in a locale (`RO` -> "Romania", `ro` -> "Romanian"), or the
 * code itself when the engine has no name for it.
 */
export function displayName(locale: string, type: 'region' | 'language', code: string): string {
  const key = `${type}:${locale}`;
  let names = cache.get(key);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type });
    } catch {
      names = null;
    }
    cache.set(key, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}
