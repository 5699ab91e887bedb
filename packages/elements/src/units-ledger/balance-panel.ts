import type { UnitBalance } from '@clientele/sdk';
import { html, nothing } from 'lit';
import { formatDateTime } from '../base/format/dates.ts';
import { compareDecimal, negateDecimal } from '../base/format/decimal-math.ts';
import { formatUnits } from '../base/format/units.ts';
import type { UnitsLedgerText } from './messages.ts';

/** Where the balance stands, worst first: below the cutoff, at or below the warn level, fine. */
export type BalanceState = 'cutoff' | 'warn' | 'ok';

export function balanceState(balance: UnitBalance): BalanceState {
  if (compareDecimal(balance.balance, balance.cutoff) < 0) return 'cutoff';
  if (compareDecimal(balance.balance, balance.warn_level) <= 0) return 'warn';
  return 'ok';
}

/** The lowest the balance may go: `-credit_limit` for a credit customer, else 0. */
export function floorOf(balance: UnitBalance): string {
  return balance.credit_customer ? negateDecimal(balance.credit_limit) : '0';
}

const STATE_KEYS = {
  cutoff: 'unitsStateCutoff',
  warn: 'unitsStateWarn',
  ok: 'unitsStateOk',
} as const satisfies Record<BalanceState, keyof UnitsLedgerText>;

/**
 * The balance panel: the balance, its state in words (and an icon-free tone: never colour
 * alone), the warn level, cutoff, credit limit, credit-customer flag, the lowest balance allowed,
 * and since when the client is out of credit. `editLimits` is the "Edit limits" control.
 */
export function renderBalancePanel(
  balance: UnitBalance,
  view: { t: UnitsLedgerText; locale: string; editLimits: unknown },
) {
  const { t, locale } = view;
  const units = (amount: string) =>
    formatUnits(locale, amount, balance.unit, { label: t.unitsAmount });
  const state = balanceState(balance);
  const negative = balance.balance.startsWith('-');
  const item = (label: string, value: unknown, name: string) =>
    html`<div class="fact" data-fact=${name}><dt>${label}</dt><dd>${value}</dd></div>`;
  return html`<section part="balance" class="balance state-${state}" aria-labelledby="balance-heading">
    <div class="balance-main">
      <h2 id="balance-heading" class="balance-heading">${t.unitsBalanceHeading}</h2>
      <p class="balance-amount" part="balance-amount">
        <span class="visually-hidden">${t.unitsBalanceLabel}: </span>${units(balance.balance)}
      </p>
      <p class="balance-state" part="balance-state" data-state=${state}>
        <span class="state-mark" aria-hidden="true">${state === 'ok' ? '●' : state === 'warn' ? '▲' : '■'}</span>
        ${t[STATE_KEYS[state]]}
      </p>
      ${negative ? html`<p class="balance-note">${t.unitsStateNegative}</p>` : nothing}
      ${
        balance.warning_sent && state !== 'ok'
          ? html`<p class="balance-note">${t.unitsWarningSent}</p>`
          : nothing
      }
    </div>
    <dl class="facts">
      ${item(t.unitsWarnLevel, units(balance.warn_level), 'warn-level')}
      ${item(t.unitsCutoff, units(balance.cutoff), 'cutoff')}
      ${item(t.unitsCreditCustomer, balance.credit_customer ? t.unitsYes : t.unitsNo, 'credit-customer')}
      ${item(t.unitsCreditLimit, units(balance.credit_limit), 'credit-limit')}
      ${item(t.unitsFloor, units(floorOf(balance)), 'floor')}
      ${
        balance.out_of_credit_since
          ? item(
              t.unitsOutOfCreditSince,
              html`<time datetime=${balance.out_of_credit_since}
                >${formatDateTime(locale, balance.out_of_credit_since, { dateStyle: 'medium', timeStyle: 'short' })}</time
              >`,
              'out-of-credit-since',
            )
          : nothing
      }
    </dl>
    <div class="balance-actions">${view.editLimits}</div>
  </section>`;
}
