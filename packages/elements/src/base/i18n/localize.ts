import { messagesChanged } from './changes.ts';
import { type CommonMessages, commonEn } from './common.en.ts';

export { onMessagesChange } from './changes.ts';
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

/**
 * Where a shipped translation comes from: the catalog itself (English, the fallback, always is)
 * or a loader, so a page downloads a locale's strings only when an element speaks it
 * (`() => import('./messages.de.ts').then((m) => m.clientGridDe)`).
 */
export type CatalogSource<M> = M | (() => Promise<M>);

/** A catalog's built-in translations, one per shipped locale; English given as it is. */
export type BuiltInMessages<M> = Readonly<
  { en: M } & Record<Exclude<BuiltInLocale, 'en'>, CatalogSource<M>>
>;

/** A typed catalog: the messages for a locale, and whether its translation has arrived. */
export interface Catalog<M> {
  (locale: string | null | undefined): M;
  /**
   * Whether the locale's messages can be shown: its shipped translation is loaded, or failed
   * to load (then English is shown), or it has none. If not, this starts the load (and the
   * catalog serves English meanwhile); elements re-render when it settles (see `onMessagesChange`), so a widget
   * shows its loading state meanwhile instead of a flash of English.
   */
  ready(locale: string | null | undefined): boolean;
  /** Loads the locale's shipped translation; rejects when its chunk cannot be loaded. */
  load(locale: string | null | undefined): Promise<void>;
}

// Messages registered at run time, keyed by lower-case BCP 47 tag ('fr', 'pt-br').
const registered = new Map<string, Partial<Messages>>();
// Bumped by every registration and every translation that arrives, so catalogs drop what they
// merged before.
let generation = 0;
// Every catalog made, so `loadMessages` can load a locale for all of them.
const catalogs = new Set<Pick<Catalog<object>, 'load'>>();

function changed(): void {
  generation += 1;
  messagesChanged();
}

/**
 * Adds messages for a locale, e.g. `registerMessages('fr', fr)`: a whole catalog typed as
 * `Messages`, or only some keys (a partial translation, or a few words changed in a shipped
 * locale); missing keys fall back to the shipped locale, then to English. Elements on the page
 * re-render with them.
 */
export function registerMessages(locale: string, messages: Partial<Messages>): void {
  const tag = normalize(locale);
  registered.set(tag, { ...registered.get(tag), ...messages });
  changed();
}

/**
 * The tag whose messages serve a locale: the exact tag, else its language ('de-AT' -> 'de'),
 * else English.
 */
export function resolveLocale(locale: string | null | undefined): string {
  const tag = normalize(locale ?? '');
  const language = languageOf(tag);
  return known(tag) ? tag : known(language) ? language : DEFAULT_LOCALE;
}

/**
 * A typed catalog of one part of the kit from its built-in translations: a function from a
 * locale to its messages, merged per key as registered messages, then the locale's shipped
 * translation, then English. Merged catalogs are cached until messages change. A translation
 * given as a loader is loaded on first use of its locale (once; after a failure, on the next
 * `load()` or use).
 */
export function messageCatalog<M extends object>(builtIn: BuiltInMessages<M>): Catalog<M> {
  const sources = builtIn as Record<string, CatalogSource<M>>;
  // Per language: its translation once here (English, and any given as it is, from the
  // start), the load under way, or `false` once that failed: then English is served, better
  // than no widget, until a later `load()` succeeds.
  const shipped = new Map<string, M | Promise<void> | false>();
  for (const [language, source] of Object.entries(sources)) {
    if (typeof source !== 'function') shipped.set(language, source);
  }
  let merged = new Map<string, M>();
  let seen = generation;

  const load = (language: string): Promise<void> => {
    const source = sources[language];
    const state = shipped.get(language);
    if (state instanceof Promise) return state;
    if (typeof source !== 'function' || state) return Promise.resolve();
    const pending = source().then(
      (messages) => {
        shipped.set(language, messages);
        changed();
      },
      (error: unknown) => {
        shipped.set(language, false);
        if (state === undefined) {
          console.warn(
            `Clientele: the "${language}" messages could not be loaded; showing English.`,
            error,
          );
          changed();
        }
        throw error;
      },
    );
    shipped.set(language, pending);
    return pending;
  };

  // Whether the language's messages can be shown; if not, starts their load. A chunk that
  // failed is not requested again by rendering, only by `load()`.
  const ready = (language: string): boolean => {
    const state = shipped.get(language);
    if (
      state === undefined ? typeof sources[language] !== 'function' : !(state instanceof Promise)
    ) {
      return true;
    }
    load(language).catch(() => undefined);
    return false;
  };

  const catalog = (locale: string | null | undefined): M => {
    if (seen !== generation) {
      merged = new Map();
      seen = generation;
    }
    const tag = resolveLocale(locale);
    let messages = merged.get(tag);
    if (!messages) {
      const language = languageOf(tag);
      // Served in English until the translation arrives (elements re-render then).
      const settled = ready(language);
      messages = {
        ...builtIn.en,
        ...shipped.get(language), // nothing from a load under way or failed
        ...pick(registered.get(language), builtIn.en),
        ...(language === tag ? undefined : pick(registered.get(tag), builtIn.en)),
      } as M;
      if (settled) merged.set(tag, messages);
    }
    return messages;
  };
  catalog.ready = (locale: string | null | undefined) => ready(languageOf(resolveLocale(locale)));
  catalog.load = (locale: string | null | undefined) => load(languageOf(resolveLocale(locale)));
  catalogs.add(catalog);
  return catalog;
}

// The shared German messages, loaded with the first German element.
const commonDe = () => import('./common.de.ts').then((m) => m.commonDe);

/**
 * A widget's catalog: the shared messages and its own (`widgetMessages({ en, de })`), so
 * each widget's module carries only its own strings on top of the shared ones, and only the
 * English ones until another locale is used.
 */
export function widgetMessages<M extends object>(
  own: BuiltInMessages<M>,
): Catalog<CommonMessages & M> {
  const ownDe = own.de;
  return messageCatalog<CommonMessages & M>({
    en: { ...commonEn, ...own.en },
    de: async () => {
      const [common, widget] = await Promise.all([
        commonDe(),
        typeof ownDe === 'function' ? ownDe() : ownDe,
      ]);
      return { ...common, ...widget };
    },
  });
}

/** The shared messages (states, errors, filters, dialogs) for a locale. */
export const localize: Catalog<CommonMessages> = messageCatalog<CommonMessages>({
  en: commonEn,
  de: commonDe,
});

/**
 * Loads a locale's shipped translation for every catalog on the page (the shared messages and
 * each registered widget's), for a host that wants the strings before the first paint, and for
 * tests. Rejects when a chunk cannot be loaded.
 */
export function loadMessages(locale: string): Promise<void> {
  return Promise.all([...catalogs].map((catalog) => catalog.load(locale))).then(() => undefined);
}

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

function languageOf(tag: string): string {
  return tag.split('-')[0] ?? tag;
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
