import { commonDe } from './common.de.ts';
import { type CommonMessages, commonEn } from './common.en.ts';

export type { CommonMessages } from './common.en.ts';

/**
 * Every message of the kit: the shared ones and each widget's. A locale registered with
 * `registerMessages` may give all of them or only some (the rest fall back to English).
 *
 * The base layer knows only the shared messages; each widget adds its own to this interface
 * from its `messages.ts` (`declare module` augmentation), so the arrow points from the widget
 * to the base and never back.
 */
export interface Messages extends CommonMessages {}

/** The locales shipped with the package; English is the source and the fallback. */
export const BUILT_IN_LOCALES = ['en', 'de'] as const;
export type BuiltInLocale = (typeof BUILT_IN_LOCALES)[number];

export const DEFAULT_LOCALE: BuiltInLocale = 'en';

/** Keys of the shared catalog (what `msg` and `localize` serve). */
export type MessageKey = keyof CommonMessages;

/** The parameters a message takes: none for a plain string, one object for a function. */
export type MessageParams<K extends MessageKey> = CommonMessages[K] extends (
  params: infer P,
) => string
  ? [params: P]
  : [];

/** A catalog's built-in translations, one per shipped locale. */
export type BuiltInMessages<M> = Readonly<Record<BuiltInLocale, M>>;

// Messages registered at run time, keyed by lower-case BCP 47 tag ('fr', 'pt-br').
const registered = new Map<string, Partial<Messages>>();
// Bumped by every registration, so catalogs drop what they merged before.
let generation = 0;

/**
 * Adds messages for a locale, e.g. `registerMessages('fr', fr)`: a whole catalog typed as
 * `Messages`, or only some keys (a partial translation, or a few words changed in a shipped
 * locale); missing keys fall back to the shipped locale, then to English. Applies to every
 * element on the page from its next render.
 */
export function registerMessages(locale: string, messages: Partial<Messages>): void {
  const tag = normalize(locale);
  registered.set(tag, { ...registered.get(tag), ...messages });
  generation += 1;
}

/**
 * The tag whose messages serve a locale: the exact tag, else its language ('de-AT' -> 'de'),
 * else English.
 */
export function resolveLocale(locale: string | null | undefined): string {
  const tag = normalize(locale ?? '');
  if (known(tag)) return tag;
  const language = tag.split('-')[0] ?? '';
  return known(language) ? language : DEFAULT_LOCALE;
}

/**
 * A typed catalog of one part of the kit from its built-in translations: a function from a
 * locale to its messages, merged per key as registered messages, then the locale's shipped
 * translation, then English. Merged catalogs are cached until the next registration.
 */
export function messageCatalog<M extends object>(
  builtIn: BuiltInMessages<M>,
): (locale: string | null | undefined) => M {
  const merged = new Map<string, M>();
  let seen = generation;
  return (locale) => {
    if (seen !== generation) {
      merged.clear();
      seen = generation;
    }
    const tag = resolveLocale(locale);
    let messages = merged.get(tag);
    if (!messages) {
      const language = tag.split('-')[0] ?? tag;
      const shipped = (builtIn as Record<string, M | undefined>)[language];
      messages = {
        ...builtIn.en,
        ...shipped,
        ...pick(registered.get(language), builtIn.en),
        ...(language === tag ? undefined : pick(registered.get(tag), builtIn.en)),
      } as M;
      merged.set(tag, messages);
    }
    return messages;
  };
}

/**
 * A widget's catalog: the shared messages and its own (`widgetMessages({ en, de })`), so
 * each widget's module carries only its own strings on top of the shared ones.
 */
export function widgetMessages<M extends object>(
  own: BuiltInMessages<M>,
): (locale: string | null | undefined) => CommonMessages & M {
  return messageCatalog<CommonMessages & M>({
    en: { ...commonEn, ...own.en },
    de: { ...commonDe, ...own.de },
  });
}

/** The shared messages (states, errors, filters, dialogs) for a locale. */
export const localize: (locale: string | null | undefined) => CommonMessages = messageCatalog({
  en: commonEn,
  de: commonDe,
});

/** One shared message for a locale: `msg('de', 'retry')`, `msg('en', 'requestId', { id })`. */
export function msg<K extends MessageKey>(
  locale: string | null | undefined,
  key: K,
  ...params: MessageParams<K>
): string {
  const entry: string | ((params: never) => string) = localize(locale)[key];
  return typeof entry === 'function' ? entry(params[0] as never) : entry;
}

function normalize(locale: string): string {
  return locale.trim().toLowerCase().replaceAll('_', '-');
}

function known(tag: string): boolean {
  return (BUILT_IN_LOCALES as readonly string[]).includes(tag) || registered.has(tag);
}

/** The registered messages that belong to a catalog (its keys only). */
function pick<M extends object>(messages: Partial<Messages> | undefined, shape: M): Partial<M> {
  if (!messages) return {};
  const own: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) {
    if (key in messages) own[key] = (messages as Record<string, unknown>)[key];
  }
  return own as Partial<M>;
}
