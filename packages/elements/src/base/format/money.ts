import { formatDecimal } from './decimal.ts';
import { numberFormat } from './intl-cache.ts';

/** The contract's Money: a decimal string and an ISO 4217 currency code. */
export interface Money {
  amount: string;
  currency: string;
}

export interface MoneyFormatOptions {
  currencyDisplay?: Intl.NumberFormatOptions['currencyDisplay'];
  signDisplay?: Intl.NumberFormatOptions['signDisplay'];
}

/**
 * Formats money exactly in a locale: '12345678901234567.89' USD -> '$12,345,678,901,234,567.89'.
 * Shows at least the currency's usual fraction digits and every digit the amount has.
 * An unknown currency code falls back to 'amount CODE' with the amount still localized.
 */
export function formatMoney(
  locale: string,
  money: Money,
  options: MoneyFormatOptions = {},
): string {
  try {
    const currencyDigits =
      numberFormat(locale, { style: 'currency', currency: money.currency }).resolvedOptions()
        .minimumFractionDigits ?? 2;
    return formatDecimal(locale, money.amount, {
      style: 'currency',
      currency: money.currency,
      ...options,
      minimumFractionDigits: currencyDigits,
    });
  } catch {
    return `${formatDecimal(locale, money.amount)}\u00a0${money.currency}`;
  }
}
