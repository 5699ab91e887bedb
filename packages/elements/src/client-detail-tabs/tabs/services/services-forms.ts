import { type ClienteleClient, isApiError, type Product, type Service } from '@clientele/sdk';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { messageCatalog } from '../../../base/i18n/localize.ts';
import { dialogStyles } from '../../../ui/confirm-dialog.styles.ts';
import { ConfirmDialog } from '../../../ui/confirm-dialog.ts';
import {
  ariaInvalid,
  describedBy,
  type FieldRules,
  type FormProblem,
  fieldErrorStyles,
  focusFirstInvalid,
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

interface FormSpec {
  readonly kind: 'plan' | 'terminate';
  readonly title: string;
  readonly message: string;
  readonly confirm: string;
  readonly failed: string;
  readonly danger?: boolean;
  /** What a 409 means for this form, in the tab's words. */
  readonly conflict: string;
  readonly fields: () => unknown;
  /** The form's own checks (before anything is sent). */
  validate(data: FormData): Map<Field, string>;
  /** Sends the form; answers the change to report. */
  send(data: FormData, signal: AbortSignal): Promise<ServiceChange>;
}

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

  readonly #host: ReactiveControllerHost & { renderRoot: ParentNode };
  readonly #options: ServicesFormsOptions;
  readonly #dialog: ConfirmDialog;
  #spec: FormSpec | undefined;
  #errors = new Map<Field, string>();
  #busy = false;
  #failure: FormProblem | undefined;
  #controller: AbortController | undefined;
  #focusInvalid = false;
  #stale = false;
  /** The products with their plans, once loaded (they change rarely; read once per tab). */
  #products: Product[] | undefined;
  #productsFailed = false;
  /** The plan chosen in the open change-plan form. */
  #selected: string | undefined;

  constructor(
    host: ReactiveControllerHost & { renderRoot: ParentNode },
    options: ServicesFormsOptions,
  ) {
    this.#host = host;
    this.#options = options;
    this.#dialog = new ConfirmDialog(host, 'services-dialog');
    host.addController(this);
  }

  /** The open dialog. */
  get element(): HTMLDialogElement | undefined {
    return this.#dialog.element;
  }

  hostUpdated(): void {
    if (!this.#focusInvalid) return;
    this.#focusInvalid = false;
    focusFirstInvalid(this.#host.renderRoot, ORDER, this.#errors, (f) => IDS[f]);
  }

  render() {
    return this.#dialog.render();
  }

  /** Move a service to another plan of its product. */
  changePlan(service: Service): void {
    const t = this.#text();
    const product = service.product.name;
    this.#selected = service.plan.id;
    this.#open({
      kind: 'plan',
      title: t.servicesPlanTitle({ product }),
      message: t.servicesPlanMessage,
      confirm: t.servicesPlanSubmit,
      failed: t.servicesPlanFailed,
      conflict: t.servicesPlanRefused,
      fields: () => this.#planFields(t, service),
      validate: () => {
        const errors = new Map<Field, string>();
        if (this.#products && this.#selected === service.plan.id) {
          errors.set('plan_id', t.servicesPlanChooseOther);
        }
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
    });
    if (!this.#products) void this.#loadProducts();
  }

  /** Terminate a service: type its product name (or id) to confirm; a reason if any. */
  terminate(service: Service): void {
    const t = this.#text();
    const product = service.product.name;
    this.#open({
      kind: 'terminate',
      title: t.servicesTerminateTitle({ product }),
      message: t.servicesTerminateMessage,
      confirm: t.servicesTerminateSubmit,
      failed: t.servicesTerminateFailed,
      conflict: t.servicesTerminateRefused,
      danger: true,
      fields: () => this.#terminateFields(t, service),
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
    this.#controller = controller;
    this.#productsFailed = false;
    this.#failure = undefined;
    this.#refresh();
    try {
      const products = await loadProducts(this.#api(), controller.signal);
      if (controller.signal.aborted) return;
      this.#products = products;
    } catch (error) {
      if (controller.signal.aborted) return;
      const t = this.#text();
      this.#productsFailed = true;
      this.#failure = formErrors(error, ORDER, t, { failedTitle: t.servicesPlanLoadFailed }).form;
      if (this.#failure) this.#failure = { ...this.#failure, title: t.servicesPlanLoadFailed };
    }
    this.#refresh();
  }

  #planFields(t: Text, service: Service) {
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
      error: this.#errors.get('plan_id'),
      id: IDS.plan_id,
    });
  }

  #terminateFields(t: Text, service: Service) {
    const confirm = this.#errors.get('confirm');
    const reason = this.#errors.get('reason');
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

  #open(spec: FormSpec): void {
    if (this.#dialog.isOpen) return;
    this.#spec = spec;
    this.#errors.clear();
    this.#busy = false;
    this.#failure = undefined;
    this.#dialog.open(
      {
        title: spec.title,
        message: spec.message,
        confirmLabel: spec.confirm,
        cancelLabel: this.#text().cancel,
        danger: spec.danger ?? false,
        fields: this.#fields(),
      },
      (data) => void this.#submit(spec, data),
      () => {
        this.#controller?.abort();
        this.#spec = undefined;
        if (this.#stale) {
          this.#stale = false;
          this.#options.onStale();
        }
      },
    );
  }

  #fields() {
    const spec = this.#spec;
    return spec
      ? html`<div class="form-fields" @input=${this.#onEdit} @change=${this.#onEdit}>${spec.fields()}</div>`
      : nothing;
  }

  #refresh(): void {
    if (!this.#dialog.isOpen || !this.#spec) return;
    const t = this.#text();
    // After a failure the confirm button tries again (its label says so); the input stays. Not
    // after a field's error (the user corrects it) nor a 409 (trying again cannot help).
    const retry = this.#failure !== undefined && this.#errors.size === 0 && !this.#stale;
    this.#dialog.update({
      fields: this.#fields(),
      busy: this.#busy,
      error: this.#failure,
      confirmLabel: retry ? t.retry : this.#spec.confirm,
    });
  }

  /** Editing a field clears its error; choosing a plan shows its price. */
  #onEdit = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    const name = target.name as Field | '';
    if (name === 'plan_id') this.#selected = target.value;
    const cleared = name !== '' && this.#errors.delete(name);
    if (cleared || name === 'plan_id') this.#refresh();
  };

  async #submit(spec: FormSpec, data: FormData): Promise<void> {
    if (this.#busy) return;
    if (spec.kind === 'plan' && !this.#products) {
      // Nothing to choose from yet: Retry after a failed load reads the plans again.
      if (this.#productsFailed) void this.#loadProducts();
      return;
    }
    const t = this.#text();
    this.#errors = spec.validate(data);
    this.#failure = undefined;
    if (this.#errors.size > 0) {
      this.#focusInvalid = true;
      this.#refresh();
      return;
    }
    const controller = new AbortController();
    this.#controller = controller;
    this.#busy = true;
    this.#refresh();
    try {
      const change = await spec.send(data, controller.signal);
      if (controller.signal.aborted) return;
      this.#busy = false;
      this.#dialog.close();
      this.#options.onDone(change);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#busy = false;
      const result = formErrors(error, ORDER, t, { failedTitle: spec.failed });
      this.#errors = new Map(result.fields);
      this.#failure = result.form;
      if (isApiError(error) && error.status === 409) {
        // The service moved on under the form (terminated meanwhile).
        this.#failure = { title: spec.failed, detail: spec.conflict };
        this.#stale = true;
      }
      this.#focusInvalid = this.#errors.size > 0;
      this.#refresh();
    }
  }
}
