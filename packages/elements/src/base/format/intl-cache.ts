/**
 * Intl formatters are costly to build and cheap to reuse: one instance per locale and
 * options, kept for the page's lifetime (the set of locales and options in use is small).
 */

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const relativeTimeFormats = new Map<string, Intl.RelativeTimeFormat>();
const validLocales = new Map<string, string>();

/** The locale itself when Intl accepts it, else 'en' (a malformed `lang` must not break rendering). */
export function safeLocale(locale: string | null | undefined): string {
  const tag = locale?.trim() || 'en';
  let valid = validLocales.get(tag);
  if (valid === undefined) {
    try {
      valid = Intl.getCanonicalLocales(tag)[0] ?? 'en';
    } catch {
      valid = 'en';
    }
    validLocales.set(tag, valid);
  }
  return valid;
}

function cached<T, O>(
  cache: Map<string, T>,
  locale: string,
  options: O,
  create: (locale: string, options: O) => T,
): T {
  const tag = safeLocale(locale);
  const key = `${tag}|${JSON.stringify(options)}`;
  let value = cache.get(key);
  if (value === undefined) {
    value = create(tag, options);
    cache.set(key, value);
  }
  return value;
}

/** A cached `Intl.NumberFormat`; throws RangeError for invalid options (e.g. an unknown currency). */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}) {
  return cached(numberFormats, locale, options, (l, o) => new Intl.NumberFormat(l, o));
}

/** A cached `Intl.DateTimeFormat`. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}) {
  return cached(dateTimeFormats, locale, options, (l, o) => new Intl.DateTimeFormat(l, o));
}

/** A cached `Intl.RelativeTimeFormat`. */
export function relativeTimeFormat(locale: string, options: Intl.RelativeTimeFormatOptions = {}) {
  return cached(relativeTimeFormats, locale, options, (l, o) => new Intl.RelativeTimeFormat(l, o));
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** A cached `Intl.PluralRules`. */
export function pluralRulesFor(locale: string, options: Intl.PluralRulesOptions = {}) {
  return cached(pluralRules, locale, options, (l, o) => new Intl.PluralRules(l, o));
}
