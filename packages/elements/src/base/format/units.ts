import { formatDecimal, parseDecimal } from './decimal.ts';
import { numberFormat, pluralRulesFor } from './intl-cache.ts';

const sanctionedUnits = new Map<string, boolean>();

function isIntlUnit(unit: string): boolean {
  let known = sanctionedUnits.get(unit);
  if (known === undefined) {
    try {
      numberFormat('en', { style: 'unit', unit });
      known = true;
    } catch {
      known = false;
    }
    sanctionedUnits.set(unit, known);
  }
  return known;
}

/** What names a unit Intl does not know: the amount as formatted, the unit's code, its plural form. */
export interface UnitLabelParts {
  amount: string;
  unit: string;
  /** The CLDR plural category of the amount as shown ('one' for 1 in English, 'other' for 1.5). */
  plural: Intl.LDMLPluralRule;
}

export interface UnitsFormatOptions {
  unitDisplay?: Intl.NumberFormatOptions['unitDisplay'];
  signDisplay?: Intl.NumberFormatOptions['signDisplay'];
  /**
   * Names a unit that Intl does not know (a ledger's own `unit` or `credit_unit`), in the
   * plural form its amount takes. Without it: the number, a no-break space and the code.
   */
  label?: (parts: UnitLabelParts) => string;
}

/**
 * The plural category of a decimal string as it is shown (every fraction digit, trailing zeros
 * included), without reading the amount as a float where it matters: CLDR's rules look at the
 * integer part modulo 10^6 at most, so a longer integer part is read as 1 followed by its last
 * six digits (the same category, and never 0 or 1). A malformed string is 'other'.
 */
export function pluralCategory(locale: string, amount: string): Intl.LDMLPluralRule {
  const parsed = parseDecimal(amount);
  if (!parsed) return 'other';
  const integer = parsed.integer.length > 6 ? `1${parsed.integer.slice(-6)}` : parsed.integer;
  const digits = parsed.fraction.length;
  const rules = pluralRulesFor(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return rules.select(Number(`${integer}${digits ? `.${parsed.fraction}` : ''}`));
}

/**
 * Formats a decimal string of units exactly, with its unit: Intl's own unit formatting for the
 * units Intl knows ('gigabyte', 'hour'), else `label`'s wording ('1,234.5 units'), else the
 * number followed by the unit's code as given ('1,234.5 credit_unit'), joined by a no-break
 * space so they never wrap apart.
 */
export function formatUnits(
  locale: string,
  amount: string,
  unit: string,
  options: UnitsFormatOptions = {},
): string {
  const { label, ...format } = options;
  if (isIntlUnit(unit)) {
    return formatDecimal(locale, amount, { style: 'unit', unit, unitDisplay: 'short', ...format });
  }
  const number = formatDecimal(locale, amount, format);
  if (!unit) return number;
  if (label) return label({ amount: number, unit, plural: pluralCategory(locale, amount) });
  return `${number}\u00a0${unit}`;
}
