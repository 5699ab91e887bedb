import type { Configuration, Money } from '@clientele/sdk';
import { parseDecimal } from '../../../base/format/decimal.ts';
import { formatMoney } from '../../../base/format/money.ts';
import type { ConfigurationTabMessages } from './messages.en.ts';

/** The settings of a billing configuration, in the order they are shown. */
export const CONFIGURATION_FIELDS = [
  'credit_limit',
  'required_credit_for_new_services',
  'auto_invoice',
  'invoice_due_days',
  'suspend_after_overdue_days',
] as const satisfies readonly (keyof Configuration)[];

export type ConfigurationField = (typeof CONFIGURATION_FIELDS)[number];

export const FIELD_LABELS: Readonly<Record<ConfigurationField, keyof ConfigurationTabMessages>> = {
  credit_limit: 'configurationCreditLimit',
  required_credit_for_new_services: 'configurationRequiredCredit',
  auto_invoice: 'configurationAutoInvoice',
  invoice_due_days: 'configurationInvoiceDueDays',
  suspend_after_overdue_days: 'configurationSuspendAfter',
};

/** A decimal string without its sign of zero and its trailing fraction zeros: `10.50` is `10.5`. */
function canonical(amount: string): string {
  const parsed = parseDecimal(amount);
  if (!parsed) return amount;
  const fraction = parsed.fraction.replace(/0+$/, '');
  const zero = parsed.integer === '0' && fraction === '';
  return `${parsed.negative && !zero ? '-' : ''}${parsed.integer}${fraction ? `.${fraction}` : ''}`;
}

/** Two amounts of money are the same: the same currency and the same value, compared exactly. */
export function sameMoney(a: Money, b: Money): boolean {
  return a.currency === b.currency && canonical(a.amount) === canonical(b.amount);
}

/** Whether a setting has the same value in two configurations. */
export function sameValue(field: ConfigurationField, a: Configuration, b: Configuration): boolean {
  if (field === 'credit_limit' || field === 'required_credit_for_new_services') {
    return sameMoney(a[field], b[field]);
  }
  return a[field] === b[field];
}

/** A setting's value in words: money exact, a switch On or Off, days counted. */
export function fieldText(
  t: ConfigurationTabMessages,
  locale: string,
  field: ConfigurationField,
  configuration: Configuration,
): string {
  switch (field) {
    case 'credit_limit':
    case 'required_credit_for_new_services':
      return formatMoney(locale, configuration[field]);
    case 'auto_invoice':
      return configuration.auto_invoice ? t.configurationOn : t.configurationOff;
    case 'invoice_due_days':
    case 'suspend_after_overdue_days': {
      const days = configuration[field];
      return t.configurationDays({ days, formatted: new Intl.NumberFormat(locale).format(days) });
    }
  }
}
