import type { Service } from '@clientele/sdk';
import { html, nothing } from 'lit';
import { formatDate } from '../../../base/format/dates.ts';
import { formatMoney } from '../../../base/format/money.ts';
import type { ServicesTabText } from './messages.ts';
import {
  hasEnded,
  isCloudService,
  SERVICE_STATUS,
  statusText,
  taskText,
} from './services-labels.ts';

export type ServiceAction = 'plan' | 'terminate';

/** What a row's buttons do and whether they may. */
export interface ServiceRowActions {
  /** Why the user may not change services (undefined: they may). */
  readonly refused: string | undefined;
  /** The button asked for while the forms load (`<action>:<serviceId>`), for `aria-busy`. */
  readonly busy: string | undefined;
  run(action: ServiceAction, service: Service): void;
  open(service: Service): void;
}

export interface ServicesTableView {
  readonly t: ServicesTabText;
  readonly locale: string;
  readonly services: readonly Service[];
  readonly actions: ServiceRowActions;
}

/** Ids of the notes a refused button is described by. */
export const SERVICES_REFUSED_ID = 'services-refused';
export const SERVICES_ENDED_ID = 'services-ended';

/** The cloud service's project: ids as selectable text (a click selects the whole id). */
function renderCloudPanel(t: ServicesTabText, service: Service) {
  return html`<details part="cloud-panel" class="cloud-panel">
    <summary>${t.servicesCloudPanel}</summary>
    <dl class="cloud-facts">
      <dt>${t.servicesProjectId}</dt>
      <dd><code class="copyable" part="cloud-id">${service.project_id}</code></dd>
      <dt>${t.servicesProjectDomainId}</dt>
      <dd><code class="copyable" part="cloud-id">${service.project_domain_id ?? '—'}</code></dd>
      <dt>${t.servicesRegion}</dt>
      <dd>${
        service.region
          ? html`${service.region.name} <code class="copyable" part="cloud-id">${service.region.id}</code>`
          : t.servicesNoRegion
      }</dd>
    </dl>
  </details>`;
}

/**
 * The client's services as a table: the service (its product, a button that fires
 * `resource-open`, and its type; the cloud service's project in a disclosure), the plan and
 * its cycle in words, the exact price, the status in words, the next due date, the pending
 * task, and the row's actions. A refused action stays in place, focusable and
 * `aria-disabled`, described by why.
 */
export function renderServicesTable(view: ServicesTableView) {
  const { t, locale, actions } = view;
  const button = (action: ServiceAction, service: Service, text: string, label: string) => {
    const refused = actions.refused
      ? SERVICES_REFUSED_ID
      : hasEnded(service)
        ? SERVICES_ENDED_ID
        : undefined;
    return html`<button
      part="service-action"
      class="button ${action === 'terminate' ? 'danger-text' : ''}"
      type="button"
      data-action=${action}
      aria-label=${label}
      aria-disabled=${refused ? 'true' : nothing}
      aria-describedby=${refused ?? nothing}
      aria-busy=${actions.busy === `${action}:${service.id}` ? 'true' : nothing}
      @click=${() => {
        if (!refused) actions.run(action, service);
      }}
    >
      ${text}
    </button>`;
  };
  return html`<table part="table" class="services panel-table">
    <caption class="visually-hidden">${t.servicesLabel}</caption>
    <thead>
      <tr>
        <th scope="col">${t.servicesColumnService}</th>
        <th scope="col">${t.servicesColumnPlan}</th>
        <th scope="col" class="numeric">${t.servicesColumnPrice}</th>
        <th scope="col">${t.servicesColumnStatus}</th>
        <th scope="col">${t.servicesColumnNextDue}</th>
        <th scope="col">${t.servicesColumnTask}</th>
        <th scope="col"><span class="visually-hidden">${t.servicesColumnActions}</span></th>
      </tr>
    </thead>
    <tbody>
      ${view.services.map((service) => {
        const product = service.product.name;
        const tone = SERVICE_STATUS[service.status]?.tone ?? 'grey';
        return html`<tr part="row" data-service-id=${service.id} data-status=${service.status}>
          <th scope="row" class="service">
            <button part="service-open" class="link-button name" type="button"
              data-service-id=${service.id}
              aria-label=${t.servicesOpen({ product })}
              @click=${() => actions.open(service)}>${product}</button>
            <span class="secondary">${service.type.name}</span>
            ${isCloudService(service) ? renderCloudPanel(t, service) : nothing}
          </th>
          <td class="plan"><span class="cell-label" aria-hidden="true">${t.servicesColumnPlan}</span>
            <span class="plan-name">${service.plan.name}</span>
            <span class="secondary">${t.servicesCycle(service.cycle)}</span>
          </td>
          <td class="price numeric"><span class="cell-label" aria-hidden="true">${t.servicesColumnPrice}</span>
            <span class="amount">${formatMoney(locale, service.price)}</span>
            <span class="secondary">${t.servicesPerCycle(service.cycle)}</span>
          </td>
          <td class="status"><span class="cell-label" aria-hidden="true">${t.servicesColumnStatus}</span>
            <span part="status" class="badge tone-${tone}">${statusText(t, service.status)}</span>
          </td>
          <td class="due"><span class="cell-label" aria-hidden="true">${t.servicesColumnNextDue}</span>${
            service.next_due_at
              ? html`<time datetime=${service.next_due_at}>${formatDate(locale, service.next_due_at, { timeZone: 'UTC' })}</time>`
              : html`<span class="secondary">${t.servicesNoDueDate}</span>`
          }</td>
          <td class="task"><span class="cell-label" aria-hidden="true">${t.servicesColumnTask}</span>${
            service.pending_task
              ? html`<span data-task=${service.pending_task}>${taskText(t, service.pending_task)}</span>`
              : html`<span class="secondary">${t.servicesNone}</span>`
          }</td>
          <td class="actions"><div class="action-buttons">
            ${button('plan', service, t.servicesChangePlan, t.servicesChangePlanOf({ product }))}
            ${button('terminate', service, t.servicesTerminate, t.servicesTerminateOf({ product }))}
          </div></td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}
