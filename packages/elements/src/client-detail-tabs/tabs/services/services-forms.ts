import { type ClienteleClient, isApiError, type Product, type Service } from '@clientele/sdk';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { messageCatalog } from '../../../base/i18n/localize.ts';
import { dialogStyles } from '../../../ui/confirm-dialog.styles.ts';
import { DialogForm } from '../../../ui/dialog-form.ts';
import {
  ariaInvalid,
  describedBy,
  type FieldRules,
  type FormErrors,
  fieldErrorStyles,
  formErrors,
  renderFieldError,
  validateFields,
} from '../../../ui/form-errors.ts';
import { type ServicesFormMessages, servicesFormEn } from './form-messages.en.ts';
import type { ServicesTabText } from './messages.ts';
import { renderPlanChoice } from './plan-choice.ts';
import { changePlan, loadProducts, terminateService } from './services-form-api.ts';
import { servicesFormStyles } from './services-forms.styles.ts';

/** The forms' own messages, in English and, loaded when first used, German. */
export const servicesFormText = messageCatalog({
  en: servicesFormEn,
  de: () => import('./form-messages.de.ts').then((m) => m.servicesFormDe),
});

type Text = ServicesTabText & ServicesFormMessages;
type Field = 'plan_id' | 'confirm' | 'reason';

/** What the forms did, for the tab to show and tell: the service as the server answered. */
export interface ServiceChange {
  readonly action: 'plan' | 'terminate';
  readonly service: Service;
}

export interface ServicesFormsOptions {
  text(): ServicesTabText;
  locale(): string;
  client(): ClienteleClient | undefined;
  clientId(): string;
  /** The server accepted a change (the dialog is closed). */
  onDone(change: ServiceChange): void;
  /** The server refused because the service moved on (409): the tab reloads once the dialog closes. */
  onStale(): void;
}

const IDS: Record<Field, string> = {
  plan_id: 'services-form-plan',
  confirm: 'services-form-confirm',
  reason: 'services-form-reason',
};
const ORDER: readonly Field[] = ['plan_id', 'confirm', 'reason'];
const REASON_RULES: FieldRules = { maxLength: 500 };

/**
 * A 409 means the service moved on under the form (terminated meanwhile): said in the tab's
 * words, and the services are read again once the dialog closes.
 */
const movedOn = (title: string, detail: string) => (error: unknown, shared: FormErrors<Field>) =>
  isApiError(error) && error.status === 409
    ? { ...shared, form: { title, detail }, stale: true }
    : undefined;

/**
 * The Services tab's two forms in the shared dialog, loaded on first use. Change plan: the
 * service's product and its plans (from `/products`; the contract moves a service only
 * between plans of its own product), the price now and after, and the difference per cycle
 * computed exactly when both cycles and currencies match (else it says why there is none).
 * Terminate: type the product name or the service id, and an optional reason. Each checks its
 * fields before sending, puts the API's field errors on their fields and the rest in the
 * dialog's alert, and keeps what was typed; after a failure the confirm button reads Retry.
 * A 409 says why in the tab's words, and the services are read again when the dialog closes.
 */
export class ServicesForms {
  static readonly styles = [dialogStyles, fieldErrorStyles, servicesFormStyles];

  readonly #options: ServicesFormsOptions;
  readonly #form: DialogForm<Field, ServiceChange>;
  /** The products with their plans, once loaded (they change rarely; read once per tab). */
  #products: Product[] | undefined;
  #productsFailed = false;
  #productsLoad: AbortController | undefined;
  /** The plan chosen in the open change-plan form. */
  #selected: string | undefined;

  constructor(
    host: ReactiveControllerHost & { renderRoot: ParentNode },
    options: ServicesFormsOptions,
  ) {
    this.#options = options;
    this.#form = new DialogForm(host, 'services-dialog', (field) => IDS[field], {
      text: () => this.#text(),
      onDone: (change) => options.onDone(change),
      onStale: () => options.onStale(),
      onClose: () => this.#productsLoad?.abort(),
    });
  }

  /** The open dialog. */
  get element(): HTMLDialogElement | undefined {
    return this.#form.element;
  }

  render() {
    return this.#form.render();
  }

  /** Move a service to another plan of its product. */
  changePlan(service: Service): void {
    if (this.#form.isOpen) return;
    const t = this.#text();
    const product = service.product.name;
    this.#selected = service.plan.id;
    this.#form.open({
      title: t.servicesPlanTitle({ product }),
      message: t.servicesPlanMessage,
      confirm: t.servicesPlanSubmit,
      failed: t.servicesPlanFailed,
      order: ORDER,
      fields: (errors) => this.#planFields(t, service, errors),
      edited: (control) => {
        if (control.name !== 'plan_id') return false;
        this.#selected = control.value;
        return true;
      },
      // Nothing to choose from yet: Retry after a failed load reads the plans again.
      hold: () => {
        if (this.#products) return false;
        if (this.#productsFailed) void this.#loadProducts();
        return true;
      },
      validate: () => {
        const errors = new Map<Field, string>();
        if (this.#selected === service.plan.id) errors.set('plan_id', t.servicesPlanChooseOther);
        return errors;
      },
      send: async (_data, signal) => {
        const changed = await changePlan(
          this.#api(),
          this.#options.clientId(),
          service.id,
          this.#selected ?? '',
          signal,
        );
        return { action: 'plan', service: changed };
      },
      explain: movedOn(t.servicesPlanFailed, t.servicesPlanRefused),
    });
    if (!this.#products) void this.#loadProducts();
  }

  /** Terminate a service: type its product name (or id) to confirm; a reason if any. */
  terminate(service: Service): void {
    const t = this.#text();
    const product = service.product.name;
    this.#form.open({
      title: t.servicesTerminateTitle({ product }),
      message: t.servicesTerminateMessage,
      confirm: t.servicesTerminateSubmit,
      failed: t.servicesTerminateFailed,
      danger: true,
      order: ORDER,
      fields: (errors) => this.#terminateFields(t, service, errors),
      validate: (data) => {
        const typed = String(data.get('confirm') ?? '').trim();
        const errors = validateFields(
          (field) => String(data.get(field) ?? ''),
          { confirm: { required: true }, reason: REASON_RULES },
          t,
        );
        if (!errors.has('confirm') && typed !== product && typed !== service.id) {
          errors.set('confirm', t.servicesConfirmMismatch({ product }));
        }
        return errors;
      },
      send: async (data, signal) => {
        const terminated = await terminateService(
          this.#api(),
          this.#options.clientId(),
          service.id,
          String(data.get('reason') ?? '').trim(),
          signal,
        );
        return { action: 'terminate', service: terminated };
      },
      explain: movedOn(t.servicesTerminateFailed, t.servicesTerminateRefused),
    });
  }

  #text(): Text {
    return { ...this.#options.text(), ...servicesFormText(this.#options.locale()) };
  }

  #api(): ClienteleClient {
    const api = this.#options.client();
    if (!api) throw new Error('No SDK client');
    return api;
  }

  async #loadProducts(): Promise<void> {
    const controller = new AbortController();
    this.#productsLoad = controller;
    this.#productsFailed = false;
    this.#form.showProblem(undefined);
    try {
      const products = await loadProducts(this.#api(), controller.signal);
      if (controller.signal.aborted) return;
      this.#products = products;
      this.#form.refresh();
    } catch (error) {
      if (controller.signal.aborted) return;
      const t = this.#text();
      this.#productsFailed = true;
      const { form } = formErrors(error, ORDER, t, { failedTitle: t.servicesPlanLoadFailed });
      this.#form.showProblem({ ...form, title: t.servicesPlanLoadFailed });
    }
  }

  #planFields(t: Text, service: Service, errors: ReadonlyMap<Field, string>) {
    if (!this.#products) {
      return this.#productsFailed
        ? nothing
        : html`<p class="plans-loading" role="status">${t.servicesPlanLoading}</p>`;
    }
    return renderPlanChoice({
      t,
      locale: this.#options.locale(),
      service,
      product: this.#products.find((p) => p.id === service.product.id),
      selected: this.#selected,
      error: errors.get('plan_id'),
      id: IDS.plan_id,
    });
  }

  #terminateFields(t: Text, service: Service, errors: ReadonlyMap<Field, string>) {
    const confirm = errors.get('confirm');
    const reason = errors.get('reason');
    return html`<div class="field">
        <label for=${IDS.confirm}>${t.servicesConfirmLabel({ product: service.product.name, id: service.id })}</label>
        <input id=${IDS.confirm} class="input" name="confirm" autocomplete="off" spellcheck="false"
          aria-required="true" aria-invalid=${ariaInvalid(confirm)}
          aria-describedby=${describedBy(IDS.confirm, confirm)} />
        ${renderFieldError(IDS.confirm, confirm)}
      </div>
      <div class="field">
        <label for=${IDS.reason}>${t.servicesReasonLabel}</label>
        <textarea id=${IDS.reason} class="input" name="reason" rows="3" maxlength="500"
          aria-invalid=${ariaInvalid(reason)}
          aria-describedby=${describedBy(IDS.reason, reason, 'services-reason-hint')}></textarea>
        ${renderFieldError(IDS.reason, reason)}
        <p id="services-reason-hint" class="hint">${t.servicesReasonHint}</p>
      </div>`;
  }
}
