import { de } from './de.ts';
import { en, type Messages } from './en.ts';

export type { Messages } from './en.ts';

/** The locales shipped with the package; English is the source and the fallback. */
export const BUILT_IN_LOCALES = ['en', 'de'] as const;
export type BuiltInLocale = (typeof BUILT_IN_LOCALES)[number];

export const DEFAULT_LOCALE: BuiltInLocale = 'en';

/** Keys of the catalog. */
export type MessageKey = keyof Messages;

/** The parameters a message takes: none for a plain string, one object for a function. */
export type MessageParams<K extends MessageKey> = Messages[K] extends (params: infer P) => string
  ? [params: P]
  : [];

// Keyed by lower-case BCP 47 tag ('de', 'pt-br').
const catalogs = new Map<string, Messages>([
  ['en', en],
  ['de', de],
]);

/**
 * Adds (or replaces) a catalog for a locale, e.g. `registerMessages('fr', fr)` where `fr` is
 * typed as `Messages`. Applies to every element on the page from their next render.
 */
export function registerMessages(locale: string, messages: Messages): void {
  catalogs.set(locale.toLowerCase(), messages);
}

/**
 * The catalog tag that serves a locale: the exact tag, else its language ('de-AT' -> 'de'),
 * else English.
 */
export function resolveLocale(locale: string | null | undefined): string {
  const tag = (locale ?? '').trim().toLowerCase().replaceAll('_', '-');
  if (catalogs.has(tag)) return tag;
  const language = tag.split('-')[0] ?? '';
  return catalogs.has(language) ? language : DEFAULT_LOCALE;
}

/** The typed messages for a locale, falling back to English for unknown locales. */
export function localize(locale: string | null | undefined): Messages {
  return catalogs.get(resolveLocale(locale)) ?? en;
}

/** One message for a locale: `msg('de', 'retry')`, `msg('en', 'requestId', { id })`. */
export function msg<K extends MessageKey>(
  locale: string | null | undefined,
  key: K,
  ...params: MessageParams<K>
): string {
  const entry: string | ((params: never) => string) = localize(locale)[key];
  return typeof entry === 'function' ? entry(params[0] as never) : entry;
}
