import { formatDecimal } from './decimal.ts';
import { numberFormat } from './intl-cache.ts';

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

export interface UnitsFormatOptions {
  unitDisplay?: Intl.NumberFormatOptions['unitDisplay'];
  signDisplay?: Intl.NumberFormatOptions['signDisplay'];
}

/**
 * Formats a decimal string of units exactly, with its unit: Intl's own unit formatting for the
 * units Intl knows ('gigabyte', 'hour'), else the number followed by the unit label as given
 * ('1,234.5 unit'), joined by a no-break space so they never wrap apart.
 */
export function formatUnits(
  locale: string,
  amount: string,
  unit: string,
  options: UnitsFormatOptions = {},
): string {
  if (isIntlUnit(unit)) {
    return formatDecimal(locale, amount, { style: 'unit', unit, unitDisplay: 'short', ...options });
  }
  const number = formatDecimal(locale, amount, options);
  return unit ? `${number}\u00a0${unit}` : number;
}
