import type { ClienteleClient, Service } from '@clientele/sdk';
import { html, LitElement, nothing } from 'lit';
import { ClienteleConsumer } from '../../../base/controllers/clientele-consumer.ts';
import { ResourceController } from '../../../base/controllers/resource-controller.ts';
import { dispatch } from '../../../base/events.ts';
import { renderLoading } from '../../../base/states/render-loading.ts';
import { adoptMoreStyles } from '../../../base/styles/adopt.ts';
import { baseStyles } from '../../../base/styles/base.ts';
import { openResource } from '../../../client/resource-open.ts';
import { statusToneStyles } from '../../../client/status-badge.styles.ts';
import { LazyPart } from '../../../ui/lazy-part.ts';
import { uiStyles } from '../../../ui/ui.styles.ts';
import { panelStyles } from '../panel.styles.ts';
import { fromResource, renderTabState } from '../tab-state.ts';
import { type ServicesTabText, servicesTabText } from './messages.ts';
import { loadServices } from './services-api.ts';
import type { ServiceChange, ServicesForms } from './services-forms.ts';
import { hasEnded } from './services-labels.ts';
import { servicesTabParts } from './services-parts.ts';
import { servicesTabStyles } from './services-tab.styles.ts';
import {
  renderServicesTable,
  SERVICES_ENDED_ID,
  SERVICES_REFUSED_ID,
  type ServiceAction,
  type ServiceRowActions,
} from './services-table.ts';

/** `detail` of `client-service-change`: the server accepted a change to one of the client's services. */
export interface ClientServiceChangeDetail {
  clientId: string;
  serviceId: string;
  /** `plan`: moved to another pricing plan; `terminate`: terminated. */
  action: 'plan' | 'terminate';
  /** The service as the server answered it. */
  service: Service;
}

declare global {
  interface HTMLElementEventMap {
    'client-service-change': CustomEvent<ClientServiceChangeDetail>;
  }
}

type FormsModule = Awaited<ReturnType<typeof servicesTabParts.forms>>;

/**
 * One client's services: type, product, plan and billing cycle in words, exact price, status,
 * next due date and pending task; the cloud service's project (project id, project domain id,
 * region) in a disclosure, its ids selectable as text. Staff with `services.update` move a
 * service to another plan of its product (the old and new price, and the difference per
 * cycle when the cycles match) and terminate one (typing its product name or id to confirm,
 * with an optional reason). The row follows the server's answer in place; a refused action
 * stays visible, focusable and described by why. The forms load on first use.
 *
 * The Services tab of `<client-detail-tabs>`, and usable alone inside `<clientele-provider>`
 * (or with its own `client`).
 *
 * @tag client-services-tab
 * @summary One client's services: plans, prices, status; change plan and terminate.
 *
 * @event {CustomEvent<ResourceOpenDetail>} resource-open - A service's name was activated (`detail.kind` = `service`, `detail.id`, `detail.clientId`). Cancelable: the host opens its own view. Bubbles, composed.
 * @event {CustomEvent<ClientServiceChangeDetail>} client-service-change - A service moved to another plan or was terminated (`detail.action`, `detail.serviceId`, `detail.service`, `detail.clientId`). Bubbles, composed.
 *
 * @csspart toolbar - The bar with the number of services.
 * @csspart table - The services table.
 * @csspart row - A service's row (`data-status`).
 * @csspart service-open - A service's name, the button that fires `resource-open`.
 * @csspart status - A service's status badge.
 * @csspart cloud-panel - The cloud service's project disclosure.
 * @csspart cloud-id - An id in the cloud panel.
 * @csspart service-action - A row's Change plan or Terminate button (`data-action`).
 * @csspart dialog - The forms' dialog; `dialog-title`, `dialog-error`, `dialog-confirm` its pieces.
 * @csspart dialog-title - The dialog's title.
 * @csspart dialog-error - The dialog's error message.
 * @csspart dialog-confirm - The dialog's submit button.
 * @csspart price-change - The change-plan dialog's old and new price.
 * @csspart state-title - Title of the empty, error, forbidden and not-found views.
 * @csspart state-message - Message of those views.
 * @csspart retry-button - The Retry button of the error view.
 *
 * @cssprop --clientele-color-accent - Buttons, links and focus.
 * @cssprop --clientele-color-danger - Terminate, and field errors.
 * @cssprop --clientele-color-border - Table rules.
 * @cssprop --clientele-color-status-green - The status badges' tones (with `-amber`, `-red`, `-grey`, `-blue` and their `-text`).
 */
export class ClientServicesTab extends LitElement {
  static override properties = {
    client: { attribute: false },
    clientId: { attribute: 'client-id' },
  };

  static override styles = [
    ...baseStyles,
    uiStyles,
    statusToneStyles,
    panelStyles,
    servicesTabStyles,
  ];

  /** The SDK client; overrides the one from `<clientele-provider>`. */
  declare client: ClienteleClient | undefined;
  /** The client whose services to show. */
  declare clientId: string | undefined;

  readonly #context = new ClienteleConsumer(this);
  readonly #data = new ResourceController(this, {
    args: () => {
      const api = this.#context.client;
      return api && this.clientId ? ([api, this.clientId] as const) : undefined;
    },
    load: ([api, id], signal) => loadServices(api, id, signal),
    isEmpty: (data: Service[]) => data.length === 0,
    keepData: true,
  });
  readonly #forms = new LazyPart<FormsModule, ServicesForms>(
    this,
    () => servicesTabParts.forms(this.#context.locale),
    (module) => {
      adoptMoreStyles(this, module.ServicesForms.styles);
      return new module.ServicesForms(this, {
        text: () => this.#t,
        locale: () => this.#context.locale,
        client: () => this.#context.client,
        clientId: () => this.clientId ?? '',
        onDone: (change) => this.#onDone(change),
        onStale: () => void this.#data.run(),
      });
    },
  );
  /** The button that asked for the forms while they load (`<action>:<serviceId>`). */
  #asked: string | undefined;
  #announcement = '';

  /** The client's services as shown (after any change the server answered). */
  get services(): readonly Service[] {
    return this.#data.data ?? [];
  }

  /** Loads the services again. */
  reload(): Promise<void> {
    return this.#data.run();
  }

  get #t(): ServicesTabText {
    return servicesTabText(this.#context.locale);
  }

  /** Whether the user's permissions are known (not while `/me` loads). */
  get #known(): boolean {
    const status = this.#context.user?.status;
    return status !== 'loading' && status !== 'idle';
  }

  #open(action: ServiceAction, service: Service): void {
    this.#asked = `${action}:${service.id}`;
    this.#forms.use((forms) => {
      this.#asked = undefined;
      if (action === 'plan') forms.changePlan(service);
      else forms.terminate(service);
    });
    this.requestUpdate();
  }

  /** The server's answer replaces the row in place: no reload, the focus stays where it was. */
  #onDone(change: ServiceChange): void {
    const { service } = change;
    const list = this.#data.data;
    const index = list?.findIndex((s) => s.id === service.id) ?? -1;
    if (list && index >= 0) list[index] = service;
    const t = this.#t;
    this.#announce(
      change.action === 'plan'
        ? t.servicesPlanChanged({ product: service.product.name, plan: service.plan.name })
        : t.servicesTerminated({ product: service.product.name }),
    );
    dispatch(this, 'client-service-change', {
      clientId: this.clientId ?? '',
      serviceId: service.id,
      action: change.action,
      service,
    });
  }

  #announce(text: string): void {
    this.#announcement = text;
    this.requestUpdate();
  }

  protected override render() {
    const locale = this.#context.locale;
    if (!servicesTabText.ready(locale)) return renderLoading(locale);
    const t = this.#t;
    const state = this.#data.state;
    const services = this.#data.data;
    const known = this.#known;
    const refused = known && !this.#context.can('services.update');
    const shown = (state === 'loaded' || state === 'empty') && services;
    const actions: ServiceRowActions = {
      refused: refused || !known ? t.servicesNotPermitted : undefined,
      busy: this.#forms.busy ? this.#asked : undefined,
      run: (action, service) => this.#open(action, service),
      open: (service) =>
        openResource(this, {
          kind: 'service',
          id: service.id,
          label: service.product.name,
          clientId: this.clientId ?? '',
        }),
    };
    const count = services?.length ?? 0;
    return html`
      ${
        shown
          ? html`<div part="toolbar" class="toolbar services-toolbar">
              <span class="total">${t.servicesTotal({ count, formatted: new Intl.NumberFormat(locale).format(count) })}</span>
            </div>`
          : nothing
      }
      ${
        shown && refused
          ? html`<p id=${SERVICES_REFUSED_ID} class="note">${t.servicesNotPermitted}</p>`
          : nothing
      }
      ${
        shown && !refused && services.some(hasEnded)
          ? html`<p id=${SERVICES_ENDED_ID} class="note">${t.servicesEnded}</p>`
          : nothing
      }
      ${this.#forms.renderError(t)}
      ${renderTabState(
        {
          locale,
          ...fromResource(this.#data),
          rows: 4,
          empty: { title: t.servicesEmptyTitle, message: t.servicesEmptyMessage },
        },
        services
          ? html`<div class="table-wrap">${renderServicesTable({ t, locale, services, actions })}</div>`
          : nothing,
      )}
      <span class="visually-hidden" role="status">${this.#announcement}</span>
      ${this.#forms.part?.render()}
    `;
  }
}
