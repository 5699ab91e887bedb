/**
 * What "Edit details" offers for the fields whose values come from a known set, named in the
 * user's language by Intl: the countries (ISO 3166-1 alpha-2) as a select, and suggestions for
 * the currency, time zone and language (those fields still take any value the API accepts).
 * Derived from the engine's own data, so no list ships with the form: a two-letter region is a
 * country when Intl names it, it is its own canonical form (not an alias such as ZR for CD),
 * and it is no grouping (EU, UN) or exceptional reservation (AC, IC). Kosovo (XK) stays.
 */

/** A value the form offers, and its name in the user's language. */
export interface Choice {
  id: string;
  name: string;
}

const NOT_COUNTRIES = new Set('AC CP CQ DG EA EU EZ IC QO TA UN XA XB ZZ'.split(' '));

/** Languages staff most often set, as BCP 47 tags (the field takes any other). */
const LANGUAGES =
  'ar cs da de el en en-GB en-US es fi fr he hu it ja ko nb nl pl pt pt-BR ro ru sk sv tr uk zh'.split(
    ' ',
  );

const cache = new Map<string, Choice[]>();

function cached(key: string, make: () => Choice[]): Choice[] {
  let choices = cache.get(key);
  if (!choices) {
    choices = make();
    cache.set(key, choices);
  }
  return choices;
}

function names(locale: string, type: Intl.DisplayNamesType) {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type, fallback: 'none' });
  } catch {
    return undefined;
  }
}

/** Sorted by name in the locale's order. */
function byName(locale: string, choices: Choice[]): Choice[] {
  const collator = new Intl.Collator([locale, 'en']);
  return choices.sort((a, b) => collator.compare(a.name, b.name));
}

/** Every country, by name in the locale. */
export function countryChoices(locale: string): Choice[] {
  return cached(`country|${locale}`, () => {
    const regions = names(locale, 'region');
    const choices: Choice[] = [];
    for (let first = 65; first <= 90; first++) {
      for (let second = 65; second <= 90; second++) {
        const id = String.fromCharCode(first, second);
        if (NOT_COUNTRIES.has(id)) continue;
        const name = regions?.of(id);
        if (name && name !== id && Intl.getCanonicalLocales(`und-${id}`)[0] === `und-${id}`) {
          choices.push({ id, name });
        }
      }
    }
    return byName(locale, choices);
  });
}

/** The currencies the engine knows (ISO 4217), by code, each with its name. */
export function currencyChoices(locale: string): Choice[] {
  return cached(`currency|${locale}`, () => {
    const currencies = names(locale, 'currency');
    return (Intl.supportedValuesOf?.('currency') ?? []).map((id) => ({
      id,
      name: currencies?.of(id) ?? id,
    }));
  });
}

/** The IANA time zones the engine knows, by name (the name is the value). */
export function timeZoneChoices(): Choice[] {
  return cached('timeZone', () =>
    (Intl.supportedValuesOf?.('timeZone') ?? []).map((id) => ({
      id,
      name: id.replaceAll('_', ' '),
    })),
  );
}

/** Common languages, by name in the locale. */
export function languageChoices(locale: string): Choice[] {
  return cached(`language|${locale}`, () => {
    const languages = names(locale, 'language');
    return byName(
      locale,
      LANGUAGES.map((id) => ({ id, name: languages?.of(id) ?? id })),
    );
  });
}
