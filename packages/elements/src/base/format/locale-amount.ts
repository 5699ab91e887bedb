/**
 * Amounts as users type them, in their locale, to the contract's decimal strings: on the
 * digits alone, never through a float. Used by the forms that take money or units (loaded with
 * them).
 */

/** Fraction digits taken when a caller names none: the contract's most precise amounts (units). */
const DEFAULT_SCALE = 4;

/** Why typed text is not an amount a form takes. */
export type AmountProblem = 'invalid' | 'scale' | 'notPositive' | 'negative';

export type ParsedAmount =
  | { readonly value: string; readonly problem?: undefined }
  | { readonly value?: undefined; readonly problem: AmountProblem };

/** The decimal and group separators of a locale, as `Intl` writes them. */
export function separators(locale: string): { decimal: string; group: string } {
  let decimal = '.';
  let group = ',';
  // A float only to learn the locale's symbols; no amount goes through it.
  for (const part of new Intl.NumberFormat(locale).formatToParts(12345.6)) {
    if (part.type === 'decimal') decimal = part.value;
    if (part.type === 'group') group = part.value;
  }
  return { decimal, group };
}

/**
 * Parses an amount as the user typed it in their locale ("1.234,50" in German, "1,234.50" in
 * English) to a canonical decimal string ("1234.50"), on the digits alone. Group separators are
 * optional but must group by three ("1.5" is no German number: it is refused, not read as 15);
 * spaces (and the no-break spaces some locales group with) are ignored; a leading minus is
 * read only when `allowNegative`. More than `scale` fraction digits is refused, never rounded.
 */
export function parseLocaleAmount(
  input: string,
  locale: string,
  options: { scale?: number; allowNegative?: boolean; allowZero?: boolean } = {},
): ParsedAmount {
  const { scale = DEFAULT_SCALE, allowNegative = false, allowZero = false } = options;
  const { decimal, group } = separators(locale);
  let raw = input.replace(/[\s\u00a0\u202f]/g, '');
  const negative = /^[-\u2212]/.test(raw);
  if (negative) raw = raw.slice(1);
  const [whole = '', fraction, extra] = raw.split(decimal);
  if (extra !== undefined || whole === '') return { problem: 'invalid' };
  const groups = group && group !== decimal ? whole.split(group) : [whole];
  const grouped =
    groups.length === 1 ||
    (/^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g)));
  const digits = groups.join('');
  if (!grouped || !/^\d+$/.test(digits)) return { problem: 'invalid' };
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return { problem: 'invalid' };
  if ((fraction?.length ?? 0) > scale) return { problem: 'scale' };
  const integer = digits.replace(/^0+(?=\d)/, '');
  const value = fraction ? `${integer}.${fraction}` : integer;
  const zero = /^0+(\.0+)?$/.test(value);
  if (negative && !zero) {
    return allowNegative ? { value: `-${value}` } : { problem: 'negative' };
  }
  if (zero && !allowZero) return { problem: 'notPositive' };
  return { value };
}

/** A canonical decimal string as the user would type it in their locale ("1234,5" in German). */
export function toLocaleInput(value: string, locale: string): string {
  const { decimal } = separators(locale);
  return value.replace('.', decimal);
}
