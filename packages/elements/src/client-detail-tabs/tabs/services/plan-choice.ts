import type { PricingPlan, Product, Service } from '@clientele/sdk';
import { html, nothing } from 'lit';
import { formatMoney } from '../../../base/format/money.ts';
import { ariaInvalid, describedBy, renderFieldError } from '../../../ui/form-errors.ts';
import type { ServicesFormMessages } from './form-messages.en.ts';
import type { ServicesTabText } from './messages.ts';
import { priceChange } from './price-change.ts';

type Text = ServicesTabText & ServicesFormMessages;

export interface PlanChoiceView {
  readonly t: Text;
  readonly locale: string;
  readonly service: Service;
  /** The service's product with its plans (undefined: no longer offered). */
  readonly product: Product | undefined;
  /** The plan chosen so far. */
  readonly selected: string | undefined;
  readonly error: string | undefined;
  /** The radio group's id (its field error's too). */
  readonly id: string;
}

/**
 * The change-plan form's fields: the plans of the service's own product (the contract moves a
 * service only between those) as a radio group, each with its cycle and price, the current one
 * said so; then, for another plan, the price now and after.
 */
export function renderPlanChoice(view: PlanChoiceView) {
  const { t, locale, service, product, selected, error, id } = view;
  if (!product || product.plans.length === 0) {
    return html`<p class="hint">${t.servicesPlanNoProduct}</p>`;
  }
  const chosen = product.plans.find((plan) => plan.id === selected);
  const price = (plan: PricingPlan) =>
    `${formatMoney(locale, plan.price)} ${t.servicesPerCycle(plan.cycle)}`;
  return html`<fieldset
      id=${id}
      class="plans"
      role="radiogroup"
      tabindex="-1"
      aria-labelledby="services-plans-legend"
      aria-invalid=${ariaInvalid(error)}
      aria-describedby=${describedBy(id, error)}
    >
      <legend id="services-plans-legend">${t.servicesPlanProduct({ product: product.name })}</legend>
      ${product.plans.map(
        (plan) => html`<label class="plan-option">
          <input type="radio" name="plan_id" value=${plan.id} .checked=${plan.id === selected} />
          <span class="plan-text">
            <span class="plan-name">${plan.name}${
              plan.id === service.plan.id
                ? html` <span class="current">(${t.servicesPlanCurrent})</span>`
                : nothing
            }</span>
            <span class="plan-price">${t.servicesCycle(plan.cycle)} · ${price(plan)}</span>
          </span>
        </label>`,
      )}
    </fieldset>
    ${renderFieldError(id, error)}
    ${chosen && chosen.id !== service.plan.id ? renderPriceChange(t, locale, service, chosen) : nothing}`;
}

/**
 * The price now and after the change, each with its cycle, and the difference per cycle
 * (exact, on the decimal strings) when both have the same cycle and currency; otherwise a
 * sentence says why there is none.
 */
function renderPriceChange(t: Text, locale: string, service: Service, plan: PricingPlan) {
  const change = priceChange(service, plan);
  const line = (label: string, name: string, money: Service['price'], cycle: Service['cycle']) =>
    html`<dt>${label}</dt><dd><span class="amount">${formatMoney(locale, money)}</span>
      ${t.servicesPerCycle(cycle)} <span class="secondary">(${name})</span></dd>`;
  let difference: unknown;
  if (change.kind === 'difference') {
    const zero = /^-?0*(\.0*)?$/.test(change.difference.amount);
    difference = html`<dt>${t.servicesPriceDifference}</dt><dd class="difference">${
      zero
        ? t.servicesPriceSame
        : html`<span class="amount">${formatMoney(locale, change.difference, { signDisplay: 'exceptZero' })}</span>
            ${t.servicesPerCycle(change.cycle)}`
    }</dd>`;
  } else {
    difference = html`<dd class="no-difference">${
      change.kind === 'cycles-differ'
        ? t.servicesCyclesDiffer({
            from: t.servicesCycle(service.cycle),
            to: t.servicesCycle(plan.cycle),
          })
        : t.servicesCurrenciesDiffer({ from: service.price.currency, to: plan.price.currency })
    }</dd>`;
  }
  return html`<dl part="price-change" class="price-change" aria-live="polite">
    ${line(t.servicesPriceNow, service.plan.name, service.price, service.cycle)}
    ${line(t.servicesPriceNew, plan.name, plan.price, plan.cycle)} ${difference}
  </dl>`;
}
